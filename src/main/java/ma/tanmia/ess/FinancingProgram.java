package ma.tanmia.ess;

/** Who finances a call for projects. */
public enum FinancingProgram {
	/** INDH phase III, program 3: income and youth economic inclusion. */
	INDH_INCOME_YOUTH,
	REGIONAL_ESS_FUND, OTHER
}

package ma.tanmia.indicator;

/** A value counts in figures, maps and disparities only once the governor's office validated it. */
public enum ValueStatus {
	SUBMITTED, VALIDATED, REJECTED
}

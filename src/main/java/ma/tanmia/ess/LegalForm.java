package ma.tanmia.ess;

/** Legal forms the cooperative registry (law 112-12) and the ESS program deal with. */
public enum LegalForm {
	COOPERATIVE, UNION_OF_COOPERATIVES, ECONOMIC_INTEREST_GROUP, ASSOCIATION
}

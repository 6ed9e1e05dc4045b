package ma.tanmia.ess;

/** Where a cooperative stands in the registry. Only an active one may apply for financing. */
public enum CooperativeStatus {
	ACTIVE, DORMANT, IN_LIQUIDATION, DISSOLVED
}

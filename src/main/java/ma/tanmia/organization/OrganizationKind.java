package ma.tanmia.organization;

/** The kinds of actors the brief names. */
public enum OrganizationKind {
	REGIONAL_COUNCIL, PREFECTURAL_COUNCIL, PROVINCIAL_COUNCIL, COMMUNAL_COUNCIL,
	/** The prefecture/province administration: the governor's (or wali's) office. */
	TERRITORIAL_ADMINISTRATION,
	STATE_SECTOR, INDH_COMMITTEE, PUBLIC_AGENCY, PARTNER, COOPERATIVE, ASSOCIATION
}

package ma.tanmia.indicator;

/** The field an indicator describes; also the sector a project that closes its deficit belongs to. */
public enum Domain {
	EDUCATION("EDUCATION"), HEALTH("HEALTH"), WATER("WATER"), SANITATION("SANITATION"), ELECTRICITY("ELECTRICITY"),
	ROADS("ROADS"), HOUSING("URBAN"), EMPLOYMENT("ECONOMY"), POVERTY("SOCIAL"), ECONOMY("ECONOMY"),
	ENVIRONMENT("ENVIRONMENT"), DEMOGRAPHY("SOCIAL");

	/** The project sector (reference data of the project module) of a project addressing this domain. */
	final String sectorCode;

	Domain(String sectorCode) {
		this.sectorCode = sectorCode;
	}
}

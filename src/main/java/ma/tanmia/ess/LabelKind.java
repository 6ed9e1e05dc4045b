package ma.tanmia.ess;

/** Distinctive signs of origin and quality (law 25-06), and organic production (law 39-12). */
public enum LabelKind {
	/** Protected geographical indication (IGP), e.g. Argane. */
	PGI,
	/** Protected designation of origin (AOP), e.g. Safran de Taliouine. */
	PDO,
	AGRICULTURAL_LABEL, ORGANIC
}

package ma.tanmia.territory;

public enum CommuneKind {
	URBAN, RURAL
}

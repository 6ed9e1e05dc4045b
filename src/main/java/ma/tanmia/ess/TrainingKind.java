package ma.tanmia.ess;

public enum TrainingKind {
	FINANCIAL_EDUCATION, QUALITY, MARKETING, LABELS, MANAGEMENT
}

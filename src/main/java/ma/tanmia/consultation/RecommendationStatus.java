package ma.tanmia.consultation;

/** Follow-up of a meeting's recommendation. */
public enum RecommendationStatus {
	OPEN, IN_PROGRESS, DONE, DROPPED
}

package ma.tanmia.consultation;

import java.time.LocalDate;

/** A recommendation of a meeting: who carries it, by when, how far, and the project that took it up. */
public record Recommendation(long id, long meetingId, String text, String owner, LocalDate dueOn,
		RecommendationStatus status, String projectCode, Long priorityProgramId, Long priorityNodeId, long version) {
}

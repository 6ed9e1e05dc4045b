package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A run of a scenario: its status, the solver's figures and, once finished, its outcome. */
public record ProgrammingJob(long id, long scenarioId, long programId, String status, String requestedBy,
		OffsetDateTime requestedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, Long objective, Double bound,
		Double gap, BigDecimal greedyRatio, ProgrammingOutcome outcome, String error, Progress progress) {

	/** What a running solve has reached so far. */
	public record Progress(long objective, double bound, int solutions, double seconds) {
	}


	public boolean finished() {
		return "DONE".equals(status) || "CANCELLED".equals(status) || "FAILED".equals(status);
	}
}

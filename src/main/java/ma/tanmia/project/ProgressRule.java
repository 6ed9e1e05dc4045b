package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a progress report does to a project, shared by the aggregate and the batched path of bulk
 * updates: progress within 0–100 %, completion at 100 % and only then, works that start set the
 * actual start, completion sets the actual end.
 */
final class ProgressRule {

	record Outcome(ProjectStatus status, BigDecimal progress, LocalDate actualStart, LocalDate actualEnd) {
	}

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ProgressRule() {
	}

	static Outcome apply(LocalDate actualStart, ProjectStatus status, BigDecimal progress, LocalDate on) {
		if (progress == null || progress.signum() < 0 || progress.compareTo(HUNDRED) > 0) {
			throw new ProjectRuleBroken("project.progress.range");
		}
		if (status == ProjectStatus.COMPLETED && progress.compareTo(HUNDRED) != 0) {
			throw new ProjectRuleBroken("project.progress.completed");
		}
		if (status != ProjectStatus.COMPLETED && status != ProjectStatus.CANCELLED && progress.compareTo(HUNDRED) == 0) {
			throw new ProjectRuleBroken("project.progress.notCompleted");
		}
		LocalDate start = actualStart == null
				&& (status == ProjectStatus.IN_PROGRESS || status == ProjectStatus.COMPLETED) ? on : actualStart;
		return new Outcome(status, progress, start, status == ProjectStatus.COMPLETED ? on : null);
	}
}

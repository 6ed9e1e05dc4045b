package ma.tanmia.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import ma.tanmia.project.ProjectEditing;
import ma.tanmia.project.ProjectStatus;

/**
 * Writes how a 2016–2021 project went, through the project module's API like a planner would:
 * dated progress reports (2 to 6, between 2017 and 2021), commitments and payments by source with
 * their references, and the blocking causes of its {@link Fate}.
 */
final class ProjectHistoryWriter {

	static final LocalDate FIRST_REPORT = LocalDate.of(2017, 1, 15);
	static final LocalDate LAST_REPORT = LocalDate.of(2021, 12, 28);

	private record Report(LocalDate on, ProjectStatus status, int progress, String comment) {
	}

	private final ProjectEditing editing;
	private final String by;
	private final Random random;

	ProjectHistoryWriter(ProjectEditing editing, String by, Random random) {
		this.editing = editing;
		this.by = by;
		this.random = random;
	}

	void write(ProjectSpec project, Fate fate) {
		StoryTexts texts = new StoryTexts(project.french());
		List<Report> reports = fate.isCompleted() ? completed(project, texts)
				: fate.started() ? heldWhileUnderWay(project, fate, texts) : neverStarted(project, fate, texts);
		reports = inOrder(reports);
		for (Report report : reports) {
			editing.reportProgress(project.code(), report.status(), BigDecimal.valueOf(report.progress()), report.on(),
					report.comment(), by);
		}
		LocalDate start = reports.stream().filter(r -> r.status() == ProjectStatus.IN_PROGRESS).map(Report::on).findFirst()
			.orElse(null);
		LocalDate last = reports.get(reports.size() - 1).on();
		new FinanceWriter(editing, by, random, texts).write(project, fate, start, last);
		LocalDate heldSince = heldSince(reports, fate);
		for (String cause : fate.causes()) {
			editing.recordBlocking(project.code(), cause, heldSince, null, texts.cause(cause, project, fate.defaultingSource()),
					null);
		}
		if (fate.isCompleted() && random.nextDouble() < 0.15) {
			overcome(project, texts, start, last);
		}
	}

	private List<Report> completed(ProjectSpec project, StoryTexts texts) {
		long plannedMonths = Math.max(2, ChronoUnit.MONTHS.between(project.plannedStart(), project.plannedEnd()) + 1);
		LocalDate start = project.plannedStart().plusMonths(random.nextInt(7)).plusDays(random.nextInt(28));
		long months = Math.round(plannedMonths * (0.9 + 0.7 * random.nextDouble()));
		LocalDate end = start.plusMonths(months);
		LocalDate limit = LocalDate.of(2021, 11, 30);
		if (end.isAfter(limit)) {
			end = limit.minusDays(random.nextInt(90));
			LocalDate latestStart = end.minusMonths(Math.max(2, Math.round(months * 0.6)));
			start = start.isAfter(latestStart) ? latestStart : start;
		}
		if (start.isBefore(LocalDate.of(2017, 3, 1))) {
			start = LocalDate.of(2017, 3, 1);
		}
		List<Report> reports = new ArrayList<>(preparation(texts, start));
		int first = 5 * (2 + random.nextInt(6));
		reports.add(new Report(start, ProjectStatus.IN_PROGRESS, first, texts.start()));
		int mids = random.nextInt(3);
		long span = ChronoUnit.DAYS.between(start, end);
		for (int i = 1; i <= mids; i++) {
			int progress = first + (95 - first) * i / (mids + 1);
			reports.add(new Report(start.plusDays(span * i / (mids + 1)), ProjectStatus.IN_PROGRESS, progress,
					i == mids && random.nextBoolean() ? texts.slow() : texts.onSchedule()));
		}
		reports.add(new Report(end, ProjectStatus.COMPLETED, 100, texts.completed(project)));
		return reports;
	}

	/** Works began, then stopped or dragged: the last report says why. */
	private List<Report> heldWhileUnderWay(ProjectSpec project, Fate fate, StoryTexts texts) {
		LocalDate start = min(project.plannedStart().plusMonths(random.nextInt(9)).plusDays(random.nextInt(28)),
				LocalDate.of(2020, 10, 1));
		LocalDate held = min(start.plusMonths(3 + random.nextInt(18)), LocalDate.of(2021, 9, 30));
		String cause = fate.causes().isEmpty() ? null : texts.cause(fate.causes().get(0), project, fate.defaultingSource());
		int first = Math.min(fate.progress(), 5 * (1 + random.nextInt(4)));
		List<Report> reports = new ArrayList<>(preparation(texts, start));
		reports.add(new Report(start, ProjectStatus.IN_PROGRESS, first, texts.start()));
		int middle = (first + fate.progress()) / 2;
		if (middle > first && middle < fate.progress()) {
			reports.add(new Report(start.plusDays(ChronoUnit.DAYS.between(start, held) / 2), ProjectStatus.IN_PROGRESS,
					middle, texts.onSchedule()));
		}
		switch (fate.status()) {
			case IN_PROGRESS -> reports.add(new Report(LocalDate.of(2021, 6, 1).plusDays(random.nextInt(150)),
					ProjectStatus.IN_PROGRESS, fate.progress(), cause == null ? texts.slow() : texts.slow() + " — " + cause));
			case ABANDONED -> {
				reports.add(new Report(held, ProjectStatus.SUSPENDED, fate.progress(), cause));
				reports.add(new Report(min(held.plusMonths(4 + random.nextInt(5)), LAST_REPORT.minusDays(8)),
						ProjectStatus.ABANDONED, fate.progress(), texts.abandoned(cause)));
			}
			default -> {
				reports.add(new Report(held, fate.status(), fate.progress(), cause));
				if (random.nextDouble() < 0.6) {
					reports.add(new Report(LocalDate.of(2021, 10, 1).plusDays(random.nextInt(75)), fate.status(),
							fate.progress(), texts.stillHeld()));
				}
			}
		}
		return reports;
	}

	/** Never started: programmed, perhaps studied or tendered, then held back, cancelled or abandoned. */
	private List<Report> neverStarted(ProjectSpec project, Fate fate, StoryTexts texts) {
		LocalDate planned = max(project.plannedStart(), FIRST_REPORT.plusMonths(2));
		LocalDate held = min(planned.plusMonths(2 + random.nextInt(11)), LocalDate.of(2021, 11, 15));
		String cause = fate.causes().isEmpty() ? texts.waiting()
				: texts.cause(fate.causes().get(0), project, fate.defaultingSource());
		List<Report> reports = new ArrayList<>();
		reports.add(new Report(planned.minusMonths(1 + random.nextInt(3)), ProjectStatus.PROGRAMMED, 0,
				texts.programmed(project.plannedStart().getYear())));
		switch (fate.status()) {
			case STUDIES -> {
				reports.add(new Report(planned, ProjectStatus.STUDIES, 0, texts.studies()));
				reports.add(new Report(held, ProjectStatus.STUDIES, 0, cause));
			}
			case TENDERING -> {
				reports.add(new Report(planned, ProjectStatus.STUDIES, 0, texts.studies()));
				reports.add(new Report(planned.plusDays(45), ProjectStatus.TENDERING, 0, texts.tender()));
				reports.add(new Report(max(held, planned.plusDays(90)), ProjectStatus.TENDERING, 0, cause));
			}
			case CANCELLED -> {
				if (random.nextBoolean()) {
					reports.add(new Report(planned, ProjectStatus.STUDIES, 0, texts.studies()));
				}
				reports.add(new Report(held, ProjectStatus.CANCELLED, 0, texts.cancelled(cause)));
			}
			case ABANDONED -> reports.add(new Report(held, ProjectStatus.ABANDONED, 0, texts.abandoned(cause)));
			default -> reports.add(new Report(held, ProjectStatus.PROGRAMMED, 0, cause));
		}
		return reports;
	}

	/** Studies and tendering before works, when they fall within the mandate's reports. */
	private List<Report> preparation(StoryTexts texts, LocalDate start) {
		List<Report> reports = new ArrayList<>();
		if (random.nextBoolean() && !start.minusMonths(5).isBefore(FIRST_REPORT)) {
			reports.add(new Report(start.minusMonths(5), ProjectStatus.STUDIES, 0, texts.studies()));
		}
		if (random.nextDouble() < 0.7 && !start.minusMonths(2).isBefore(FIRST_REPORT)) {
			reports.add(new Report(start.minusMonths(2), ProjectStatus.TENDERING, 0, texts.tender()));
		}
		return reports;
	}

	/** Since when the project is held back: the first report in its final, held-back state. */
	private static LocalDate heldSince(List<Report> reports, Fate fate) {
		Report last = reports.get(reports.size() - 1);
		for (Report report : reports) {
			boolean sameState = report.status() == last.status() && report.progress() == last.progress();
			boolean suspendedBeforeAbandon = fate.status() == ProjectStatus.ABANDONED
					&& report.status() == ProjectStatus.SUSPENDED;
			if (suspendedBeforeAbandon || sameState && report != reports.get(0)) {
				return report.on();
			}
		}
		return last.on();
	}

	/** A difficulty met and overcome on the way to completion: what the evaluation of delays shows. */
	private void overcome(ProjectSpec project, StoryTexts texts, LocalDate start, LocalDate end) {
		if (start == null || ChronoUnit.DAYS.between(start, end) < 120) {
			return;
		}
		List<String> causes = new ArrayList<>(List.of("CONTRACTOR_DELAY", "APPROVAL_DELAY", "TECHNICAL_CONSTRAINT"));
		String partner = project.partnerSources().isEmpty() ? null : project.partnerSources().get(0);
		if (partner != null) {
			causes.add("PARTNER_CONTRIBUTION_UNPAID");
		}
		String cause = causes.get(random.nextInt(causes.size()));
		LocalDate from = start.plusDays(30 + random.nextInt(30));
		LocalDate to = min(from.plusDays(45 + random.nextInt(90)), end.minusDays(15));
		editing.recordBlocking(project.code(), cause, from, max(to, from), texts.cause(cause, project, partner),
				texts.resolved());
	}

	/** Reports strictly after one another (a week apart at least), all within the mandate. */
	private static List<Report> inOrder(List<Report> reports) {
		List<Report> ordered = new ArrayList<>();
		LocalDate previous = null;
		for (Report report : reports) {
			LocalDate on = max(report.on(), FIRST_REPORT);
			if (previous != null && !on.isAfter(previous.plusDays(6))) {
				on = previous.plusDays(7);
			}
			if (on.isAfter(LAST_REPORT)) {
				throw new IllegalStateException("Demonstration report after the mandate: " + report);
			}
			ordered.add(new Report(on, report.status(), report.progress(), report.comment()));
			previous = on;
		}
		return ordered;
	}

	static LocalDate min(LocalDate a, LocalDate b) {
		return a.isBefore(b) ? a : b;
	}

	static LocalDate max(LocalDate a, LocalDate b) {
		return a.isAfter(b) ? a : b;
	}

	static BigDecimal part(BigDecimal amount, double fraction) {
		return amount.multiply(BigDecimal.valueOf(fraction)).setScale(0, RoundingMode.HALF_UP).setScale(2);
	}
}

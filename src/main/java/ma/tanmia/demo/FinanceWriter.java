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

import static ma.tanmia.demo.ProjectHistoryWriter.max;
import static ma.tanmia.demo.ProjectHistoryWriter.min;
import static ma.tanmia.demo.ProjectHistoryWriter.part;

/**
 * Commitments and payments of a 2016–2021 project by funding source. They follow its fate: a
 * partner whose contribution is the blocking cause committed (signed the agreement) and paid
 * nothing; a budget not mobilized or a loan not obtained was never (fully) committed; an agreement
 * not signed leaves the partners' shares uncommitted; payments follow physical progress.
 */
final class FinanceWriter {

	private record Movement(String source, boolean payment, LocalDate on, BigDecimal amount, String reference) {
	}

	private final ProjectEditing editing;
	private final String by;
	private final Random random;
	private final StoryTexts texts;

	FinanceWriter(ProjectEditing editing, String by, Random random, StoryTexts texts) {
		this.editing = editing;
		this.by = by;
		this.random = random;
		this.texts = texts;
	}

	/** {@code start} is the actual start of works (null if they never began), {@code last} the last report. */
	void write(ProjectSpec project, Fate fate, LocalDate start, LocalDate last) {
		List<Movement> movements = start != null ? underWay(project, fate, start, last) : beforeWorks(project, fate, last);
		// Commitments first: payments may never exceed what was committed.
		movements.stream().filter(m -> !m.payment()).forEach(m -> record(project.code(), m));
		movements.stream().filter(Movement::payment).forEach(m -> record(project.code(), m));
	}

	private void record(String code, Movement m) {
		editing.recordFinance(code, m.source(), m.payment(), m.on(), m.amount(), m.reference(), by);
	}

	private List<Movement> underWay(ProjectSpec project, Fate fate, LocalDate start, LocalDate last) {
		String owner = project.program().ownerSource();
		List<Movement> movements = new ArrayList<>();
		LocalDate paidUntil = fate.isCompleted() ? min(last.plusDays(90), ProjectHistoryWriter.LAST_REPORT) : last;
		for (ProjectSpec.Share share : project.mix()) {
			String source = share.source();
			boolean own = source.equals(owner);
			BigDecimal amount = project.amountOf(source);
			BigDecimal committed = amount;
			boolean partial = false;
			if (own && fate.hasCause("BUDGET_NOT_MOBILIZED")) {
				committed = part(amount, Math.max(0.2, fate.progress() / 100.0));
				partial = true;
			}
			if (source.equals("FEC") && fate.hasCause("LOAN_NOT_OBTAINED")
					|| !own && fate.hasCause("AGREEMENT_NOT_SIGNED")) {
				continue;
			}
			LocalDate committedOn = max(start.minusDays(own ? 15 + random.nextInt(45) : 60 + random.nextInt(120)),
					LocalDate.of(2017, 1, 5));
			movements.add(new Movement(source, false, committedOn, committed,
					texts.commitment(source, own, 1 + random.nextInt(60), committedOn.getYear())));
			double fraction;
			if (source.equals(fate.defaultingSource())) {
				fraction = 0;
			}
			else if (fate.isCompleted() || partial) {
				fraction = 0.92 + 0.08 * random.nextDouble();
			}
			else {
				fraction = Math.min(1, fate.progress() / 100.0 * (0.8 + 0.25 * random.nextDouble()));
			}
			payments(movements, source, part(committed, fraction), start.plusDays(30), paidUntil);
		}
		return movements;
	}

	/** Studies ordered for projects that reached studies or tendering; a defaulting partner's signed agreement. */
	private List<Movement> beforeWorks(ProjectSpec project, Fate fate, LocalDate last) {
		List<Movement> movements = new ArrayList<>();
		String owner = project.program().ownerSource();
		boolean studied = fate.status() == ProjectStatus.STUDIES || fate.status() == ProjectStatus.TENDERING
				|| fate.status() == ProjectStatus.CANCELLED && random.nextBoolean();
		if (studied) {
			BigDecimal studies = part(project.cost(), 0.025).divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)
				.multiply(BigDecimal.valueOf(1000)).setScale(2);
			LocalDate ordered = max(project.plannedStart().minusMonths(1), LocalDate.of(2017, 2, 1));
			ordered = min(ordered, last.minusDays(30));
			movements.add(new Movement(owner, false, ordered, studies, texts.studiesOrder(1 + random.nextInt(40), ordered.getYear())));
			BigDecimal paid = fate.status() == ProjectStatus.STUDIES ? part(studies, 0.5) : studies;
			payments(movements, owner, paid, ordered.plusDays(30), max(last, ordered.plusDays(60)));
		}
		if (fate.defaultingSource() != null) {
			LocalDate signed = max(project.plannedStart().minusMonths(3), LocalDate.of(2017, 1, 5));
			movements.add(new Movement(fate.defaultingSource(), false, signed, project.amountOf(fate.defaultingSource()),
					texts.commitment(fate.defaultingSource(), false, 1 + random.nextInt(60), signed.getYear())));
		}
		return movements;
	}

	/** A paid amount in one or two payments (advance and balance) spread over the window. */
	private void payments(List<Movement> movements, String source, BigDecimal paid, LocalDate from, LocalDate to) {
		if (paid.signum() <= 0) {
			return;
		}
		LocalDate until = to.isAfter(from) ? to : from.plusDays(1);
		int count = paid.compareTo(BigDecimal.valueOf(500_000)) < 0 ? 1 : 1 + random.nextInt(2);
		long days = ChronoUnit.DAYS.between(from, until);
		BigDecimal remaining = paid;
		for (int i = 1; i <= count; i++) {
			BigDecimal amount = i == count ? remaining : part(paid, 1.0 / count);
			remaining = remaining.subtract(amount);
			// Spread within each part of the window, so sources are not all paid on the same day.
			long offset = Math.round(days * (i - 0.5 * random.nextDouble()) / count);
			LocalDate on = min(from.plusDays(offset), ProjectHistoryWriter.LAST_REPORT);
			movements.add(new Movement(source, true, on, amount, texts.payment(1 + random.nextInt(2500), on.getYear())));
		}
	}
}

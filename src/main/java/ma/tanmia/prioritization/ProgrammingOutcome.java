package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a programming run produced, as stored with its job and returned by the API: the solver's
 * status, objective, proven bound and gap, the schedule, how much of every cap it uses (binding when
 * used at 99.5 % or more), the equity shares, why each candidate left out is left out, and the greedy
 * baseline's value as a ratio of the solver's. Amounts in MAD.
 */
public record ProgrammingOutcome(String status, long objective, double bound, double gap, double seconds, long greedyObjective,
		BigDecimal greedyRatio, List<String> greedyBreaks, long programmedCost, List<Line> schedule, List<CapUse> caps,
		int[] startsPerYear, BigDecimal ruralShare, List<Refusal> refusals, List<Line> greedySchedule) {

	/** A chosen project: start and end years, cost, and what each source pays each year. */
	public record Line(String code, int startYear, int endYear, long cost, long value, Map<String, Long> yearlyBySource) {
	}

	public record CapUse(String source, int year, long used, long cap, BigDecimal percent, boolean binding) {
	}

	/** A candidate left out and the rule it would break if added alone (see Schedule#whyNotChosen). */
	public record Refusal(String code, String rule, String source, Integer year, String other, long used, long limit) {
	}

	static final long THOUSAND = 1000;

	static BigDecimal ratio(long greedy, long best) {
		return best == 0 ? BigDecimal.ONE : BigDecimal.valueOf(greedy).divide(BigDecimal.valueOf(best), 3, RoundingMode.HALF_UP);
	}

	static ProgrammingOutcome of(ProgrammingProblem problem, CpSatProgramming.Solved solved, Schedule greedy) {
		Schedule schedule = solved.schedule();
		List<CapUse> caps = new ArrayList<>();
		Map<String, long[]> used = schedule.used();
		problem.caps().forEach((source, cap) -> {
			for (int y = 0; y < problem.years(); y++) {
				long u = used.get(source)[y];
				BigDecimal percent = cap[y] == 0 ? (u == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(100))
						: BigDecimal.valueOf(u * 100.0 / cap[y]).setScale(1, RoundingMode.HALF_UP);
				caps.add(new CapUse(source, problem.firstYear() + y, u * THOUSAND, cap[y] * THOUSAND, percent,
						u > 0 && u * 1000 >= cap[y] * 995));
			}
		});
		List<Refusal> refusals = new ArrayList<>();
		for (int i = 0; i < problem.candidates().size(); i++) {
			if (!schedule.chosen(i)) {
				Schedule.Violation v = solved.outcome() == CpSatProgramming.Outcome.INFEASIBLE ? null : schedule.whyNotChosen(i);
				String code = problem.candidates().get(i).code();
				if (solved.outcome() == CpSatProgramming.Outcome.INFEASIBLE) {
					refusals.add(new Refusal(code, "INFEASIBLE", null, null, null, 0, 0));
				}
				else if (v == null) {
					refusals.add(new Refusal(code, "NOT_PROVEN", null, null, null, 0, 0));
				}
				else {
					boolean money = "CAP".equals(v.rule());
					refusals.add(new Refusal(code, v.rule(), v.source(), v.year(), v.other(),
							money ? v.used() * THOUSAND : v.used(), money ? v.limit() * THOUSAND : v.limit()));
				}
			}
		}
		long cost = schedule.cost();
		BigDecimal rural = cost == 0 ? BigDecimal.ZERO
				: BigDecimal.valueOf(schedule.ruralCost() * 100.0 / cost).setScale(1, RoundingMode.HALF_UP);
		return new ProgrammingOutcome(solved.outcome().name(), solved.objective(), solved.bound(), solved.gap(),
				solved.seconds(), greedy.objective(), ratio(greedy.objective(), solved.objective()),
				greedy.equityBroken().stream().map(v -> v.rule() + (v.other() == null ? "" : ":" + v.other())).toList(),
				cost * THOUSAND, lines(problem, schedule), caps, schedule.startsPerYear(), rural, refusals,
				lines(problem, greedy));
	}

	private static List<Line> lines(ProgrammingProblem problem, Schedule schedule) {
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < problem.candidates().size(); i++) {
			if (schedule.chosen(i)) {
				ProgrammingProblem.Candidate c = problem.candidates().get(i);
				int start = problem.firstYear() + schedule.starts()[i];
				Map<String, Long> yearly = new java.util.TreeMap<>();
				c.yearly().forEach((k, v) -> yearly.put(k, v * THOUSAND));
				lines.add(new Line(c.code(), start, start + c.duration() - 1, c.cost() * THOUSAND, c.value(), yearly));
			}
		}
		lines.sort(java.util.Comparator.comparingInt(Line::startYear).thenComparing(Line::code));
		return lines;
	}
}

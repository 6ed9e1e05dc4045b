package ma.tanmia.prioritization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A schedule of a {@link ProgrammingProblem}: the start year index of each chosen candidate. Knows
 * what it uses of each cap and which rule a candidate not chosen would break if added alone.
 */
record Schedule(ProgrammingProblem problem, int[] starts) {

	static final int NOT_CHOSEN = -1;

	static Schedule empty(ProgrammingProblem problem) {
		int[] starts = new int[problem.candidates().size()];
		java.util.Arrays.fill(starts, NOT_CHOSEN);
		return new Schedule(problem, starts);
	}

	boolean chosen(int i) {
		return starts[i] != NOT_CHOSEN;
	}

	long objective() {
		long total = 0;
		for (int i = 0; i < starts.length; i++) {
			if (chosen(i)) {
				total += problem.candidates().get(i).value() * problem.timeFactor(starts[i]);
			}
		}
		return total;
	}

	long cost() {
		long total = 0;
		for (int i = 0; i < starts.length; i++) {
			if (chosen(i)) {
				total += problem.candidates().get(i).cost();
			}
		}
		return total;
	}

	/** What the chosen projects draw on each source in each year. */
	Map<String, long[]> used() {
		Map<String, long[]> used = new LinkedHashMap<>();
		problem.caps().keySet().forEach(k -> used.put(k, new long[problem.years()]));
		for (int i = 0; i < starts.length; i++) {
			if (chosen(i)) {
				add(used, problem.candidates().get(i), starts[i]);
			}
		}
		return used;
	}

	int[] startsPerYear() {
		int[] count = new int[problem.years()];
		for (int s : starts) {
			if (s != NOT_CHOSEN) {
				count[s]++;
			}
		}
		return count;
	}

	/** A rule a candidate breaks, with what it breaks (source and year, the predecessor, the share). */
	record Violation(String rule, String source, Integer year, String other, long used, long limit) {
	}

	/** The first rule broken by starting candidate i in year t, on top of this schedule (null: none). */
	Violation violationIfAdded(int i, int t, Map<String, long[]> used, int[] startsPerYear) {
		ProgrammingProblem.Candidate c = problem.candidates().get(i);
		if (t + c.duration() > problem.years()) {
			return new Violation("HORIZON", null, problem.firstYear() + t, null, c.duration(), problem.years() - t);
		}
		for (ProgrammingProblem.Precedence p : problem.precedences()) {
			if (p.after().equals(c.code())) {
				int before = problem.indexOf(p.before());
				if (before < 0 || !chosen(before)) {
					return new Violation("PRECEDENCE_NOT_CHOSEN", null, null, p.before(), 0, 0);
				}
				int finish = starts[before] + problem.candidates().get(before).duration();
				if (t < finish) {
					return new Violation("PRECEDENCE_TOO_EARLY", null, problem.firstYear() + t, p.before(), t,
							finish);
				}
			}
		}
		if (problem.maxStartsPerYear() > 0 && startsPerYear[t] + 1 > problem.maxStartsPerYear()) {
			return new Violation("STARTS", null, problem.firstYear() + t, null, startsPerYear[t] + 1,
					problem.maxStartsPerYear());
		}
		// A cap the project exceeds on its own is the real reason: report it before one it exceeds only
		// together with the projects already chosen.
		Violation shared = null;
		for (var e : c.yearly().entrySet()) {
			long[] cap = problem.caps().get(e.getKey());
			if (cap == null) {
				continue;
			}
			for (int y = t; y < t + c.duration(); y++) {
				long would = used.get(e.getKey())[y] + e.getValue();
				if (e.getValue() > cap[y]) {
					return new Violation("CAP", e.getKey(), problem.firstYear() + y, null, would, cap[y]);
				}
				if (would > cap[y] && shared == null) {
					shared = new Violation("CAP", e.getKey(), problem.firstYear() + y, null, would, cap[y]);
				}
			}
		}
		if (shared != null) {
			return shared;
		}
		return null;
	}

	/** The equity rules the schedule breaks once candidate i is added (any start), or null. */
	Violation equityIfAdded(int i) {
		long total = cost() + problem.candidates().get(i).cost();
		if (total == 0) {
			return null;
		}
		if (problem.ruralMinPercent() > 0) {
			long rural = ruralCost() + (problem.candidates().get(i).rural() ? problem.candidates().get(i).cost() : 0);
			if (rural * 100 < problem.ruralMinPercent() * total) {
				return new Violation("EQUITY_RURAL", null, null, null, rural * 100 / total, problem.ruralMinPercent());
			}
		}
		if (problem.provinceMinPercent() > 0 && problem.provinces().size() > 1) {
			for (String province : problem.provinces()) {
				long inProvince = provinceCost(province)
						+ (province.equals(problem.candidates().get(i).province()) ? problem.candidates().get(i).cost() : 0);
				if (inProvince * 100 < problem.provinceMinPercent() * total) {
					return new Violation("EQUITY_PROVINCE", null, null, province, inProvince * 100 / total,
							problem.provinceMinPercent());
				}
			}
		}
		return null;
	}

	long ruralCost() {
		long total = 0;
		for (int i = 0; i < starts.length; i++) {
			if (chosen(i) && problem.candidates().get(i).rural()) {
				total += problem.candidates().get(i).cost();
			}
		}
		return total;
	}

	long provinceCost(String province) {
		long total = 0;
		for (int i = 0; i < starts.length; i++) {
			if (chosen(i) && province.equals(problem.candidates().get(i).province())) {
				total += problem.candidates().get(i).cost();
			}
		}
		return total;
	}

	/** The equity rules this schedule itself breaks (a greedy schedule may). */
	List<Violation> equityBroken() {
		List<Violation> broken = new ArrayList<>();
		long total = cost();
		if (total == 0) {
			return broken;
		}
		if (problem.ruralMinPercent() > 0 && ruralCost() * 100 < problem.ruralMinPercent() * total) {
			broken.add(new Violation("EQUITY_RURAL", null, null, null, ruralCost() * 100 / total,
					problem.ruralMinPercent()));
		}
		if (problem.provinceMinPercent() > 0 && problem.provinces().size() > 1) {
			for (String province : problem.provinces()) {
				if (provinceCost(province) * 100 < problem.provinceMinPercent() * total) {
					broken.add(new Violation("EQUITY_PROVINCE", null, null, province,
							provinceCost(province) * 100 / total, problem.provinceMinPercent()));
				}
			}
		}
		return broken;
	}

	/**
	 * Why candidate i is not in this schedule: the rule it would break if added alone, at its earliest
	 * possible start (the rules checked at every start year; the first start year that breaks none is
	 * then checked against the equity shares). Null when it could be added: the solver stopped early.
	 */
	Violation whyNotChosen(int i) {
		Map<String, long[]> used = used();
		int[] perYear = startsPerYear();
		Violation timing = null;
		Violation other = null;
		for (int t = 0; t < problem.years(); t++) {
			Violation v = violationIfAdded(i, t, used, perYear);
			if (v == null) {
				return equityIfAdded(i);
			}
			boolean onlyTiming = "HORIZON".equals(v.rule()) || "PRECEDENCE_TOO_EARLY".equals(v.rule());
			if (onlyTiming && timing == null) {
				timing = v;
			}
			else if (!onlyTiming && other == null) {
				// The rule that blocks the earliest start the project could otherwise take.
				other = v;
			}
		}
		return other != null ? other : timing;
	}

	static void add(Map<String, long[]> used, ProgrammingProblem.Candidate c, int start) {
		for (var e : c.yearly().entrySet()) {
			long[] u = used.get(e.getKey());
			if (u == null) {
				continue;
			}
			for (int y = start; y < start + c.duration() && y < u.length; y++) {
				u[y] += e.getValue();
			}
		}
	}
}

package ma.tanmia.prioritization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The baseline a planner would compute by hand: candidates by value per unit of cost, each started
 * at the earliest year where caps, starts per year and its predecessors allow, never moved again.
 * It ignores the equity shares (a schedule it returns may break them; the result says so).
 */
final class GreedyProgramming {

	private GreedyProgramming() {
	}

	static Schedule solve(ProgrammingProblem problem) {
		return fill(Schedule.empty(problem));
	}

	/** Adds to {@code schedule} (in place) every candidate that still fits, in the greedy order. */
	static Schedule fill(Schedule schedule) {
		ProgrammingProblem problem = schedule.problem();
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < problem.candidates().size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingDouble((Integer i) -> -ratio(problem.candidates().get(i))).thenComparing(i -> i));
		boolean placed = true;
		// Passes until nothing more fits: a successor ranked above its predecessor gets its turn later.
		while (placed) {
			placed = false;
			var used = schedule.used();
			int[] perYear = schedule.startsPerYear();
			for (int i : order) {
				if (schedule.chosen(i)) {
					continue;
				}
				for (int t = 0; t < problem.years(); t++) {
					if (schedule.violationIfAdded(i, t, used, perYear) == null) {
						schedule.starts()[i] = t;
						Schedule.add(used, problem.candidates().get(i), t);
						perYear[t]++;
						placed = true;
						break;
					}
				}
			}
		}
		return schedule;
	}

	private static double ratio(ProgrammingProblem.Candidate c) {
		return c.cost() == 0 ? Double.MAX_VALUE : (double) c.value() / c.cost();
	}
}

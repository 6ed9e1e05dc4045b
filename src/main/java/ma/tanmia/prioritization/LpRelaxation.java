package ma.tanmia.prioritization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;

/**
 * The linear relaxation of the programming model (every x[i][t] in [0, 1] instead of {0, 1}), solved
 * with GLOP in about a second for 1,000 candidates. It gives two things CP-SAT alone does not reach in
 * 10 s on 2 cores: a proven upper bound on the value (no schedule is worth more than the relaxation),
 * and a schedule rounded from it that is far better than the greedy one, because the relaxation
 * weighs every cap, share and start limit together instead of placing candidates one by one.
 */
final class LpRelaxation {

	static {
		Loader.loadNativeLibraries();
	}

	/**
	 * The relaxation's value (an upper bound), the fraction of each candidate started each year, and
	 * its prices: each start's reduced cost and each candidate's at-most-once dual (their sum is what a
	 * start is worth beyond what it uses of the caps and start limits, which guides the annealing).
	 */
	record Solution(double bound, double[][] fractions, double[][] reducedCosts, double[] onceDuals) {
	}

	private LpRelaxation() {
	}

	/** Null when GLOP finds no optimum (it then proves nothing and suggests nothing). */
	static Solution solve(ProgrammingProblem problem) {
		return solve(problem, stop -> {
		}, () -> false);
	}

	/**
	 * As {@link #solve(ProgrammingProblem)}, stoppable: {@code interruptible} receives what stops GLOP
	 * while it runs, and {@code stopped} is asked before it starts; a stopped relaxation is null.
	 */
	static Solution solve(ProgrammingProblem problem, java.util.function.Consumer<Runnable> interruptible,
			java.util.function.BooleanSupplier stopped) {
		MPSolver solver = MPSolver.createSolver("GLOP");
		if (solver == null) {
			return null;
		}
		interruptible.accept(solver::interruptSolve);
		try {
			int n = problem.candidates().size();
			int years = problem.years();
			MPVariable[][] x = new MPVariable[n][years];
			MPConstraint[] once = new MPConstraint[n];
			for (int i = 0; i < n; i++) {
				MPConstraint atMostOnce = solver.makeConstraint(0, 1);
				once[i] = atMostOnce;
				for (int t = 0; t + problem.candidates().get(i).duration() <= years; t++) {
					x[i][t] = solver.makeNumVar(0, 1, "x_" + i + "_" + t);
					atMostOnce.setCoefficient(x[i][t], 1);
				}
			}
			for (Map.Entry<String, long[]> cap : problem.caps().entrySet()) {
				for (int y = 0; y < years; y++) {
					MPConstraint drawn = solver.makeConstraint(0, cap.getValue()[y]);
					for (int i = 0; i < n; i++) {
						ProgrammingProblem.Candidate c = problem.candidates().get(i);
						Long yearly = c.yearly().get(cap.getKey());
						for (int t = Math.max(0, y - c.duration() + 1); yearly != null && t <= y; t++) {
							if (x[i][t] != null) {
								drawn.setCoefficient(x[i][t], yearly);
							}
						}
					}
				}
			}
			for (ProgrammingProblem.Precedence p : problem.precedences()) {
				int a = problem.indexOf(p.before());
				int b = problem.indexOf(p.after());
				for (int t = 0; b >= 0 && t < years; t++) {
					if (x[b][t] == null) {
						continue;
					}
					MPConstraint finished = solver.makeConstraint(Double.NEGATIVE_INFINITY, 0);
					finished.setCoefficient(x[b][t], 1);
					for (int s = 0; a >= 0 && s + problem.candidates().get(a).duration() <= t; s++) {
						if (x[a][s] != null) {
							finished.setCoefficient(x[a][s], -1);
						}
					}
				}
			}
			for (int t = 0; problem.maxStartsPerYear() > 0 && t < years; t++) {
				MPConstraint starting = solver.makeConstraint(0, problem.maxStartsPerYear());
				for (int i = 0; i < n; i++) {
					if (x[i][t] != null) {
						starting.setCoefficient(x[i][t], 1);
					}
				}
			}
			for (CpSatProgramming.Share share : CpSatProgramming.shares(problem)) {
				MPConstraint atLeast = solver.makeConstraint(0, Double.POSITIVE_INFINITY);
				for (int i = 0; i < n; i++) {
					long coefficient = share.coefficient(problem.candidates().get(i));
					for (MPVariable v : x[i]) {
						if (v != null && coefficient != 0) {
							atLeast.setCoefficient(v, coefficient);
						}
					}
				}
			}
			MPObjective objective = solver.objective();
			for (int i = 0; i < n; i++) {
				for (int t = 0; t < years; t++) {
					if (x[i][t] != null) {
						objective.setCoefficient(x[i][t], problem.candidates().get(i).value() * problem.timeFactor(t));
					}
				}
			}
			objective.setMaximization();
			if (stopped.getAsBoolean() || solver.solve() != MPSolver.ResultStatus.OPTIMAL || stopped.getAsBoolean()) {
				return null;
			}
			double[][] fractions = new double[n][years];
			double[][] reducedCosts = new double[n][years];
			for (int i = 0; i < n; i++) {
				for (int t = 0; t < years; t++) {
					fractions[i][t] = x[i][t] == null ? 0 : x[i][t].solutionValue();
					reducedCosts[i][t] = x[i][t] == null ? Double.NEGATIVE_INFINITY : x[i][t].reducedCost();
				}
			}
			double[] onceDuals = new double[n];
			for (int i = 0; i < n; i++) {
				onceDuals[i] = once[i].dualValue();
			}
			return new Solution(objective.value(), fractions, reducedCosts, onceDuals);
		}
		finally {
			interruptible.accept(() -> {
			});
			solver.delete();
		}
	}

	/**
	 * A schedule keeping every rule, rounded from the relaxation: every start it suggests, most
	 * certain first, each only if no cap, start limit or precedence is broken; then the rest by value
	 * per unit of cost at their earliest year (as the greedy baseline); then each project is moved to the
	 * earliest year it fits in, and the greedy fill runs again on the room this frees. The equity shares are checked
	 * on the complete schedule: if one is broken the rounding gives up and returns null. (Diving —
	 * fixing the starts taken half-way and solving the relaxation again — was tried and gained nothing.)
	 */
	static Schedule round(ProgrammingProblem problem, Solution relaxation) {
		Schedule schedule = Schedule.empty(problem);
		addInOrder(schedule, relaxation, 1e-6, schedule.used(), schedule.startsPerYear());
		GreedyProgramming.fill(schedule);
		advance(schedule);
		GreedyProgramming.fill(schedule);
		return schedule.equityBroken().isEmpty() ? schedule : null;
	}

	/** Adds the starts taken at least {@code threshold}, most certain first; returns how many. */
	private static int addInOrder(Schedule schedule, Solution lp, double threshold, Map<String, long[]> used,
			int[] perYear) {
		List<int[]> options = new ArrayList<>();
		for (int i = 0; i < lp.fractions().length; i++) {
			for (int t = 0; t < lp.fractions()[i].length; t++) {
				if (!schedule.chosen(i) && lp.fractions()[i][t] >= threshold) {
					options.add(new int[] { i, t });
				}
			}
		}
		options.sort(Comparator.comparingDouble((int[] o) -> -lp.fractions()[o[0]][o[1]])
				.thenComparingInt(o -> o[0]).thenComparingInt(o -> o[1]));
		int added = 0;
		// Passes until nothing more fits: a successor may come before its predecessor in the order.
		for (boolean placed = true; placed;) {
			placed = false;
			for (int[] o : options) {
				if (tryAdd(schedule, o[0], o[1], used, perYear)) {
					added++;
					placed = true;
				}
			}
		}
		return added;
	}

	/**
	 * Moves each chosen project to the earliest year it fits in without breaking a rule (earlier is
	 * worth more; its successors only gain room), repeated while one moves.
	 */
	private static void advance(Schedule schedule) {
		ProgrammingProblem problem = schedule.problem();
		Map<String, long[]> used = schedule.used();
		int[] perYear = schedule.startsPerYear();
		for (boolean moved = true; moved;) {
			moved = false;
			for (int i = 0; i < schedule.starts().length; i++) {
				int from = schedule.starts()[i];
				if (from <= 0) {
					continue;
				}
				ProgrammingProblem.Candidate c = problem.candidates().get(i);
				remove(used, c, from);
				perYear[from]--;
				schedule.starts()[i] = Schedule.NOT_CHOSEN;
				int to = from;
				for (int t = 0; t < from; t++) {
					if (schedule.violationIfAdded(i, t, used, perYear) == null) {
						to = t;
						break;
					}
				}
				schedule.starts()[i] = to;
				Schedule.add(used, c, to);
				perYear[to]++;
				moved |= to != from;
			}
		}
	}

	private static void remove(Map<String, long[]> used, ProgrammingProblem.Candidate c, int start) {
		for (var e : c.yearly().entrySet()) {
			long[] u = used.get(e.getKey());
			for (int y = start; u != null && y < start + c.duration() && y < u.length; y++) {
				u[y] -= e.getValue();
			}
		}
	}

	private static boolean tryAdd(Schedule schedule, int i, int t, Map<String, long[]> used, int[] perYear) {
		if (schedule.chosen(i) || schedule.violationIfAdded(i, t, used, perYear) != null) {
			return false;
		}
		schedule.starts()[i] = t;
		Schedule.add(used, schedule.problem().candidates().get(i), t);
		perYear[t]++;
		return true;
	}
}

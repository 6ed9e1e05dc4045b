package ma.tanmia.prioritization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverSolutionCallback;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;
import com.google.ortools.sat.BoolVar;

/**
 * The programming as a CP-SAT model. One boolean x[i][t] per candidate i and start year t (only the
 * years where it finishes within the horizon): at most one start per candidate; for each source and
 * year, the sum of what running projects draw ≤ the cap; a successor starts only after its
 * predecessor has finished; at most n starts a year; the rural and provincial shares of the
 * programmed cost at least their minimum. Objective: Σ value_i × (2·years − t) × x[i][t].
 * {@link ProgrammingRun} adds the linear relaxation's bound as a cut and the best schedule found
 * before as a hint ({@link LpRelaxation}, {@link AnnealingSearch}).
 */
final class CpSatProgramming {

	static {
		Loader.loadNativeLibraries();
	}

	/** Receives progress and may ask the search to stop. */
	interface Listener {

		void improved(long objective, double bound, int solutions, double seconds);

		boolean cancelled();
	}

	enum Outcome {
		OPTIMAL, FEASIBLE, INFEASIBLE, STOPPED,
		/** The time ran out (or the run was stopped) before any schedule was found. */
		UNKNOWN
	}

	record Solved(Outcome outcome, Schedule schedule, long objective, double bound, double seconds) {

		/** (bound − objective) / bound, 0 when proven optimal. */
		double gap() {
			if (outcome == Outcome.OPTIMAL || bound <= 0) {
				return 0;
			}
			return Math.max(0, (bound - objective) / bound);
		}
	}

	private final ProgrammingProblem problem;
	private final BoolVar[][] starts;
	private final CpModel model = new CpModel();
	private LinearExpr objective;
	private volatile CpSolver solver;

	CpSatProgramming(ProgrammingProblem problem) {
		this.problem = problem;
		int n = problem.candidates().size();
		int years = problem.years();
		starts = new BoolVar[n][years];
		List<ProgrammingProblem.Candidate> candidates = problem.candidates();
		for (int i = 0; i < n; i++) {
			List<Literal> options = new ArrayList<>();
			for (int t = 0; t + candidates.get(i).duration() <= years; t++) {
				starts[i][t] = model.newBoolVar("x_" + i + "_" + t);
				options.add(starts[i][t]);
			}
			if (!options.isEmpty()) {
				model.addAtMostOne(options);
			}
		}
		caps();
		precedences();
		startsPerYear();
		equity();
		LinearExprBuilder value = LinearExpr.newBuilder();
		for (int i = 0; i < n; i++) {
			for (int t = 0; t < years; t++) {
				if (starts[i][t] != null) {
					value.addTerm(starts[i][t], candidates.get(i).value() * problem.timeFactor(t));
				}
			}
		}
		objective = value.build();
		model.maximize(objective);
	}

	/**
	 * Adds objective ≤ ⌊bound × (1 + 10⁻⁶)⌋ + 1 where bound is the value of the linear relaxation (a
	 * redundant cut: no schedule is worth more). CP-SAT's own linear relaxation reaches this bound only slowly on large
	 * instances; with the cut its proven bound starts there. A relative margin of 10⁻⁶ covers GLOP's
	 * floating-point tolerances, so the cut never removes the true optimum.
	 */
	CpSatProgramming boundedBy(double relaxationBound) {
		model.addLessOrEqual(objective, (long) ProgrammingRun.cut(relaxationBound));
		return this;
	}

	private void caps() {
		for (Map.Entry<String, long[]> cap : problem.caps().entrySet()) {
			for (int y = 0; y < problem.years(); y++) {
				LinearExprBuilder drawn = LinearExpr.newBuilder();
				boolean any = false;
				for (int i = 0; i < problem.candidates().size(); i++) {
					ProgrammingProblem.Candidate c = problem.candidates().get(i);
					Long yearly = c.yearly().get(cap.getKey());
					if (yearly == null || yearly == 0) {
						continue;
					}
					// Running in year y means started in (y − duration, y].
					for (int t = Math.max(0, y - c.duration() + 1); t <= y; t++) {
						if (starts[i][t] != null) {
							drawn.addTerm(starts[i][t], yearly);
							any = true;
						}
					}
				}
				if (any) {
					model.addLessOrEqual(drawn, cap.getValue()[y]);
				}
			}
		}
	}

	private void precedences() {
		for (ProgrammingProblem.Precedence p : problem.precedences()) {
			int a = problem.indexOf(p.before());
			int b = problem.indexOf(p.after());
			if (b < 0) {
				continue;
			}
			int durationA = a < 0 ? 0 : problem.candidates().get(a).duration();
			for (int t = 0; t < problem.years(); t++) {
				if (starts[b][t] == null) {
					continue;
				}
				// x[b][t] ≤ Σ x[a][t'] for t' + duration(a) ≤ t: b starts in t only if a finished by then.
				LinearExprBuilder finished = LinearExpr.newBuilder();
				if (a >= 0) {
					for (int s = 0; s + durationA <= t; s++) {
						if (starts[a][s] != null) {
							finished.add(starts[a][s]);
						}
					}
				}
				model.addLessOrEqual(starts[b][t], finished);
			}
		}
	}

	private void startsPerYear() {
		if (problem.maxStartsPerYear() <= 0) {
			return;
		}
		for (int t = 0; t < problem.years(); t++) {
			List<Literal> starting = new ArrayList<>();
			for (BoolVar[] x : starts) {
				if (x[t] != null) {
					starting.add(x[t]);
				}
			}
			if (starting.size() > problem.maxStartsPerYear()) {
				LinearExprBuilder sum = LinearExpr.newBuilder();
				starting.forEach(l -> sum.add((BoolVar) l));
				model.addLessOrEqual(sum, problem.maxStartsPerYear());
			}
		}
	}

	/**
	 * A minimum share of the programmed cost: 100 × Σ cost in the group × chosen − minimum% × Σ cost ×
	 * chosen ≥ 0, i.e. Σ coefficient(candidate) × chosen ≥ 0.
	 */
	record Share(java.util.function.Predicate<ProgrammingProblem.Candidate> inGroup, int minPercent) {

		long coefficient(ProgrammingProblem.Candidate c) {
			return (inGroup.test(c) ? 100 : 0) * c.cost() - (long) minPercent * c.cost();
		}
	}

	/** The rural share and every province's share the problem asks for. */
	static List<Share> shares(ProgrammingProblem problem) {
		List<Share> shares = new ArrayList<>();
		if (problem.ruralMinPercent() > 0) {
			shares.add(new Share(ProgrammingProblem.Candidate::rural, problem.ruralMinPercent()));
		}
		List<String> provinces = problem.provinces();
		if (problem.provinceMinPercent() > 0 && provinces.size() > 1) {
			for (String province : provinces) {
				shares.add(new Share(c -> province.equals(c.province()), problem.provinceMinPercent()));
			}
		}
		return shares;
	}

	private void equity() {
		for (Share share : shares(problem)) {
			LinearExprBuilder expr = LinearExpr.newBuilder();
			for (int i = 0; i < problem.candidates().size(); i++) {
				long coefficient = share.coefficient(problem.candidates().get(i));
				for (BoolVar x : starts[i]) {
					if (x != null && coefficient != 0) {
						expr.addTerm(x, coefficient);
					}
				}
			}
			model.addGreaterOrEqual(expr, 0);
		}
	}

	/**
	 * Starts the search from a known schedule (the greedy one): when it keeps every rule the solver
	 * never returns worse, and it has a good first solution at once on large instances.
	 */
	CpSatProgramming hint(Schedule schedule) {
		for (int i = 0; i < starts.length; i++) {
			for (int t = 0; t < starts[i].length; t++) {
				if (starts[i][t] != null) {
					model.addHint(starts[i][t], schedule.starts()[i] == t ? 1 : 0);
				}
			}
		}
		return this;
	}

	/** Solves within the time limit on {@code workers} threads; the listener hears every better schedule. */
	Solved solve(double seconds, int workers, double relativeGapLimit, Listener listener) {
		CpSolver s = new CpSolver();
		s.getParameters().setMaxTimeInSeconds(seconds).setNumSearchWorkers(workers).setRelativeGapLimit(relativeGapLimit);
		this.solver = s;
		if (listener != null && listener.cancelled()) {
			return new Solved(Outcome.STOPPED, Schedule.empty(problem), 0, 0, 0);
		}
		CpSolverSolutionCallback callback = new CpSolverSolutionCallback() {

			int solutions;

			@Override
			public void onSolutionCallback() {
				solutions++;
				if (listener != null) {
					listener.improved((long) objectiveValue(), bestObjectiveBound(), solutions, wallTime());
					if (listener.cancelled()) {
						stopSearch();
					}
				}
			}
		};
		CpSolverStatus status = s.solve(model, callback);
		this.solver = null;
		boolean stopped = listener != null && listener.cancelled();
		return switch (status) {
			case OPTIMAL -> new Solved(Outcome.OPTIMAL, read(s), (long) s.objectiveValue(), s.objectiveValue(), s.wallTime());
			case FEASIBLE -> new Solved(stopped ? Outcome.STOPPED : Outcome.FEASIBLE, read(s), (long) s.objectiveValue(),
					s.bestObjectiveBound(), s.wallTime());
			case INFEASIBLE -> new Solved(Outcome.INFEASIBLE, Schedule.empty(problem), 0, 0, s.wallTime());
			default -> new Solved(Outcome.UNKNOWN, Schedule.empty(problem), 0, s.bestObjectiveBound(), s.wallTime());
		};
	}

	/** Stops a running search from another thread; the best schedule found so far is kept. */
	void stop() {
		CpSolver running = solver;
		if (running != null) {
			running.stopSearch();
		}
	}

	private Schedule read(CpSolver s) {
		Schedule schedule = Schedule.empty(problem);
		for (int i = 0; i < starts.length; i++) {
			for (int t = 0; t < problem.years(); t++) {
				if (starts[i][t] != null && s.booleanValue(starts[i][t])) {
					schedule.starts()[i] = t;
				}
			}
		}
		return schedule;
	}
}

package ma.tanmia.prioritization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import com.google.ortools.sat.Literal;

/**
 * Improves a schedule by re-solving a part of it exactly: a neighbourhood of fifty
 * candidates is freed, every other candidate keeps its start (what it draws is taken off the caps, its
 * starts off the yearly limit, its cost into the shares), and CP-SAT finds the best schedule of the
 * freed ones in a fraction of a second; a better one replaces the schedule. This is the search CP-SAT
 * itself runs on large models, but targeted: each neighbourhood gathers candidates that compete for
 * the same caps (one source over the years, or the candidates the linear relaxation hesitates on),
 * which is where the schedule rounded from the relaxation loses value. On the benchmark (1,000
 * candidates) CP-SAT started from the rounded schedule barely improves it in 10 s (its own search
 * mostly frees variables at random); this gains a little more (docs/PERFORMANCE.md has the figures).
 */
final class NeighbourhoodSearch {

	static {
		Loader.loadNativeLibraries();
	}

	/**
	 * How many candidates a neighbourhood frees: CP-SAT solves fifty to optimality in 0.05–1 s on a loaded
	 * core; a hundred or more it rarely improves within a second (measured on the benchmark).
	 */
	static final int FREED = 50;

	/** The most one neighbourhood may take. */
	static final double SLICE_SECONDS = 1.0;

	private final ProgrammingProblem problem;
	private final LpRelaxation.Solution relaxation;
	private final Random random;
	private final int[][] successors;
	private final int[][] predecessors;
	private final List<List<Integer>> bySource = new ArrayList<>();
	private final List<String> sources;
	private volatile CpSolver running;
	private volatile boolean stopped;

	NeighbourhoodSearch(ProgrammingProblem problem, LpRelaxation.Solution relaxation, long seed) {
		this.problem = problem;
		this.relaxation = relaxation;
		this.random = new Random(seed);
		int n = problem.candidates().size();
		List<List<Integer>> after = new ArrayList<>();
		List<List<Integer>> before = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			after.add(new ArrayList<>());
			before.add(new ArrayList<>());
		}
		for (ProgrammingProblem.Precedence p : problem.precedences()) {
			int a = problem.indexOf(p.before());
			int b = problem.indexOf(p.after());
			if (b >= 0) {
				before.get(b).add(a);
				if (a >= 0) {
					after.get(a).add(b);
				}
			}
		}
		successors = after.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		predecessors = before.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		sources = new ArrayList<>(problem.caps().keySet());
		for (String source : sources) {
			List<Integer> drawing = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				Long yearly = problem.candidates().get(i).yearly().get(source);
				if (yearly != null && yearly > 0) {
					drawing.add(i);
				}
			}
			bySource.add(drawing);
		}
	}

	/** Stops the neighbourhood being solved and the search (from another thread). */
	void stop() {
		stopped = true;
		CpSolver s = running;
		if (s != null) {
			s.stopSearch();
		}
	}

	/**
	 * Improves {@code start} (in place, it keeps every rule) until {@code deadline} (System.nanoTime) or
	 * a cancel; each better schedule is reported to {@code improved}.
	 */
	Schedule improve(Schedule start, long deadline, BooleanSupplier cancelled, java.util.function.Consumer<Schedule> improved) {
		Schedule best = start;
		int round = 0;
		while (!stopped && !cancelled.getAsBoolean()) {
			double left = (deadline - System.nanoTime()) / 1e9;
			if (left < 0.05) {
				break;
			}
			BitSet free = neighbourhood(best, round++);
			Schedule better = solve(best, free, Math.min(left, SLICE_SECONDS));
			if (better != null && better.objective() > best.objective()) {
				best = better;
				improved.accept(best);
			}
		}
		return best;
	}

	/**
	 * The candidates to free: in turn, those drawing on one source (the caps of a source are where
	 * rounding leaves room unused), those the relaxation starts only partly or prices near its margin,
	 * and a random draw; always a mix of chosen and left-out ones, so that some leave and others enter.
	 */
	BitSet neighbourhood(Schedule schedule, int round) {
		int n = problem.candidates().size();
		BitSet free = new BitSet(n);
		List<Integer> pool = new ArrayList<>();
		switch (round % 3) {
			case 0 -> {
				pool.addAll(bySource.get(random.nextInt(bySource.size())));
				if (random.nextBoolean()) {
					pool.addAll(bySource.get(random.nextInt(bySource.size())));
				}
			}
			case 1 -> {
				for (int i = 0; i < n; i++) {
					if (hesitant(i) || random.nextInt(4) == 0) {
						pool.add(i);
					}
				}
			}
			default -> {
				for (int i = 0; i < n; i++) {
					pool.add(i);
				}
			}
		}
		java.util.Collections.shuffle(pool, random);
		for (int i : pool) {
			if (free.cardinality() >= FREED) {
				break;
			}
			free.set(i);
		}
		return free;
	}

	/** The relaxation starts the candidate partly (some year strictly between 0 and 1). */
	private boolean hesitant(int i) {
		if (relaxation == null) {
			return false;
		}
		for (double f : relaxation.fractions()[i]) {
			if (f > 1e-6 && f < 1 - 1e-6) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The best schedule of the freed candidates with every other one kept where it is, or null when
	 * CP-SAT found none better in the time given.
	 */
	Schedule solve(Schedule current, BitSet free, double seconds) {
		int n = problem.candidates().size();
		int years = problem.years();
		int[] starts = current.starts();
		List<ProgrammingProblem.Candidate> candidates = problem.candidates();
		// What the kept candidates use.
		Map<String, long[]> residual = new java.util.LinkedHashMap<>();
		problem.caps().forEach((k, cap) -> residual.put(k, cap.clone()));
		int[] startsLeft = new int[years];
		Arrays.fill(startsLeft, problem.maxStartsPerYear() > 0 ? problem.maxStartsPerYear() : Integer.MAX_VALUE);
		List<CpSatProgramming.Share> shares = CpSatProgramming.shares(problem);
		long[] shareOffset = new long[shares.size()];
		long keptValue = 0;
		for (int i = 0; i < n; i++) {
			if (free.get(i) || starts[i] == Schedule.NOT_CHOSEN) {
				continue;
			}
			ProgrammingProblem.Candidate c = candidates.get(i);
			for (var e : c.yearly().entrySet()) {
				long[] r = residual.get(e.getKey());
				for (int y = starts[i]; r != null && y < starts[i] + c.duration(); y++) {
					r[y] -= e.getValue();
				}
			}
			startsLeft[starts[i]]--;
			for (int s = 0; s < shares.size(); s++) {
				shareOffset[s] += shares.get(s).coefficient(c);
			}
			keptValue += c.value() * problem.timeFactor(starts[i]);
		}
		CpModel model = new CpModel();
		BoolVar[][] x = new BoolVar[n][];
		LinearExprBuilder objective = LinearExpr.newBuilder();
		long currentValue = 0;
		for (int i = free.nextSetBit(0); i >= 0; i = free.nextSetBit(i + 1)) {
			ProgrammingProblem.Candidate c = candidates.get(i);
			x[i] = new BoolVar[years];
			List<Literal> options = new ArrayList<>();
			for (int t = 0; t + c.duration() <= years; t++) {
				if (!allowedByKept(i, t, starts, free)) {
					continue;
				}
				x[i][t] = model.newBoolVar("x" + i + "_" + t);
				options.add(x[i][t]);
				objective.addTerm(x[i][t], c.value() * problem.timeFactor(t));
				model.addHint(x[i][t], starts[i] == t ? 1 : 0);
			}
			if (!options.isEmpty()) {
				model.addAtMostOne(options);
			}
			if (starts[i] != Schedule.NOT_CHOSEN) {
				currentValue += c.value() * problem.timeFactor(starts[i]);
			}
		}
		// A kept successor needs its freed predecessor chosen and finished before it starts.
		for (int i = free.nextSetBit(0); i >= 0; i = free.nextSetBit(i + 1)) {
			for (int b : successors[i]) {
				if (!free.get(b) && starts[b] != Schedule.NOT_CHOSEN) {
					LinearExprBuilder finished = LinearExpr.newBuilder();
					for (int t = 0; t + candidates.get(i).duration() <= starts[b]; t++) {
						if (x[i][t] != null) {
							finished.add(x[i][t]);
						}
					}
					model.addGreaterOrEqual(finished, 1);
				}
				else if (free.get(b)) {
					for (int t = 0; t < years; t++) {
						if (x[b][t] == null) {
							continue;
						}
						LinearExprBuilder finished = LinearExpr.newBuilder();
						for (int s = 0; s + candidates.get(i).duration() <= t; s++) {
							if (x[i][s] != null) {
								finished.add(x[i][s]);
							}
						}
						model.addLessOrEqual(x[b][t], finished);
					}
				}
			}
		}
		for (Map.Entry<String, long[]> cap : residual.entrySet()) {
			for (int y = 0; y < years; y++) {
				LinearExprBuilder drawn = LinearExpr.newBuilder();
				boolean any = false;
				for (int i = free.nextSetBit(0); i >= 0; i = free.nextSetBit(i + 1)) {
					ProgrammingProblem.Candidate c = candidates.get(i);
					Long yearly = c.yearly().get(cap.getKey());
					for (int t = Math.max(0, y - c.duration() + 1); yearly != null && t <= y; t++) {
						if (x[i][t] != null) {
							drawn.addTerm(x[i][t], yearly);
							any = true;
						}
					}
				}
				if (any) {
					model.addLessOrEqual(drawn, cap.getValue()[y]);
				}
			}
		}
		for (int t = 0; problem.maxStartsPerYear() > 0 && t < years; t++) {
			LinearExprBuilder starting = LinearExpr.newBuilder();
			for (int i = free.nextSetBit(0); i >= 0; i = free.nextSetBit(i + 1)) {
				if (x[i][t] != null) {
					starting.add(x[i][t]);
				}
			}
			model.addLessOrEqual(starting, startsLeft[t]);
		}
		for (int s = 0; s < shares.size(); s++) {
			LinearExprBuilder share = LinearExpr.newBuilder();
			for (int i = free.nextSetBit(0); i >= 0; i = free.nextSetBit(i + 1)) {
				long coefficient = shares.get(s).coefficient(candidates.get(i));
				for (BoolVar v : x[i]) {
					if (v != null && coefficient != 0) {
						share.addTerm(v, coefficient);
					}
				}
			}
			model.addGreaterOrEqual(share, -shareOffset[s]);
		}
		LinearExpr value = objective.build();
		model.maximize(value);
		CpSolver solver = new CpSolver();
		solver.getParameters().setMaxTimeInSeconds(seconds).setNumSearchWorkers(1);
		running = solver;
		if (stopped) {
			return null;
		}
		CpSolverStatus status = solver.solve(model);
		running = null;
		// A search stopped by a cancel may end without a solution to read.
		if (stopped || (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE)
				|| solver.response().getSolutionCount() == 0) {
			return null;
		}
		Schedule better = new Schedule(problem, starts.clone());
		for (int i = free.nextSetBit(0); i >= 0; i = free.nextSetBit(i + 1)) {
			better.starts()[i] = Schedule.NOT_CHOSEN;
			for (int t = 0; t < years; t++) {
				if (x[i][t] != null && solver.booleanValue(x[i][t])) {
					better.starts()[i] = t;
				}
			}
		}
		assert better.objective() == keptValue + (long) solver.objectiveValue();
		return better;
	}

	/** Starting freed candidate i in year t keeps its kept predecessors' order (and needs them chosen). */
	private boolean allowedByKept(int i, int t, int[] starts, BitSet free) {
		for (int a : predecessors[i]) {
			if (a < 0) {
				return false;
			}
			if (!free.get(a) && (starts[a] == Schedule.NOT_CHOSEN || starts[a] + problem.candidates().get(a).duration() > t)) {
				return false;
			}
		}
		return true;
	}
}

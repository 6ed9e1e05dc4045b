package ma.tanmia.prioritization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Improves a schedule by simulated annealing over schedules that keep every rule: a candidate is
 * added, dropped, moved to another year, or added in place of one or two chosen candidates that draw
 * on a cap it would exceed (those go back in at the earliest year they still fit in, if any); a move that loses value is still taken with probability
 * exp(loss ÷ temperature), the temperature falling over the time given, so the search leaves the
 * local optimum the rounding ends in. Each move touches at most a candidate's few sources and years,
 * so millions are tried per second in plain Java: what the cap rows need is many small exchanges,
 * which re-solving neighbourhoods with CP-SAT (one every 0.1–1 s) explores far too slowly.
 */
final class AnnealingSearch {

	private final ProgrammingProblem problem;
	private final int n;
	private final int years;
	private final int[] duration;
	private final long[] value;
	/** Per candidate, the cap rows' source indices it draws on and how much a year. */
	private final int[][] sources;
	private final long[][] amounts;
	/** Per source, the candidates drawing on it (to find whom to drop when a cap is exceeded). */
	private final int[][] drawing;
	private final int[][] predecessors;
	private final int[][] successors;
	private final long[][] shareCoefficients;
	private final Random random;

	/** Each cap, source by source, year by year. */
	private final long[] caps;

	// The current schedule and what it leaves.
	private final int[] start;
	private final long[] capLeft;
	private final int[] startsLeft;
	private final long[] shareSums;
	private long objective;

	private final LpRelaxation.Solution relaxation;
	private boolean[][] hopeless;
	private volatile boolean stopped;

	/**
	 * The temperatures at the start and the end, in mean worths of a chosen candidate (~6,500 on the
	 * benchmark: 200 and 3). Measured on the benchmark (seed 1, 5 s): starting at 0.03–0.08 ends
	 * 2.09–2.29 % below the relaxation, starting at 0.15 or more wanders off and never comes back
	 * above the rounded schedule within 5 s, starting at 0.005 stays near it (2.29 %).
	 */
	static final double HOT = 0.03;
	static final double COLD = 0.0005;

	/**
	 * Starts priced by the relaxation more than this many mean worths below what they use are not tried.
	 * On the benchmark (5 s) 0.1 (≈ 650) ends 0.09–0.15 points nearer the relaxation than trying every
	 * start on seeds 1–3 and 0.03 points further on seed 4 (noise is ±0.05).
	 */
	static final double GUIDE = 0.1;

	/** @param relaxation the linear relaxation, to skip the starts it prices far below (null: try all) */
	AnnealingSearch(ProgrammingProblem problem, LpRelaxation.Solution relaxation, long seed) {
		this.problem = problem;
		this.relaxation = relaxation;
		this.n = problem.candidates().size();
		this.years = problem.years();
		this.random = new Random(seed);
		List<String> capped = new ArrayList<>(problem.caps().keySet());
		duration = new int[n];
		value = new long[n];
		sources = new int[n][];
		amounts = new long[n][];
		List<List<Integer>> bySource = new ArrayList<>();
		capped.forEach(k -> bySource.add(new ArrayList<>()));
		for (int i = 0; i < n; i++) {
			ProgrammingProblem.Candidate c = problem.candidates().get(i);
			duration[i] = c.duration();
			value[i] = c.value();
			List<int[]> rows = new ArrayList<>();
			c.yearly().forEach((k, a) -> {
				int s = capped.indexOf(k);
				if (s >= 0 && a > 0) {
					rows.add(new int[] { s });
				}
			});
			sources[i] = new int[rows.size()];
			amounts[i] = new long[rows.size()];
			for (int r = 0; r < rows.size(); r++) {
				sources[i][r] = rows.get(r)[0];
				amounts[i][r] = c.yearly().get(capped.get(sources[i][r]));
				bySource.get(sources[i][r]).add(i);
			}
		}
		drawing = bySource.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		List<List<Integer>> before = new ArrayList<>();
		List<List<Integer>> after = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			before.add(new ArrayList<>());
			after.add(new ArrayList<>());
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
		predecessors = before.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		successors = after.stream().map(l -> l.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
		List<CpSatProgramming.Share> shares = CpSatProgramming.shares(problem);
		shareCoefficients = new long[shares.size()][n];
		for (int s = 0; s < shares.size(); s++) {
			for (int i = 0; i < n; i++) {
				shareCoefficients[s][i] = shares.get(s).coefficient(problem.candidates().get(i));
			}
		}
		start = new int[n];
		caps = new long[capped.size() * years];
		for (int k = 0; k < capped.size(); k++) {
			System.arraycopy(problem.caps().get(capped.get(k)), 0, caps, k * years, years);
		}
		capLeft = new long[caps.length];
		startsLeft = new int[years];
		shareSums = new long[shares.size()];
	}

	/**
	 * Marks the starts not worth trying to add: those the relaxation prices more than {@code margin}
	 * below what they use (reduced cost plus the candidate's at-most-once dual: what the start would
	 * be worth with the candidate not started elsewhere). Adds of those are almost never kept, and
	 * skipping them leaves the time to the others.
	 */
	private void guide(LpRelaxation.Solution relaxation, double margin) {
		hopeless = new boolean[n][years];
		for (int i = 0; i < n; i++) {
			for (int t = 0; t < years; t++) {
				hopeless[i][t] = relaxation.reducedCosts()[i][t] + relaxation.onceDuals()[i] < -margin;
			}
		}
	}

	void stop() {
		stopped = true;
	}

	/**
	 * The best schedule met from {@code from} (which keeps every rule; it is not changed) until
	 * {@code deadline} (System.nanoTime) or a stop. The temperature falls geometrically from
	 * {@link #HOT} to {@link #COLD} times the mean worth of a chosen candidate.
	 */
	Schedule improve(Schedule from, long deadline, BooleanSupplier cancelled) {
		load(from);
		double mean = (double) objective / Math.max(1, Arrays.stream(start).filter(t -> t != Schedule.NOT_CHOSEN).count());
		if (relaxation != null) {
			guide(relaxation, GUIDE * mean);
		}
		return improve(deadline, cancelled, HOT * mean, COLD * mean);
	}

	private Schedule improve(long deadline, BooleanSupplier cancelled, double hot, double cold) {
		int[] best = start.clone();
		long bestObjective = objective;
		long begin = System.nanoTime();
		double span = Math.max(1, deadline - begin);
		double temperature = hot;
		for (long move = 0;; move++) {
			if ((move & 1023) == 0) {
				long now = System.nanoTime();
				if (now >= deadline || stopped || cancelled.getAsBoolean()) {
					break;
				}
				temperature = hot * Math.pow(cold / hot, (now - begin) / span);
			}
			step(temperature);
			if (objective > bestObjective) {
				bestObjective = objective;
				System.arraycopy(start, 0, best, 0, n);
			}
		}
		Schedule result = new Schedule(problem, best);
		assert result.objective() == bestObjective;
		return result;
	}

	private void load(Schedule from) {
		Arrays.fill(start, Schedule.NOT_CHOSEN);
		System.arraycopy(caps, 0, capLeft, 0, caps.length);
		Arrays.fill(startsLeft, problem.maxStartsPerYear() > 0 ? problem.maxStartsPerYear() : Integer.MAX_VALUE / 2);
		Arrays.fill(shareSums, 0);
		objective = 0;
		for (int i = 0; i < n; i++) {
			if (from.chosen(i)) {
				place(i, from.starts()[i]);
			}
		}
	}

	/** One move, taken if it gains or with probability exp(loss ÷ temperature). */
	private void step(double temperature) {
		int i = random.nextInt(n);
		int t = start[i];
		if (t != Schedule.NOT_CHOSEN) {
			if (random.nextInt(4) == 0) {
				// Drop i: always within the caps, but its successors and the shares must allow it.
				if (hasChosenSuccessor(i) || !sharesAllowRemoving(i)) {
					return;
				}
				long loss = worth(i, t);
				if (accept(-loss, temperature)) {
					remove(i);
				}
				return;
			}
			int to = random.nextInt(years - duration[i] + 1);
			if (to == t) {
				return;
			}
			remove(i);
			if (fits(i, to) && accept(worth(i, to) - worth(i, t), temperature)) {
				place(i, to);
			}
			else {
				place(i, t);
			}
			return;
		}
		int to = random.nextInt(years - duration[i] + 1);
		if (hopeless != null && hopeless[i][to]) {
			return;
		}
		if (!precedenceAllows(i, to)) {
			return;
		}
		if (fits(i, to)) {
			if (sharesAllowAdding(i)) {
				place(i, to);
			}
			return;
		}
		// Make room: drop one or two chosen candidates that draw on a cap i would exceed (or start that year).
		int first = blocker(i, to);
		if (first < 0) {
			return;
		}
		int firstStart = start[first];
		remove(first);
		int second = -1;
		int secondStart = Schedule.NOT_CHOSEN;
		if (!fits(i, to)) {
			second = blocker(i, to);
			if (second >= 0) {
				secondStart = start[second];
				remove(second);
			}
		}
		if (fits(i, to) && sharesAllowAdding(i)) {
			// The dropped ones go back in at the earliest year they still fit in, if any.
			place(i, to);
			long gain = worth(i, to) - worth(first, firstStart) - (second >= 0 ? worth(second, secondStart) : 0);
			int firstTo = earliestFit(first);
			if (firstTo >= 0) {
				place(first, firstTo);
				gain += worth(first, firstTo);
			}
			int secondTo = second >= 0 ? earliestFit(second) : -1;
			if (secondTo >= 0) {
				place(second, secondTo);
				gain += worth(second, secondTo);
			}
			if (accept(gain, temperature)) {
				return;
			}
			if (secondTo >= 0) {
				remove(second);
			}
			if (firstTo >= 0) {
				remove(first);
			}
			remove(i);
		}
		if (second >= 0) {
			place(second, secondStart);
		}
		place(first, firstStart);
	}

	/**
	 * A random chosen candidate whose removal frees what i lacks at t, or −1: one that draws on the first
	 * cap i exceeds, starting in t too when the year's starts are all taken (one removal then frees
	 * both), else any starting in t. (Looking at two or three and dropping the least worth was no better.)
	 */
	private int blocker(int i, int t) {
		boolean startsFull = startsLeft[t] <= 0;
		for (int r = 0; r < sources[i].length; r++) {
			int s = sources[i][r];
			for (int y = t; y < t + duration[i]; y++) {
				if (capLeft[s * years + y] < amounts[i][r]) {
					int j = chosenDrawing(s, y, startsFull ? t : -1);
					return j >= 0 || !startsFull ? j : chosenStartingIn(t);
				}
			}
		}
		return startsFull ? chosenStartingIn(t) : -1;
	}

	private int chosenStartingIn(int t) {
		for (int tries = 0; tries < 40; tries++) {
			int j = random.nextInt(n);
			if (start[j] == t && removable(j)) {
				return j;
			}
		}
		return -1;
	}

	/** A chosen candidate drawing on the source in year y (and starting in {@code startingIn} unless −1). */
	private int chosenDrawing(int source, int y, int startingIn) {
		int[] pool = drawing[source];
		for (int tries = 0; tries < 40; tries++) {
			int j = pool[random.nextInt(pool.length)];
			if (start[j] != Schedule.NOT_CHOSEN && start[j] <= y && y < start[j] + duration[j]
					&& (startingIn < 0 || start[j] == startingIn) && removable(j)) {
				return j;
			}
		}
		return -1;
	}

	/** The earliest year candidate i (not chosen) fits in with every rule kept, or −1. */
	private int earliestFit(int i) {
		if (!sharesAllowAdding(i)) {
			return -1;
		}
		for (int t = 0; t + duration[i] <= years; t++) {
			if (fits(i, t)) {
				return t;
			}
		}
		return -1;
	}

	private boolean removable(int j) {
		return !hasChosenSuccessor(j) && sharesAllowRemoving(j);
	}

	private boolean accept(long gain, double temperature) {
		return gain >= 0 || random.nextDouble() < Math.exp(gain / temperature);
	}

	private long worth(int i, int t) {
		return value[i] * problem.timeFactor(t);
	}

	private boolean fits(int i, int t) {
		if (startsLeft[t] <= 0 || !precedenceAllows(i, t)) {
			return false;
		}
		for (int r = 0; r < sources[i].length; r++) {
			int row = sources[i][r] * years;
			for (int y = t; y < t + duration[i]; y++) {
				if (capLeft[row + y] < amounts[i][r]) {
					return false;
				}
			}
		}
		return true;
	}

	/** Its predecessors chosen and finished by t, its chosen successors starting after it ends. */
	private boolean precedenceAllows(int i, int t) {
		for (int a : predecessors[i]) {
			if (a < 0 || start[a] == Schedule.NOT_CHOSEN || start[a] + duration[a] > t) {
				return false;
			}
		}
		for (int b : successors[i]) {
			if (start[b] != Schedule.NOT_CHOSEN && start[b] < t + duration[i]) {
				return false;
			}
		}
		return true;
	}

	private boolean hasChosenSuccessor(int i) {
		for (int b : successors[i]) {
			if (start[b] != Schedule.NOT_CHOSEN) {
				return true;
			}
		}
		return false;
	}

	private boolean sharesAllowRemoving(int i) {
		for (int s = 0; s < shareSums.length; s++) {
			if (shareSums[s] - shareCoefficients[s][i] < 0) {
				return false;
			}
		}
		return true;
	}

	private boolean sharesAllowAdding(int i) {
		for (int s = 0; s < shareSums.length; s++) {
			if (shareSums[s] + shareCoefficients[s][i] < 0) {
				return false;
			}
		}
		return true;
	}

	private void place(int i, int t) {
		start[i] = t;
		startsLeft[t]--;
		for (int r = 0; r < sources[i].length; r++) {
			int row = sources[i][r] * years;
			for (int y = t; y < t + duration[i]; y++) {
				capLeft[row + y] -= amounts[i][r];
			}
		}
		for (int s = 0; s < shareSums.length; s++) {
			shareSums[s] += shareCoefficients[s][i];
		}
		objective += worth(i, t);
	}

	private void remove(int i) {
		int t = start[i];
		start[i] = Schedule.NOT_CHOSEN;
		startsLeft[t]++;
		for (int r = 0; r < sources[i].length; r++) {
			int row = sources[i][r] * years;
			for (int y = t; y < t + duration[i]; y++) {
				capLeft[row + y] += amounts[i][r];
			}
		}
		for (int s = 0; s < shareSums.length; s++) {
			shareSums[s] -= shareCoefficients[s][i];
		}
		objective -= worth(i, t);
	}
}

package ma.tanmia.prioritization;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One solve of a programming problem, every phase within the time limit and stoppable: the greedy
 * baseline; the linear relaxation (GLOP), whose value bounds every schedule and from which a schedule
 * is rounded; simulated annealing improving that schedule ({@link AnnealingSearch}, on problems of more
 * than {@link #ANNEALED_ABOVE} candidates, one search per worker, until {@link #SEARCH_SHARE} of the
 * time); then CP-SAT on the whole model, hinted with the best schedule and cut by the relaxation's
 * bound, for the rest. A stop during any phase ends the run
 * at once with the best schedule that keeps every rule (the greedy one only if it keeps the shares).
 */
final class ProgrammingRun {

	/**
	 * Until when (a part of the time limit) the annealing runs on large problems; CP-SAT has the rest. On
	 * the benchmark CP-SAT does not improve the annealed schedule in 1–5 s, and the annealing still
	 * gains in its last seconds, so most of the time goes to it; CP-SAT is kept for its bound and for
	 * proving optimality where it can.
	 */
	static final double SEARCH_SHARE = 0.8;

	/** Smaller problems go to CP-SAT at once: it proves their optimum within a second or so. */
	static final int ANNEALED_ABOVE = 100;

	/** What a run found, with the value after each phase (for the benchmark's figures). */
	record Result(CpSatProgramming.Solved solved, Schedule greedy, double relaxationBound, long roundedObjective,
			long searchedObjective, double preparedSeconds) {
	}

	private final ProgrammingProblem problem;
	private final CpSatProgramming.Listener listener;
	private Runnable interrupt = () -> {
	};
	private volatile boolean stopped;

	ProgrammingRun(ProgrammingProblem problem, CpSatProgramming.Listener listener) {
		this.problem = problem;
		this.listener = listener;
	}

	/** Stops whichever phase is running (from another thread). */
	synchronized void stop() {
		stopped = true;
		interrupt.run();
	}

	private synchronized void interruptWith(Runnable stop) {
		interrupt = stop;
		if (stopped) {
			stop.run();
		}
	}

	private boolean stopped() {
		return stopped || (listener != null && listener.cancelled());
	}

	Result solve(double seconds, int workers, double relativeGapLimit) {
		long start = System.nanoTime();
		Schedule greedy = GreedyProgramming.solve(problem);
		Schedule best = greedy.equityBroken().isEmpty() ? greedy : Schedule.empty(problem);
		LpRelaxation.Solution relaxation = stopped() ? null : LpRelaxation.solve(problem, this::interruptWith, this::stopped);
		double bound = relaxation == null ? Double.NaN : cut(relaxation.bound());
		long rounded = 0;
		long searched = 0;
		if (relaxation != null && !stopped()) {
			Schedule fromRelaxation = LpRelaxation.round(problem, relaxation);
			if (fromRelaxation != null && fromRelaxation.objective() > best.objective()) {
				best = fromRelaxation;
			}
			rounded = best.objective();
			improved(best, bound, start);
			if (problem.candidates().size() > ANNEALED_ABOVE && !stopped()) {
				best = anneal(best, relaxation, start + (long) (seconds * SEARCH_SHARE * 1e9), workers);
				improved(best, bound, start);
			}
			searched = best.objective();
		}
		double prepared = (System.nanoTime() - start) / 1e9;
		if (stopped()) {
			return new Result(new CpSatProgramming.Solved(CpSatProgramming.Outcome.STOPPED, best, best.objective(),
					Double.isNaN(bound) ? 0 : bound, prepared), greedy, bound, rounded, searched, prepared);
		}
		CpSatProgramming model = new CpSatProgramming(problem);
		if (relaxation != null) {
			model.boundedBy(relaxation.bound());
		}
		model.hint(best.objective() > 0 ? best : greedy);
		interruptWith(model::stop);
		CpSatProgramming.Solved solved = model.solve(Math.max(1, seconds - prepared), workers, relativeGapLimit, listener);
		interruptWith(() -> {
		});
		if (solved.outcome() == CpSatProgramming.Outcome.UNKNOWN && best.objective() > 0) {
			// The time ran out during CP-SAT's presolve: the schedule searched so far keeps every rule.
			solved = new CpSatProgramming.Solved(stopped() ? CpSatProgramming.Outcome.STOPPED : CpSatProgramming.Outcome.FEASIBLE,
					best, best.objective(), solved.bound(), solved.seconds());
		}
		// The relaxation's cut is in the model, so CP-SAT's bound reaches it once its own relaxation is
		// solved; if the time ran out before (CP-SAT then reports a bound above the cut, or none: 0 below the
		// objective), the cut is still a proven bound.
		if (!Double.isNaN(bound) && solved.outcome() != CpSatProgramming.Outcome.OPTIMAL
				&& (solved.bound() > bound || solved.bound() < solved.objective())) {
			solved = new CpSatProgramming.Solved(solved.outcome(), solved.schedule(), solved.objective(), bound,
					solved.seconds());
		}
		return new Result(solved, greedy, bound, rounded, searched, prepared);
	}

	/**
	 * One annealing per worker, each from {@code from} with its own random moves, in parallel until the
	 * deadline or a stop; the best schedule met by any.
	 */
	private Schedule anneal(Schedule from, LpRelaxation.Solution relaxation, long deadline, int workers) {
		List<AnnealingSearch> searches = new ArrayList<>();
		for (int w = 0; w < Math.max(1, workers); w++) {
			searches.add(new AnnealingSearch(problem, relaxation, w + 1));
		}
		interruptWith(() -> searches.forEach(AnnealingSearch::stop));
		List<CompletableFuture<Schedule>> running = new ArrayList<>();
		for (AnnealingSearch search : searches.subList(1, searches.size())) {
			running.add(CompletableFuture.supplyAsync(() -> search.improve(from, deadline, this::stopped)));
		}
		Schedule best = searches.get(0).improve(from, deadline, this::stopped);
		for (CompletableFuture<Schedule> other : running) {
			Schedule found = other.join();
			if (found.objective() > best.objective()) {
				best = found;
			}
		}
		interruptWith(() -> {
		});
		return best;
	}

	/** The bound the model is cut at: ⌊z_LP × (1 + 10⁻⁶)⌋ + 1 (see CpSatProgramming#boundedBy). */
	static double cut(double relaxationBound) {
		return Math.floor(relaxationBound * (1 + 1e-6)) + 1;
	}

	private void improved(Schedule schedule, double bound, long start) {
		if (listener != null) {
			listener.improved(schedule.objective(), bound, 0, (System.nanoTime() - start) / 1e9);
		}
	}
}

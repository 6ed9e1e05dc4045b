package ma.tanmia.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.prioritization.ProgrammingProblem.Candidate;
import ma.tanmia.prioritization.ProgrammingProblem.Precedence;
import org.junit.jupiter.api.Test;

/**
 * A programming small enough to solve by hand: one source S capped at 10 a year over two years
 * (2023, 2024); projects of one year, all paid by S. Starting in year index t is worth
 * value × (2·2 − t): ×4 in 2023, ×3 in 2024.
 *
 * <pre>
 *   A value 10 cost 6    B value 7 cost 5    C value 7 cost 5    D value 1 cost 1
 * </pre>
 *
 * All four fit (17 ≤ 20), so the objective is 3 × 25 + (value started in 2023): the best first year
 * within 10 is {B, C} (value 14, cost 10), then A and D in 2024 (cost 7): 75 + 14 = 89.
 * Greedy by value per cost takes A (1.67) in 2023, B (1.4) does not fit there (11) so 2024, C
 * likewise 2024 (10), D in 2023 (7): 40 + 21 + 21 + 4 = 86, a ratio of 86 / 89 = 0.966.
 */
class ProgrammingSolverTests {

	static Candidate project(String code, long value, long cost) {
		return new Candidate(code, value, cost, 1, Map.of("S", cost), false, "P1");
	}

	static ProgrammingProblem problem(List<Candidate> candidates, List<Precedence> precedences, int ruralMin,
			int maxStarts) {
		Map<String, long[]> caps = new LinkedHashMap<>();
		caps.put("S", new long[] { 10, 10 });
		return new ProgrammingProblem(2023, 2, caps, candidates, precedences, ruralMin, 0, maxStarts);
	}

	static List<Candidate> abcd() {
		return new ArrayList<>(List.of(project("A", 10, 6), project("B", 7, 5), project("C", 7, 5), project("D", 1, 1)));
	}

	@Test
	void cp_sat_finds_the_optimum_computed_by_hand_and_greedy_is_worse_by_the_expected_ratio() {
		ProgrammingProblem problem = problem(abcd(), List.of(), 0, 0);
		CpSatProgramming.Solved solved = new CpSatProgramming(problem).solve(10, 1, 0, null);
		assertThat(solved.outcome()).isEqualTo(CpSatProgramming.Outcome.OPTIMAL);
		assertThat(solved.objective()).isEqualTo(89);
		assertThat(solved.schedule().starts()).containsExactly(1, 0, 0, 1);
		assertThat(solved.gap()).isZero();
		Schedule greedy = GreedyProgramming.solve(problem);
		assertThat(greedy.objective()).isEqualTo(86);
		assertThat(greedy.starts()).containsExactly(0, 1, 1, 0);
		assertThat(ProgrammingOutcome.ratio(greedy.objective(), solved.objective())).isEqualByComparingTo("0.966");
	}

	/**
	 * The relaxation by hand: all four fit (17 ≤ 20) so all are taken whole, worth 3 × 25 = 75 plus
	 * what starts in 2023, a fractional knapsack within 10: A whole (10, cost 6) then 4/5 of B
	 * (7 × 4/5 = 5.6), so 75 + 15.6 = 90.6 — above the optimum 89, which the warm-started model (cut
	 * at ⌊90.6⌋ + 1 = 91) still finds and proves.
	 */
	@Test
	void the_linear_relaxation_bounds_the_optimum_computed_by_hand_and_the_warm_started_model_still_proves_it() {
		ProgrammingProblem problem = problem(abcd(), List.of(), 0, 0);
		LpRelaxation.Solution relaxation = LpRelaxation.solve(problem);
		assertThat(relaxation.bound()).isCloseTo(90.6, org.assertj.core.api.Assertions.within(1e-6));
		Schedule rounded = LpRelaxation.round(problem, relaxation);
		assertThat(rounded.objective()).isBetween(86L, 89L);
		assertThat(java.util.Arrays.stream(rounded.used().get("S")).max().getAsLong()).isLessThanOrEqualTo(10);
		CpSatProgramming.Solved solved = new ProgrammingRun(problem, null).solve(10, 1, 0).solved();
		assertThat(solved.outcome()).isEqualTo(CpSatProgramming.Outcome.OPTIMAL);
		assertThat(solved.objective()).isEqualTo(89);
	}

	@Test
	void caps_are_respected_every_year() {
		List<Candidate> candidates = abcd();
		candidates.add(new Candidate("E", 1, 10, 1, Map.of("S", 10L), false, "P1"));
		ProgrammingProblem problem = problem(candidates, List.of(), 0, 0);
		Schedule schedule = new CpSatProgramming(problem).solve(10, 1, 0, null).schedule();
		long[] used = schedule.used().get("S");
		assertThat(used[0]).isLessThanOrEqualTo(10);
		assertThat(used[1]).isLessThanOrEqualTo(10);
		// E (cost 10) would take a whole year's cap: 10 + 10 > 10 in 2023, where it would start first.
		assertThat(schedule.chosen(4)).isFalse();
		Schedule.Violation why = schedule.whyNotChosen(4);
		assertThat(why.rule()).isEqualTo("CAP");
		assertThat(why.source()).isEqualTo("S");
		assertThat(why.year()).isEqualTo(2023);
		assertThat(why.used()).isEqualTo(20);
		assertThat(why.limit()).isEqualTo(10);
	}

	@Test
	void a_successor_starts_only_after_its_predecessor_is_finished_or_is_left_out_with_that_reason() {
		// D after A. D in 2024 needs A in 2023; then the best 2024 within 10 is {B, C} without D (10 + 1 > 10):
		// 40 + 42 = 82. Leaving D out: {B, C} in 2023, A in 2024: 56 + 30 = 86, the optimum.
		ProgrammingProblem problem = problem(abcd(), List.of(new Precedence("A", "D")), 0, 0);
		CpSatProgramming.Solved solved = new CpSatProgramming(problem).solve(10, 1, 0, null);
		assertThat(solved.objective()).isEqualTo(86);
		assertThat(solved.schedule().chosen(3)).isFalse();
		assertThat(solved.schedule().whyNotChosen(3).rule()).isEqualTo("PRECEDENCE_TOO_EARLY");
		assertThat(solved.schedule().whyNotChosen(3).other()).isEqualTo("A");
		// The greedy baseline keeps the order too: A in 2023, D only once A is done.
		Schedule greedy = GreedyProgramming.solve(problem);
		assertThat(greedy.starts()[3]).isIn(Schedule.NOT_CHOSEN, 1);
		if (greedy.chosen(3)) {
			assertThat(greedy.starts()[0]).isZero();
		}
	}

	@Test
	void the_rural_share_is_kept_and_a_project_that_would_dilute_it_is_refused_for_that() {
		// Only D is rural; rural ≥ 10 % of the programmed cost means a total cost ≤ 10 around D (cost 1):
		// {A, D} (cost 7) both in 2023 is worth 44, better than {B, D} (32).
		List<Candidate> candidates = abcd();
		candidates.set(3, new Candidate("D", 1, 1, 1, Map.of("S", 1L), true, "P1"));
		ProgrammingProblem problem = problem(candidates, List.of(), 10, 0);
		CpSatProgramming.Solved solved = new CpSatProgramming(problem).solve(10, 1, 0, null);
		assertThat(solved.objective()).isEqualTo(44);
		assertThat(solved.schedule().starts()).containsExactly(0, -1, -1, 0);
		// B fits the cap in 2024 but would bring the rural share to 1 / 12 = 8 % < 10 %.
		Schedule.Violation why = solved.schedule().whyNotChosen(1);
		assertThat(why.rule()).isEqualTo("EQUITY_RURAL");
		assertThat(why.used()).isEqualTo(8);
		assertThat(why.limit()).isEqualTo(10);
	}

	@Test
	void at_most_n_starts_a_year() {
		// One start a year: A in 2023 (40) and B or C in 2024 (21) = 61, better than B then A (28 + 30).
		ProgrammingProblem problem = problem(abcd(), List.of(), 0, 1);
		CpSatProgramming.Solved solved = new CpSatProgramming(problem).solve(10, 1, 0, null);
		assertThat(solved.objective()).isEqualTo(61);
		assertThat(solved.schedule().startsPerYear()).containsExactly(1, 1);
		assertThat(solved.schedule().whyNotChosen(3).rule()).isEqualTo("STARTS");
	}

	/**
	 * One year (worth ×2), one source capped at 10: A value 5 cost 6, B and C value 4 cost 5. Greedy
	 * by value per cost takes A (5/6 = 0.83 before 0.8) and then neither B nor C fits (6 + 5 > 10):
	 * 2 × 5 = 10. The annealing adds B in place of A (a loss of 10 − 8 = 2, taken with probability
	 * e^(−2 ÷ temperature)) and then C fits: 2 × (4 + 4) = 16, the optimum.
	 */
	@Test
	void the_annealing_gives_up_a_project_for_two_that_together_are_worth_more() {
		Map<String, long[]> caps = Map.of("S", new long[] { 10 });
		ProgrammingProblem problem = new ProgrammingProblem(2023, 1, caps,
				List.of(project("A", 5, 6), project("B", 4, 5), project("C", 4, 5)), List.of(), 0, 0, 0);
		Schedule greedy = GreedyProgramming.solve(problem);
		assertThat(greedy.objective()).isEqualTo(10);
		Schedule annealed = new AnnealingSearch(problem, null, 1).improve(greedy, System.nanoTime() + 500_000_000L, () -> false);
		assertThat(annealed.objective()).isEqualTo(16);
		assertThat(annealed.starts()).containsExactly(-1, 0, 0);
		assertThat(greedy.starts()).containsExactly(0, -1, -1);
	}

	/**
	 * On the benchmark's shape (1,000 candidates), the annealing keeps every rule and a cancel while it
	 * runs ends the run at once with a schedule at least as good as the rounded one.
	 */
	@Test
	void a_cancel_during_the_annealing_stops_the_run_promptly_with_a_schedule_that_keeps_every_rule() throws Exception {
		ProgrammingProblem problem = SyntheticProgramming.generate(1000, 7);
		java.util.concurrent.CountDownLatch rounded = new java.util.concurrent.CountDownLatch(1);
		ProgrammingRun run = new ProgrammingRun(problem, new CpSatProgramming.Listener() {

			@Override
			public void improved(long objective, double bound, int solutions, double seconds) {
				rounded.countDown();
			}

			@Override
			public boolean cancelled() {
				return false;
			}
		});
		java.util.concurrent.CompletableFuture<ProgrammingRun.Result> result = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> run.solve(60, 2, 0));
		assertThat(rounded.await(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
		Thread.sleep(1000);
		ProgrammingRun.Result stopped = stoppedPromptly(run, result);
		assertThat(stopped.solved().objective()).isGreaterThanOrEqualTo(stopped.roundedObjective());
		ProgrammingRules.assertKept(problem, stopped.solved().schedule());
	}

	/**
	 * A cancel while the linear relaxation of a large problem (3,000 candidates, GLOP takes seconds) is
	 * solved stops the run at once: GLOP is interrupted, nothing else starts, the run says STOPPED.
	 */
	@Test
	void a_cancel_during_the_relaxation_stops_the_run_promptly() throws Exception {
		ProgrammingProblem problem = SyntheticProgramming.generate(3000, 7);
		ProgrammingRun run = new ProgrammingRun(problem, null);
		java.util.concurrent.CompletableFuture<ProgrammingRun.Result> result = java.util.concurrent.CompletableFuture
			.supplyAsync(() -> run.solve(60, 1, 0));
		Thread.sleep(300);
		stoppedPromptly(run, result);
	}

	/** Stops the run and checks it ends STOPPED within 2 s. */
	private static ProgrammingRun.Result stoppedPromptly(ProgrammingRun run,
			java.util.concurrent.CompletableFuture<ProgrammingRun.Result> result) throws Exception {
		long stoppedAt = System.nanoTime();
		run.stop();
		ProgrammingRun.Result stopped = result.get(30, java.util.concurrent.TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - stoppedAt) / 1e9;
		assertThat(stopped.solved().outcome()).isEqualTo(CpSatProgramming.Outcome.STOPPED);
		assertThat(seconds).isLessThan(2.0);
		return stopped;
	}
}

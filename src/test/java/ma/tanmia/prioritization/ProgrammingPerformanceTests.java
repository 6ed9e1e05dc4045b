package ma.tanmia.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The benchmark: 1,000 candidates × 6 years × 8 funding sources, with precedence, equity
 * and starts-per-year rules (SyntheticProgramming), solved on 2 workers for at most 10 s, stopping
 * at 1 % of the proven bound. Prints the objective, bound, gap, time and the greedy ratio; figures
 * recorded in docs/PERFORMANCE.md. Opt-in:
 * {@code ./mvnw test -Dtest=ProgrammingPerformanceTests -Dtanmia.performance=true}.
 */
@EnabledIfSystemProperty(named = "tanmia.performance", matches = "true")
class ProgrammingPerformanceTests {

	@Test
	void a_thousand_candidates_over_six_years_and_eight_sources() {
		int n = Integer.getInteger("tanmia.performance.candidates", 1000);
		for (long seed : java.util.Arrays.stream(System.getProperty("tanmia.performance.seeds", "1,2,3").split(",")).mapToLong(Long::parseLong).toArray()) {
			ProgrammingProblem problem = SyntheticProgramming.generate(n, seed);
			String before = load();
			long start = System.nanoTime();
			// What the application runs: greedy, relaxation, rounding, annealing, CP-SAT, all within 10 s.
			ProgrammingRun.Result run = new ProgrammingRun(problem, null).solve(10, 2, 0.01);
			double total = (System.nanoTime() - start) / 1e9;
			CpSatProgramming.Solved solved = run.solved();
			Schedule greedy = run.greedy();
			System.out.printf("%n[performance] programming seed %d: %d candidates, %d precedences; total %.2f s (relaxation, rounding"
					+ " and annealing %.2f s, CP-SAT %.2f s); relaxation bound %.0f; rounded %d (%.3f %% below), annealed %d (%.3f %% below);"
					+ " CP-SAT %s: objective %d, proven bound %.0f, gap %.3f %%, %d chosen; greedy %d (%.3f of CP-SAT, equity broken: %s);"
					+ " load before %s, after %s%n", seed, n, problem.precedences().size(), total, run.preparedSeconds(), solved.seconds(),
					run.relaxationBound(), run.roundedObjective(), 100 * (1 - run.roundedObjective() / run.relaxationBound()),
					run.searchedObjective(), 100 * (1 - run.searchedObjective() / run.relaxationBound()), solved.outcome(),
					solved.objective(), solved.bound(), solved.gap() * 100,
					java.util.Arrays.stream(solved.schedule().starts()).filter(s -> s >= 0).count(), greedy.objective(),
					(double) greedy.objective() / Math.max(1, solved.objective()),
					greedy.equityBroken().stream().map(Schedule.Violation::rule).toList(), before, load());
			assertThat(solved.outcome()).isIn(CpSatProgramming.Outcome.OPTIMAL, CpSatProgramming.Outcome.FEASIBLE);
			// Caps, starts per year, precedences, the period and the shares, checked from scratch.
			ProgrammingRules.assertKept(problem, solved.schedule());
			assertThat(solved.objective()).isEqualTo(solved.schedule().objective());
		}
	}

	/** The 1, 5 and 15 minute load averages: the 2 cores are shared, so every figure says how busy they were. */
	private static String load() {
		try {
			return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
		}
		catch (java.io.IOException e) {
			return "unknown";
		}
	}
}

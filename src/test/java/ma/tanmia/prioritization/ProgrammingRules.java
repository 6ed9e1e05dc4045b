package ma.tanmia.prioritization;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a schedule against every rule of its problem from scratch (not with the solver's own
 * bookkeeping): caps, starts per year, precedences, the period, the equity shares.
 */
final class ProgrammingRules {

	private ProgrammingRules() {
	}

	static void assertKept(ProgrammingProblem problem, Schedule schedule) {
		var used = schedule.used();
		problem.caps().forEach((source, cap) -> {
			for (int y = 0; y < cap.length; y++) {
				assertThat(used.get(source)[y]).as("%s in year %d", source, y).isLessThanOrEqualTo(cap[y]);
			}
		});
		if (problem.maxStartsPerYear() > 0) {
			for (int n : schedule.startsPerYear()) {
				assertThat(n).isLessThanOrEqualTo(problem.maxStartsPerYear());
			}
		}
		for (ProgrammingProblem.Precedence p : problem.precedences()) {
			int a = problem.indexOf(p.before());
			int b = problem.indexOf(p.after());
			if (b >= 0 && schedule.chosen(b)) {
				assertThat(a >= 0 && schedule.chosen(a)).as("%s needs %s", p.after(), p.before()).isTrue();
				assertThat(schedule.starts()[a] + problem.candidates().get(a).duration())
					.as("%s after %s", p.after(), p.before()).isLessThanOrEqualTo(schedule.starts()[b]);
			}
		}
		for (int i = 0; i < schedule.starts().length; i++) {
			if (schedule.chosen(i)) {
				assertThat(schedule.starts()[i] + problem.candidates().get(i).duration()).isLessThanOrEqualTo(problem.years());
			}
		}
		assertThat(schedule.equityBroken()).isEmpty();
	}
}

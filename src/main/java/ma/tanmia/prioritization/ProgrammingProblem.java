package ma.tanmia.prioritization;

import java.util.List;
import java.util.Map;

/**
 * A programming instance, in integers: amounts in thousands of MAD, years as indices 0…years−1 from
 * {@code firstYear}.
 *
 * @param caps each funding source's cap per year (a source without caps is not limited)
 * @param ruralMinPercent minimum share of the programmed cost located in rural communes (0 = none)
 * @param provinceMinPercent minimum share of the programmed cost in every province that has candidates
 * @param maxStartsPerYear at most this many projects start in a year (0 = no limit)
 */
record ProgrammingProblem(int firstYear, int years, Map<String, long[]> caps, List<Candidate> candidates,
		List<Precedence> precedences, int ruralMinPercent, int provinceMinPercent, int maxStartsPerYear) {

	/**
	 * A candidate project.
	 *
	 * @param value its priority value (score × 10, at least 1)
	 * @param cost its cost in thousands of MAD
	 * @param duration years of works
	 * @param yearly what each source pays in each year of works (cost × share ÷ duration, rounded up)
	 * @param province the province or prefecture it lies in (null for region-wide projects)
	 */
	record Candidate(String code, long value, long cost, int duration, Map<String, Long> yearly, boolean rural,
			String province) {
	}

	/** {@code after} may start only once {@code before} is finished (and only if it is chosen). */
	record Precedence(String before, String after) {
	}

	/** What starting in year index t is worth per point of value: earlier is better (12 in year 1 … 7 in year 6). */
	long timeFactor(int t) {
		return 2L * years - t;
	}

	int indexOf(String code) {
		for (int i = 0; i < candidates.size(); i++) {
			if (candidates.get(i).code().equals(code)) {
				return i;
			}
		}
		return -1;
	}

	List<String> provinces() {
		return candidates.stream().map(Candidate::province).filter(java.util.Objects::nonNull).distinct().sorted().toList();
	}
}

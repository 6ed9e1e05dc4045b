package ma.tanmia.prioritization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A random programming instance of the benchmark shape: n candidates, 6 years, 8 funding
 * sources each capped at a share of the yearly demand (so that roughly half the candidates fit),
 * 1 to 3 sources per project, durations of 1 to 3 years, a precedence for one project in ten, a
 * rural share of 30 % and a 10 % share for each of 4 provinces.
 */
final class SyntheticProgramming {

	private SyntheticProgramming() {
	}

	static ProgrammingProblem generate(int n, long seed) {
		Random random = new Random(seed);
		int years = 6;
		List<String> sources = List.of("REGION", "PREF_PROV", "COMMUNE", "STATE", "INDH", "FDR", "ONEE", "PARTNER");
		List<String> provinces = List.of("P1", "P2", "P3", "P4");
		List<ProgrammingProblem.Candidate> candidates = new ArrayList<>();
		Map<String, Long> demand = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			long cost = 500 + random.nextInt(50_000); // thousands of MAD: 0.5 to 50 M MAD
			int duration = 1 + random.nextInt(3);
			int shares = 1 + random.nextInt(3);
			Map<String, Long> yearly = new LinkedHashMap<>();
			for (int s = 0; s < shares; s++) {
				String source = sources.get(random.nextInt(sources.size()));
				yearly.merge(source, Math.max(1, cost / shares / duration), Long::sum);
			}
			yearly.forEach((k, v) -> demand.merge(k, v * duration, Long::sum));
			long value = 100 + random.nextInt(900);
			candidates.add(new ProgrammingProblem.Candidate("C" + i, value, cost, duration, yearly, random.nextDouble() < 0.4,
					provinces.get(random.nextInt(provinces.size()))));
		}
		List<ProgrammingProblem.Precedence> precedences = new ArrayList<>();
		for (int i = 10; i < n; i += 10) {
			precedences.add(new ProgrammingProblem.Precedence("C" + (i - 1 - random.nextInt(9)), "C" + i));
		}
		Map<String, long[]> caps = new LinkedHashMap<>();
		for (String source : sources) {
			long perYear = demand.getOrDefault(source, 0L) / years / 2;
			long[] cap = new long[years];
			java.util.Arrays.fill(cap, perYear);
			caps.put(source, cap);
		}
		return new ProgrammingProblem(2023, years, caps, candidates, precedences, 30, 10, Math.max(1, n / 8));
	}
}

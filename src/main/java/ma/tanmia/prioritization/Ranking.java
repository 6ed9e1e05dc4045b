package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ranking of a program's candidates. Each criterion's score of a candidate is the mean of its
 * evaluators' scores (0–10); the candidate's total is Σ weight × mean × 10 (0–100), and each term is
 * that criterion's contribution. A criterion nobody scored yet counts 0 and is reported missing.
 */
final class Ranking {

	private Ranking() {
	}

	/** One evaluator's score of one candidate on one criterion. */
	record Score(long projectId, String criterion, String evaluator, BigDecimal score) {
	}

	/** A ranked candidate. */
	record Ranked(long projectId, int rank, BigDecimal total, Map<String, BigDecimal> means,
			Map<String, BigDecimal> contributions, int evaluators, List<String> missing) {
	}

	static List<Ranked> rank(List<Long> projectIds, Map<String, BigDecimal> weights, List<Score> scores) {
		Map<Long, Map<String, List<BigDecimal>>> byProject = new LinkedHashMap<>();
		Map<Long, java.util.Set<String>> evaluators = new LinkedHashMap<>();
		for (Score s : scores) {
			byProject.computeIfAbsent(s.projectId(), k -> new LinkedHashMap<>())
				.computeIfAbsent(s.criterion(), k -> new ArrayList<>())
				.add(s.score());
			evaluators.computeIfAbsent(s.projectId(), k -> new java.util.HashSet<>()).add(s.evaluator());
		}
		List<Ranked> unranked = new ArrayList<>();
		for (long id : projectIds) {
			Map<String, List<BigDecimal>> given = byProject.getOrDefault(id, Map.of());
			Map<String, BigDecimal> means = new LinkedHashMap<>();
			Map<String, BigDecimal> contributions = new LinkedHashMap<>();
			List<String> missing = new ArrayList<>();
			BigDecimal total = BigDecimal.ZERO;
			for (var w : weights.entrySet()) {
				List<BigDecimal> values = given.get(w.getKey());
				if (values == null || values.isEmpty()) {
					missing.add(w.getKey());
					means.put(w.getKey(), null);
					contributions.put(w.getKey(), BigDecimal.ZERO);
					continue;
				}
				BigDecimal mean = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
					.divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
				BigDecimal contribution = w.getValue().multiply(mean).multiply(BigDecimal.TEN).setScale(2, RoundingMode.HALF_UP);
				means.put(w.getKey(), mean.setScale(2, RoundingMode.HALF_UP));
				contributions.put(w.getKey(), contribution);
				total = total.add(w.getValue().multiply(mean).multiply(BigDecimal.TEN));
			}
			unranked.add(new Ranked(id, 0, total.setScale(2, RoundingMode.HALF_UP), means, contributions,
					evaluators.getOrDefault(id, java.util.Set.of()).size(), missing));
		}
		unranked.sort(Comparator.comparing(Ranked::total).reversed().thenComparing(Ranked::projectId));
		List<Ranked> ranked = new ArrayList<>();
		for (int i = 0; i < unranked.size(); i++) {
			Ranked r = unranked.get(i);
			ranked.add(new Ranked(r.projectId(), i + 1, r.total(), r.means(), r.contributions(), r.evaluators(), r.missing()));
		}
		return ranked;
	}
}

package ma.tanmia.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The composite social-deficit index: each chosen indicator min-max normalized over the communes
 * compared, turned so that 1 is always the worst (1 − n when higher is better, n when lower is
 * better), then averaged with the person's weights and expressed from 0 (no deficit) to 100. The
 * commune with the highest score ranks first. A commune missing any chosen indicator is left out and
 * listed, rather than scored on fewer indicators than its neighbours.
 */
final class CompositeIndex {

	/** One chosen indicator: its direction, its weight, and its value in each commune. */
	record Component(String indicatorCode, Polarity polarity, double weight, Map<String, Double> values) {
	}

	/** A commune's score, its rank (1 = largest deficit) and its deficit score per indicator (0–1). */
	record Ranked(String unit, int rank, double score, Map<String, Double> deficits) {
	}

	record Result(List<Ranked> ranking, Set<String> leftOut) {
	}

	private CompositeIndex() {
	}

	static Result compute(List<Component> components) {
		if (components.isEmpty()) {
			return new Result(List.of(), Set.of());
		}
		Set<String> all = new TreeSet<>();
		components.forEach(c -> all.addAll(c.values().keySet()));
		Set<String> complete = new TreeSet<>(all);
		components.forEach(c -> complete.retainAll(c.values().keySet()));
		Set<String> leftOut = new TreeSet<>(all);
		leftOut.removeAll(complete);
		double totalWeight = components.stream().mapToDouble(Component::weight).sum();
		List<Ranked> scored = new ArrayList<>();
		Map<String, double[]> bounds = new LinkedHashMap<>();
		for (Component c : components) {
			double min = complete.stream().mapToDouble(u -> c.values().get(u)).min().orElse(0);
			double max = complete.stream().mapToDouble(u -> c.values().get(u)).max().orElse(0);
			bounds.put(c.indicatorCode(), new double[] { min, max });
		}
		for (String unit : complete) {
			Map<String, Double> deficits = new LinkedHashMap<>();
			double sum = 0;
			for (Component c : components) {
				double[] b = bounds.get(c.indicatorCode());
				// All communes equal on an indicator: it separates none of them, so no deficit from it.
				double normalized = b[1] == b[0] ? 0 : (c.values().get(unit) - b[0]) / (b[1] - b[0]);
				double deficit = b[1] == b[0] ? 0 : c.polarity() == Polarity.HIGHER_IS_BETTER ? 1 - normalized : normalized;
				deficits.put(c.indicatorCode(), deficit);
				sum += c.weight() * deficit;
			}
			scored.add(new Ranked(unit, 0, totalWeight == 0 ? 0 : sum / totalWeight * 100, deficits));
		}
		scored.sort(Comparator.comparingDouble(Ranked::score).reversed().thenComparing(Ranked::unit));
		List<Ranked> ranking = new ArrayList<>();
		for (int i = 0; i < scored.size(); i++) {
			Ranked r = scored.get(i);
			ranking.add(new Ranked(r.unit(), i + 1, r.score(), r.deficits()));
		}
		return new Result(ranking, leftOut);
	}
}

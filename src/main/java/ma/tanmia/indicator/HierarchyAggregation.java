package ma.tanmia.indicator;

import java.util.Collection;
import java.util.Map;

/**
 * A province's or a region's value from its communes' validated values, by the indicator's rule
 * (docs/DIAGNOSIS.md). Communes without a value are left out; so are, for a weighted mean, those
 * whose population is not known, and, for a ratio, those missing either term.
 */
final class HierarchyAggregation {

	private HierarchyAggregation() {
	}

	/** Σ x_i; null when no commune has a value. */
	static Double sum(Collection<Double> values) {
		return values.isEmpty() ? null : values.stream().mapToDouble(Double::doubleValue).sum();
	}

	/** Σ p_i x_i ÷ Σ p_i over the communes with a value and a known population. */
	static Double populationWeightedMean(Collection<Disparity.Observation> observations) {
		double people = 0;
		double weighted = 0;
		for (Disparity.Observation o : observations) {
			if (o.population() != null && o.population() > 0) {
				people += o.population();
				weighted += o.population() * o.value();
			}
		}
		return people == 0 ? null : weighted / people;
	}

	/** (Σ numerator_i ÷ Σ denominator_i) × scale, over the communes that have both terms. */
	static Double ratio(Map<String, Double> numerators, Map<String, Double> denominators, double scale) {
		double top = 0;
		double bottom = 0;
		for (Map.Entry<String, Double> n : numerators.entrySet()) {
			Double d = denominators.get(n.getKey());
			if (d != null) {
				top += n.getValue();
				bottom += d;
			}
		}
		return bottom == 0 ? null : top / bottom * scale;
	}
}

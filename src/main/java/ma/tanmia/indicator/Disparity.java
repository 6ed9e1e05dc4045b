package ma.tanmia.indicator;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * How unequal an indicator is between the communes of a province or a region, plain (each commune
 * counts once) and population-weighted (each commune counts for its inhabitants). Formulas with a
 * worked example in docs/DIAGNOSIS.md; every measure is computed by one pass over the values sorted
 * once, so a region of 250 communes or 75 provinces at once cost milliseconds.
 */
public record Disparity(Measures plain, Measures weighted) {

	/**
	 * @param units the communes the figures were computed from (for the weighted figures: those with a
	 *        known population)
	 * @param cv coefficient of variation σ/μ; null when the mean is zero
	 * @param gini Gini coefficient, 0 (equal) to 1; null with a negative value or a zero mean
	 * @param theil Theil T index, 0 (equal) to ln(n); null with a negative value or a non-positive mean
	 * @param maxMinRatio plain: largest ÷ smallest value; weighted: the value under which 90 % of the
	 *        population live ÷ the value under which 10 % live (the extremes of a population-weighted
	 *        distribution are its deciles); null when the divisor is not positive
	 */
	public record Measures(int units, Double mean, Double cv, Double gini, Double theil, Double maxMinRatio) {

		static Measures none() {
			return new Measures(0, null, null, null, null, null);
		}
	}

	/** A commune's value and its population (null when not known). */
	public record Observation(String unit, double value, Double population) {
	}

	public static Disparity of(List<Observation> observations) {
		double[] values = observations.stream().mapToDouble(Observation::value).toArray();
		double[] ones = new double[values.length];
		Arrays.fill(ones, 1);
		List<Observation> peopled = observations.stream()
			.filter(o -> o.population() != null && o.population() > 0)
			.toList();
		return new Disparity(measure(values, ones, false), measure(peopled.stream().mapToDouble(Observation::value).toArray(),
				peopled.stream().mapToDouble(Observation::population).toArray(), true));
	}

	static Measures measure(double[] x, double[] w, boolean weighted) {
		int n = x.length;
		if (n == 0) {
			return Measures.none();
		}
		Integer[] order = new Integer[n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
		double total = 0;
		double weightedSum = 0;
		for (int i = 0; i < n; i++) {
			total += w[i];
			weightedSum += w[i] * x[i];
		}
		double mean = weightedSum / total;
		double squares = 0;
		double theilSum = 0;
		for (int i = 0; i < n; i++) {
			squares += w[i] * (x[i] - mean) * (x[i] - mean);
			if (x[i] > 0 && mean > 0) {
				theilSum += w[i] * (x[i] / mean) * Math.log(x[i] / mean);
			}
		}
		boolean nonNegative = x[order[0]] >= 0;
		Double cv = mean == 0 ? null : Math.sqrt(squares / total) / mean;
		// Σ_{i<j} w_i w_j (x_j − x_i) over the sorted values, from running sums of weights and weighted values.
		double pairs = 0;
		double weightBelow = 0;
		double sumBelow = 0;
		for (int k = 0; k < n; k++) {
			int j = order[k];
			pairs += w[j] * (x[j] * weightBelow - sumBelow);
			weightBelow += w[j];
			sumBelow += w[j] * x[j];
		}
		Double gini = nonNegative && mean > 0 ? pairs / (total * total * mean) : null;
		Double theil = nonNegative && mean > 0 ? theilSum / total : null;
		double low = weighted ? quantile(x, w, order, total, 0.1) : x[order[0]];
		double high = weighted ? quantile(x, w, order, total, 0.9) : x[order[n - 1]];
		Double ratio = low > 0 ? high / low : null;
		return new Measures(n, mean, cv, gini, theil, ratio);
	}

	/** The smallest value under which at least {@code q} of the total weight lies. */
	private static double quantile(double[] x, double[] w, Integer[] order, double total, double q) {
		double cumulated = 0;
		for (Integer i : order) {
			cumulated += w[i];
			if (cumulated / total >= q - 1e-12) {
				return x[i];
			}
		}
		return x[order[order.length - 1]];
	}
}

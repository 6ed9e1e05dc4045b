package ma.tanmia.indicator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The class limits of a map legend: equal intervals (the range cut in equal widths) or quantiles
 * (each class holds about as many units). {@code k} classes have {@code k + 1} limits, from the
 * smallest value to the largest (fewer classes when values tie); a value belongs to the first class
 * whose upper limit it does not exceed.
 */
final class ClassBreaks {

	enum Method {
		QUANTILES, EQUAL_INTERVALS
	}

	private ClassBreaks() {
	}

	static List<Double> of(double[] values, int classes, Method method) {
		if (values.length == 0 || classes < 1) {
			return List.of();
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		double min = sorted[0];
		double max = sorted[sorted.length - 1];
		List<Double> limits = new ArrayList<>();
		limits.add(min);
		for (int k = 1; k < classes; k++) {
			if (method == Method.EQUAL_INTERVALS) {
				add(limits, min + (max - min) * k / classes);
			}
			else {
				// The value at rank ⌈n·k/classes⌉ (1-based): the upper limit of the k-th class.
				int rank = (int) Math.ceil((double) sorted.length * k / classes);
				add(limits, sorted[Math.max(rank - 1, 0)]);
			}
		}
		add(limits, max);
		return limits;
	}

	/**
	 * Adds an upper limit unless it repeats the previous one: tied values (many communes at 100 %)
	 * would otherwise give empty classes like "99.5 – 99.5" in the legend, so there are fewer classes
	 * than asked. The first class may be the minimum alone ([min, min]): it then holds the communes
	 * at the minimum, a class of its own.
	 */
	private static void add(List<Double> limits, double limit) {
		double last = limits.get(limits.size() - 1);
		if (limit > last || limits.size() == 1) {
			limits.add(limit);
		}
	}

	/** The class (0-based) of a value. */
	static int classOf(double value, List<Double> limits) {
		for (int k = 1; k < limits.size(); k++) {
			if (value <= limits.get(k)) {
				return k - 1;
			}
		}
		return Math.max(limits.size() - 2, 0);
	}
}

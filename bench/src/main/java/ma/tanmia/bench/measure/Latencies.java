package ma.tanmia.bench.measure;

import java.util.Arrays;

/** The wall-clock durations of one operation, kept whole so percentiles are exact, not estimated. */
public final class Latencies {

	/** Percentiles in microseconds, the unit every figure in PERFORMANCE.md uses. */
	public record Summary(int samples, double p50, double p95, double p99, double max) {
	}

	private long[] nanos;
	private int size;

	public Latencies(int expected) {
		this.nanos = new long[Math.max(expected, 16)];
	}

	public void record(long durationNanos) {
		if (size == nanos.length) {
			nanos = Arrays.copyOf(nanos, size * 2);
		}
		nanos[size++] = durationNanos;
	}

	public Summary summary() {
		long[] sorted = Arrays.copyOf(nanos, size);
		Arrays.sort(sorted);
		return new Summary(size, micros(sorted, 0.50), micros(sorted, 0.95), micros(sorted, 0.99),
				size == 0 ? Double.NaN : sorted[size - 1] / 1_000.0);
	}

	/** Nearest-rank percentile: a duration that was really observed. */
	private static double micros(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(quantile * sorted.length);
		return sorted[Math.max(rank - 1, 0)] / 1_000.0;
	}
}

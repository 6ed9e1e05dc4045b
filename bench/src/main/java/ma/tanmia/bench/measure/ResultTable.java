package ma.tanmia.bench.measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Results as a Markdown table, ready to paste into docs/PERFORMANCE.md. The ratio compares every
 * variant with the baseline (first) variant at p50 and p95.
 */
public final class ResultTable {

	private final List<String> lines = new ArrayList<>();

	public ResultTable() {
		lines.add("| Operation | Variant | Statements | p50 µs | p95 µs | p99 µs | ×base p50 | ×base p95 |");
		lines.add("|---|---|---:|---:|---:|---:|---:|---:|");
	}

	/** {@code base} is the plain-JDBC baseline the other variants are divided by. */
	public void add(String operation, String variant, int statements, Latencies.Summary summary,
			Latencies.Summary base) {
		String ratio50 = base == null || base == summary ? "1.00" : format(summary.p50() / base.p50(), 2);
		String ratio95 = base == null || base == summary ? "1.00" : format(summary.p95() / base.p95(), 2);
		lines.add("| %s | %s | %s | %s | %s | %s | %s | %s |".formatted(operation, variant,
				statements > 0 ? String.valueOf(statements) : "-", format(summary.p50(), 0), format(summary.p95(), 0),
				format(summary.p99(), 0), ratio50, ratio95));
	}

	public void print() {
		lines.forEach(System.out::println);
	}

	private static String format(double value, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}
}

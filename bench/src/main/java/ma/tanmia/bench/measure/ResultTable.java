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
	private final boolean millis;

	/** Figures in microseconds. */
	public ResultTable() {
		this(false);
	}

	/** Figures in milliseconds (one decimal) when {@code millis}, for operations that take tens of them. */
	public ResultTable(boolean millis) {
		this.millis = millis;
		String unit = millis ? "ms" : "µs";
		lines.add("| Operation | Variant | Statements | p50 %s | p95 %s | p99 %s | ×base p50 | ×base p95 |".formatted(unit,
				unit, unit));
		lines.add("|---|---|---:|---:|---:|---:|---:|---:|");
	}

	/** {@code base} is the plain-JDBC baseline the other variants are divided by. */
	public void add(String operation, String variant, int statements, Latencies.Summary summary,
			Latencies.Summary base) {
		String ratio50 = base == null || base == summary ? "1.00" : format(summary.p50() / base.p50(), 2);
		String ratio95 = base == null || base == summary ? "1.00" : format(summary.p95() / base.p95(), 2);
		lines.add("| %s | %s | %s | %s | %s | %s | %s | %s |".formatted(operation, variant,
				statements > 0 ? String.valueOf(statements) : "-", time(summary.p50()), time(summary.p95()),
				time(summary.p99()), ratio50, ratio95));
	}

	private String time(double micros) {
		return millis ? format(micros / 1000, 1) : format(micros, 0);
	}

	public void print() {
		lines.forEach(System.out::println);
	}

	private static String format(double value, int decimals) {
		return String.format(Locale.ROOT, "%,." + decimals + "f", value);
	}
}

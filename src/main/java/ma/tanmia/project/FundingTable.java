package ma.tanmia.project;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** A funding plan laid out as a table: one row per source, one column per year, with totals. */
record FundingTable(List<Integer> years, Map<String, Map<Integer, BigDecimal>> bySource, Map<Integer, BigDecimal> byYear,
		Map<String, BigDecimal> sourceTotals, BigDecimal total) {

	/** The amount of a source in a year, or null when none is planned. */
	public BigDecimal amount(String source, int year) {
		return bySource.getOrDefault(source, Map.of()).get(year);
	}

	public BigDecimal yearTotal(int year) {
		return byYear.get(year);
	}

	static FundingTable of(Set<Project.FundingLine> lines) {
		Set<Integer> years = new TreeSet<>();
		Map<String, Map<Integer, BigDecimal>> bySource = new TreeMap<>();
		Map<Integer, BigDecimal> byYear = new TreeMap<>();
		Map<String, BigDecimal> sourceTotals = new TreeMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Project.FundingLine line : lines) {
			years.add(line.year());
			bySource.computeIfAbsent(line.sourceCode(), k -> new TreeMap<>()).merge(line.year(), line.amount(), BigDecimal::add);
			byYear.merge(line.year(), line.amount(), BigDecimal::add);
			sourceTotals.merge(line.sourceCode(), line.amount(), BigDecimal::add);
			total = total.add(line.amount());
		}
		return new FundingTable(List.copyOf(years), bySource, byYear, sourceTotals, total);
	}
}

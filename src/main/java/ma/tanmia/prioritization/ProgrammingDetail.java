package ma.tanmia.prioritization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chosen programming as the decree asks: the first three years detailed by project and source,
 * the later years as totals.
 */
public record ProgrammingDetail(List<Integer> detailedYears, List<Integer> laterYears, List<Row> rows, Map<Integer, Long> totalByYear,
		Map<String, Map<Integer, Long>> bySourceAndYear) {

	public record Row(ProgrammingOutcome.Line line, Map<Integer, Long> byYear, long later) {
	}

	static ProgrammingDetail of(Scenario scenario, ProgrammingOutcome outcome) {
		List<Integer> detailed = new ArrayList<>();
		List<Integer> later = new ArrayList<>();
		for (int y = 0; y < scenario.years(); y++) {
			(y < 3 ? detailed : later).add(scenario.firstYear() + y);
		}
		List<Row> rows = new ArrayList<>();
		Map<Integer, Long> total = new LinkedHashMap<>();
		Map<String, Map<Integer, Long>> bySource = new java.util.TreeMap<>();
		for (ProgrammingOutcome.Line line : outcome.schedule()) {
			Map<Integer, Long> byYear = new LinkedHashMap<>();
			for (int y = line.startYear(); y <= line.endYear(); y++) {
				long amount = line.yearlyBySource().values().stream().mapToLong(Long::longValue).sum();
				byYear.put(y, amount);
				total.merge(y, amount, Long::sum);
				for (var s : line.yearlyBySource().entrySet()) {
					bySource.computeIfAbsent(s.getKey(), k -> new LinkedHashMap<>()).merge(y, s.getValue(), Long::sum);
				}
			}
			long afterThird = byYear.entrySet().stream().filter(e -> e.getKey() >= scenario.firstYear() + 3)
				.mapToLong(Map.Entry::getValue).sum();
			rows.add(new Row(line, byYear, afterThird));
		}
		return new ProgrammingDetail(detailed, later, rows, total, bySource);
	}
}


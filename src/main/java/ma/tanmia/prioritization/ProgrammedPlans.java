package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ma.tanmia.project.PlannedFunding;

/**
 * What the chosen programming writes into a project: its planned dates moved to the start year the
 * solver gave it, and its funding plan spread over the years of works the solver counted against the
 * caps, in the shares of its current plan.
 */
final class ProgrammedPlans {

	private ProgrammedPlans() {
	}

	/**
	 * Planned dates starting in {@code startYear}: a project with planned dates keeps their months and
	 * days, moved by whole years (its duration unchanged); one without runs from 1 January of the start
	 * year to 31 December of the end year.
	 */
	static LocalDate[] dates(LocalDate plannedStart, LocalDate plannedEnd, int startYear, int endYear) {
		if (plannedStart != null && plannedEnd != null) {
			int shift = startYear - plannedStart.getYear();
			return new LocalDate[] { plannedStart.plusYears(shift), plannedEnd.plusYears(shift) };
		}
		return new LocalDate[] { LocalDate.of(startYear, 1, 1), LocalDate.of(endYear, 12, 31) };
	}

	/**
	 * The cost shared by source in the proportions of {@code shares} (the whole cost to {@code ownSource}
	 * when there are none), each source's amount spread evenly over the years from {@code startYear} to
	 * {@code endYear}; amounts to the centime, the rounding left to the last source and the last year
	 * so that the plan adds up to the cost exactly.
	 */
	static List<PlannedFunding> funding(BigDecimal cost, Map<String, BigDecimal> shares, String ownSource, int startYear,
			int endYear) {
		Map<String, BigDecimal> proportions = new TreeMap<>();
		shares.forEach((source, amount) -> {
			if (amount != null && amount.signum() > 0) {
				proportions.put(source, amount);
			}
		});
		if (proportions.isEmpty()) {
			proportions.put(ownSource, BigDecimal.ONE);
		}
		BigDecimal planned = proportions.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		int years = endYear - startYear + 1;
		List<PlannedFunding> lines = new ArrayList<>();
		BigDecimal sourcesLeft = cost;
		int s = 0;
		for (var share : proportions.entrySet()) {
			boolean lastSource = ++s == proportions.size();
			BigDecimal amount = lastSource ? sourcesLeft
					: cost.multiply(share.getValue()).divide(planned, 2, RoundingMode.HALF_UP);
			sourcesLeft = sourcesLeft.subtract(amount);
			BigDecimal perYear = amount.divide(BigDecimal.valueOf(years), 2, RoundingMode.DOWN);
			for (int y = startYear; y <= endYear; y++) {
				BigDecimal inYear = y == endYear ? amount.subtract(perYear.multiply(BigDecimal.valueOf(years - 1))) : perYear;
				if (inYear.signum() > 0) {
					lines.add(new PlannedFunding(share.getKey(), y, inYear));
				}
			}
		}
		return lines;
	}
}

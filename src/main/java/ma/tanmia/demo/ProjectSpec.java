package ma.tanmia.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ma.tanmia.project.Competence;
import ma.tanmia.project.PlannedFunding;
import ma.tanmia.shared.LocalizedName;

/**
 * A demonstration project as the dataset describes it: what, where, for how much, financed by whom
 * in which proportions, and when it was planned. How it went is its {@link Fate}.
 */
record ProjectSpec(String code, ProgramSpec program, String nodeCode, LocalizedName title, String sector,
		Competence competence, String territory, String executing, BigDecimal cost, List<Share> mix,
		LocalDate plannedStart, LocalDate plannedEnd, boolean pinnedCompleted) {

	/** A funding source's part of the cost, in percent. */
	record Share(String source, int percent) {
	}

	/** Parses {@code "COMMUNE:40,INDH:60"}. */
	static List<Share> mix(String text) {
		List<Share> shares = new ArrayList<>();
		int total = 0;
		for (String part : text.split(",")) {
			String[] sourceAndPercent = part.trim().split(":");
			Share share = new Share(sourceAndPercent[0], Integer.parseInt(sourceAndPercent[1]));
			total += share.percent();
			shares.add(share);
		}
		if (total != 100) {
			throw new IllegalArgumentException("Funding mix does not add up to 100 %: " + text);
		}
		return List.copyOf(shares);
	}

	boolean french() {
		return program.french();
	}

	/** Temsia and Oulad Dahou: land there is mostly collective (soulalyate) land. */
	boolean rural() {
		return territory.equals("MA-INE-05") || territory.equals("MA-INE-06");
	}

	/** The sources other than the owner's own budget: the partners whose money may not come. */
	List<String> partnerSources() {
		return mix.stream().map(Share::source).filter(s -> !s.equals(program.ownerSource())).toList();
	}

	/** Each source's amount; the last takes the rounding remainder so the parts add up to the cost. */
	BigDecimal amountOf(String source) {
		BigDecimal remaining = cost;
		for (int i = 0; i < mix.size(); i++) {
			Share share = mix.get(i);
			BigDecimal amount = i == mix.size() - 1 ? remaining
					: cost.multiply(BigDecimal.valueOf(share.percent())).divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP);
			if (share.source().equals(source)) {
				return amount.setScale(2);
			}
			remaining = remaining.subtract(amount);
		}
		return BigDecimal.ZERO.setScale(2);
	}

	/** The funding plan: each source's amount spread evenly over the planned years. */
	List<PlannedFunding> fundingPlan() {
		int first = plannedStart.getYear();
		int last = plannedEnd.getYear();
		int years = last - first + 1;
		List<PlannedFunding> plan = new ArrayList<>();
		for (Share share : mix) {
			BigDecimal amount = amountOf(share.source());
			BigDecimal yearly = amount.divide(BigDecimal.valueOf(years), 0, RoundingMode.DOWN);
			for (int year = first; year <= last; year++) {
				BigDecimal part = year == last ? amount.subtract(yearly.multiply(BigDecimal.valueOf(years - 1))) : yearly;
				plan.add(new PlannedFunding(share.source(), year, part.setScale(2)));
			}
		}
		return plan;
	}

	/**
	 * Works on a plot or a right of way, which a land problem can hold back — not lighting and
	 * connections along existing streets, equipment bought, or services.
	 */
	boolean needsLand() {
		return !acquisition() && java.util.stream.Stream.of("Généralisation", "Rationalisation", "Branchements",
				"Numérisation", "Transport scolaire", "Extension du transport", "Plateforme", "Appui")
			.noneMatch(title.fr()::startsWith);
	}

	/** Equipment bought rather than built: its completion is a delivery, not a works acceptance. */
	boolean acquisition() {
		return title.fr().startsWith("Acquisition");
	}
}

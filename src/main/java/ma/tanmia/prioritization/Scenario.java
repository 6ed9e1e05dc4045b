package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A programming scenario of a program: caps, rules and (optionally) other weights.
 *
 * @param caps each capped funding source's cap per year in MAD, {@code years} amounts from {@code firstYear}
 * @param precedences pairs [A, B] of project codes: B starts only once A is finished
 * @param weights other criterion weights than the program's, or null
 */
public record Scenario(long id, long programId, String name, int firstYear, int years, Map<String, List<BigDecimal>> caps,
		List<List<String>> precedences, Map<String, BigDecimal> weights, int ruralMinPercent, int provinceMinPercent,
		int maxStartsPerYear, int timeLimitSeconds, boolean chosen, String createdBy, long version) {

	/** What a planner fills in to save a scenario. */
	public record Draft(String name, int firstYear, int years, Map<String, List<BigDecimal>> caps,
			List<List<String>> precedences, Map<String, BigDecimal> weights, int ruralMinPercent, int provinceMinPercent,
			int maxStartsPerYear, int timeLimitSeconds) {
	}
}

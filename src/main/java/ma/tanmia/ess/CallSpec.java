package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/** A call for projects to open, with its rules (see {@link CallRules}). */
public record CallSpec(String code, FinancingProgram program, String titleAr, String titleFr, LocalDate opensOn,
		LocalDate closesOn, BigDecimal maxSharePct, BigDecimal maxAmount, BigDecimal maxInKindPct,
		Set<ValueChain> valueChains, Set<String> territoryCodes) {
}

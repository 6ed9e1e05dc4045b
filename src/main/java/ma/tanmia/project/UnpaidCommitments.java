package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Partners' commitments past their year and not paid, on projects: a financing cause the evaluation
 * shows beside the blocking causes. Implemented by the module that records partnership agreements
 * (this module does not know it; it only asks).
 */
public interface UnpaidCommitments {

	/** Overdue unpaid amount, the agreements concerned and the projects they finance. */
	record Unpaid(BigDecimal amount, long agreements, long projects) {
	}

	/**
	 * What is overdue on {@code asOf} for projects of these programs located in the subtree at
	 * {@code territoryPath}.
	 */
	Unpaid within(String territoryPath, Collection<Long> programIds, LocalDate asOf);
}

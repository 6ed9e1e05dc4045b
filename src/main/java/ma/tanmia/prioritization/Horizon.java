package ma.tanmia.prioritization;

import java.math.BigDecimal;

/**
 * When a project can be delivered: short (within 2 years), medium (3–4 years), long (5–6 years).
 * Proposed from maturity and cost, then editable by the planner (docs/PRIORITIZATION.md).
 */
public enum Horizon {
	SHORT, MEDIUM, LONG;

	static final BigDecimal SMALL = new BigDecimal("20000000");
	static final BigDecimal LARGE = new BigDecimal("100000000");

	/**
	 * Short: land secured, studies done and cost ≤ 20 M MAD. Long: neither land nor studies, or a cost
	 * above 100 M MAD. Medium otherwise.
	 */
	static Horizon propose(boolean landSecured, boolean studiesDone, BigDecimal cost) {
		if (landSecured && studiesDone && cost.compareTo(SMALL) <= 0) {
			return SHORT;
		}
		if (!landSecured && !studiesDone || cost.compareTo(LARGE) > 0) {
			return LONG;
		}
		return MEDIUM;
	}

	/** The last year (counted from 1) by which a project of this horizon should be finished. */
	int lastYear() {
		return switch (this) {
			case SHORT -> 2;
			case MEDIUM -> 4;
			case LONG -> 6;
		};
	}
}

package ma.tanmia.ess;

/** Where a financing application stands in its workflow (docs/ESS.md draws the state machine). */
public enum ApplicationStatus {
	SUBMITTED, ELIGIBLE, INELIGIBLE, UNDER_REVIEW, APPROVED, REJECTED, AGREEMENT_SIGNED, IN_PAYMENT, CLOSED;

	public boolean finished() {
		return this == INELIGIBLE || this == REJECTED || this == CLOSED;
	}
}

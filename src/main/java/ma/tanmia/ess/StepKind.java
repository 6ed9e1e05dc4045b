package ma.tanmia.ess;

/** What one step of an application's history records. */
public enum StepKind {
	SUBMITTED, ELIGIBILITY_CONFIRMED, DECLARED_INELIGIBLE, SCORED, APPROVED, REJECTED, AGREEMENT_SIGNED, TRANCHE_PAID,
	FOLLOW_UP_VISIT, CLOSED
}

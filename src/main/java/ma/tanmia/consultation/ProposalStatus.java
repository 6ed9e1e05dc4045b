package ma.tanmia.consultation;

/** Where a proposal stands: the official answer (with its history) moves it out of SUBMITTED. */
public enum ProposalStatus {
	SUBMITTED, UNDER_STUDY, ACCEPTED, REJECTED, MERGED;

	/** The statuses an official answer may give. */
	static final java.util.List<ProposalStatus> ANSWERS = java.util.List.of(UNDER_STUDY, ACCEPTED, REJECTED);
}

package ma.tanmia.consultation;

/** Workflow of a petition: submitted → admissible or inadmissible (with a reason) → on the agenda → answered. */
public enum PetitionStatus {
	SUBMITTED, ADMISSIBLE, INADMISSIBLE, ON_AGENDA, ANSWERED;

	boolean mayMoveTo(PetitionStatus next) {
		return switch (this) {
			case SUBMITTED -> next == ADMISSIBLE || next == INADMISSIBLE;
			case ADMISSIBLE -> next == ON_AGENDA;
			case ON_AGENDA -> next == ANSWERED;
			case INADMISSIBLE, ANSWERED -> false;
		};
	}
}

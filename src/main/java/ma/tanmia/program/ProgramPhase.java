package ma.tanmia.program;

/**
 * The steps of a program, in order: the opening information-and-consultation meeting, the
 * evaluation of the previous program (first step since decree 2.22.475), then the phases of decree
 * 2.16.301 (diagnosis, ranked priorities, resources and spending for the first three years, program
 * document), adoption by the council, approval (visa), execution, the update possible from the
 * third year, and the final evaluation.
 */
public enum ProgramPhase {
	INFORMATION_CONSULTATION, PREVIOUS_EVALUATION, DIAGNOSIS, PRIORITIES, RESOURCES_AND_SPENDING, PROGRAM_DOCUMENT,
	ADOPTION, APPROVAL, EXECUTION, UPDATE, EVALUATION;

	/** Adoption and approval are acts: they carry a deliberation or decision number and date. */
	public boolean isAct() {
		return this == ADOPTION || this == APPROVAL;
	}
}

package ma.tanmia.project;

/** Where a project stands. */
public enum ProjectStatus {
	PROGRAMMED, STUDIES, TENDERING, IN_PROGRESS, COMPLETED, SUSPENDED, BLOCKED, ABANDONED, CANCELLED;

	/** Anything but completed: what the evaluation counts as not executed. */
	public boolean isUnexecuted() {
		return this != COMPLETED;
	}

	/** Held back: a blocking cause should say why. */
	public boolean isHeldBack() {
		return this == SUSPENDED || this == BLOCKED || this == ABANDONED;
	}
}

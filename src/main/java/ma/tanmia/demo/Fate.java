package ma.tanmia.demo;

import java.util.List;

import ma.tanmia.project.ProjectStatus;

/**
 * How a demonstration project ended the 2016–2021 mandate: its status, physical progress, the
 * blocking causes recorded on it (none for most completed ones), and the funding source that did
 * not pay when a partner's contribution is the cause.
 */
record Fate(ProjectStatus status, int progress, List<String> causes, String defaultingSource) {

	static Fate completed() {
		return new Fate(ProjectStatus.COMPLETED, 100, List.of(), null);
	}

	boolean isCompleted() {
		return status == ProjectStatus.COMPLETED;
	}

	/** Works began: the project had an actual start. */
	boolean started() {
		return progress > 0;
	}

	boolean hasCause(String cause) {
		return causes.contains(cause);
	}
}

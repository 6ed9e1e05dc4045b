package ma.tanmia.project;

/** Input that would leave a project inconsistent; the message key explains it to the reader. */
class ProjectRuleBroken extends RuntimeException {

	final String messageKey;

	ProjectRuleBroken(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}
}

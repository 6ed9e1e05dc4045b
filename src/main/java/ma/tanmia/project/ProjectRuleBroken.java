package ma.tanmia.project;

/** Input that would leave a project inconsistent; the message key explains it to the reader. */
public class ProjectRuleBroken extends RuntimeException {

	public final String messageKey;

	ProjectRuleBroken(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}
}

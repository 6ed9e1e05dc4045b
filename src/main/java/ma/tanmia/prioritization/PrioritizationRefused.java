package ma.tanmia.prioritization;

/** Input that breaks a rule of prioritization or programming; the key (and arguments) explain it to the reader. */
public class PrioritizationRefused extends RuntimeException {

	public final String messageKey;
	public final transient Object[] arguments;

	PrioritizationRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}
}

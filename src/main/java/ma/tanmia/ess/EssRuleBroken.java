package ma.tanmia.ess;

import java.util.List;

/** Input that would leave ESS data inconsistent; the message key (with its arguments) explains it to the reader. */
public class EssRuleBroken extends RuntimeException {

	private final String messageKey;
	private final transient List<Object> arguments;

	public EssRuleBroken(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.toArray();
	}
}

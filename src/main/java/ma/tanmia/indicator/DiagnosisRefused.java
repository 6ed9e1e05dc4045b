package ma.tanmia.indicator;

import java.util.List;

/** Input that breaks a rule of the diagnosis; the message key explains it to the reader. */
public class DiagnosisRefused extends RuntimeException {

	public final String messageKey;
	public final transient List<Object> arguments;

	DiagnosisRefused(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = List.of(arguments);
	}
}

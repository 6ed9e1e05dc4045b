package ma.tanmia.consultation;

/** Input that breaks a consultation rule; carries a message key so the reader gets a clear reason. */
public class ConsultationRefused extends RuntimeException {

	public final String messageKey;

	ConsultationRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}
}

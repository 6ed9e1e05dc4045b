package ma.tanmia.agreement;

/** Input that breaks a rule of agreements; the key explains it to the reader. */
public class AgreementRefused extends RuntimeException {

	public final String messageKey;

	AgreementRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}
}

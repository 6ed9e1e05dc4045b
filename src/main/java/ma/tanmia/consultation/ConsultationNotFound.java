package ma.tanmia.consultation;

/** A meeting, proposal or petition that does not exist (404, not a stack trace). */
class ConsultationNotFound extends RuntimeException {

	ConsultationNotFound(String what) {
		super(what);
	}
}

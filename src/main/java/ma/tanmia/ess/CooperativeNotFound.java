package ma.tanmia.ess;

class CooperativeNotFound extends RuntimeException {

	CooperativeNotFound(Object key) {
		super("No cooperative " + key);
	}
}

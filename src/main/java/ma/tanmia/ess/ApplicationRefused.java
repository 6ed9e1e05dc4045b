package ma.tanmia.ess;

import java.util.List;

/** A submission refused by its call's rules: nothing was saved; every broken rule comes with its figures. */
public class ApplicationRefused extends RuntimeException {

	private final transient List<RuleFailure> failures;

	ApplicationRefused(List<RuleFailure> failures) {
		super(failures.size() + " rule(s) of the call broken, first: " + failures.get(0).messageKey());
		this.failures = List.copyOf(failures);
	}

	public List<RuleFailure> failures() {
		return failures;
	}
}

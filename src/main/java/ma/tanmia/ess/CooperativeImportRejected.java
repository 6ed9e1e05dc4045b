package ma.tanmia.ess;

import java.util.List;

/** A registry import refused as a whole: nothing was written. Carries every problem found. */
class CooperativeImportRejected extends RuntimeException {

	private final transient List<ImportProblem> problems;

	CooperativeImportRejected(List<ImportProblem> problems) {
		super(problems.size() + " problem(s) in the cooperative file, first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	List<ImportProblem> problems() {
		return problems;
	}
}

package ma.tanmia.territory;

import java.util.List;

/** An import refused as a whole: nothing was written. Carries every problem found, not just the first. */
public class TerritoryImportRejected extends RuntimeException {

	private final transient List<ImportProblem> problems;

	TerritoryImportRejected(List<ImportProblem> problems) {
		super(problems.size() + " problem(s) in the territory file, first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<ImportProblem> problems() {
		return problems;
	}
}

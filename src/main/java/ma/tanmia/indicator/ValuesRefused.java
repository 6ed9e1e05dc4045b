package ma.tanmia.indicator;

import java.util.List;

/** Values refused as a whole: nothing was written. Carries every problem found, not just the first. */
public class ValuesRefused extends RuntimeException {

	private final transient List<ValueProblem> problems;

	ValuesRefused(List<ValueProblem> problems) {
		super(problems.size() + " problem(s) in the submitted values, first: " + problems.get(0));
		this.problems = List.copyOf(problems);
	}

	public List<ValueProblem> problems() {
		return problems;
	}
}

package ma.tanmia.consultation;

/**
 * How many took part in one category: women, men, and how many of them were young (under 35). A
 * null count is unknown, not zero.
 */
public record Participation(ParticipantCategory category, String organizations, Integer women, Integer men, Integer youth) {

	/** Women and men together, when both are known. */
	public Integer total() {
		return women == null || men == null ? null : women + men;
	}

	boolean isEmpty() {
		return women == null && men == null && youth == null && (organizations == null || organizations.isBlank());
	}

	/** The sums over categories, each over the known counts only. */
	static Participation totals(java.util.List<Participation> rows) {
		return new Participation(null, null, sum(rows, Participation::women), sum(rows, Participation::men),
				sum(rows, Participation::youth));
	}

	private static Integer sum(java.util.List<Participation> rows, java.util.function.Function<Participation, Integer> count) {
		return rows.stream().map(count).filter(java.util.Objects::nonNull).reduce(Integer::sum).orElse(null);
	}
}

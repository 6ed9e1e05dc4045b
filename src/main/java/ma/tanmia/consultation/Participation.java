package ma.tanmia.consultation;

/** How many took part in one category: women, men, and how many of them were young (under 35). */
public record Participation(ParticipantCategory category, String organizations, int women, int men, int youth) {

	public int total() {
		return women + men;
	}
}

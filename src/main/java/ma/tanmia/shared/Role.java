package ma.tanmia.shared;

/** What a person may do; always granted within a territorial scope (see {@link ScopedRole}). */
public enum Role {
	ADMINISTRATOR, PLANNER, GOVERNOR_OFFICE, SECTOR_FOCAL_POINT, PARTNER, COOPERATIVE_MANAGER, COMMITTEE_MEMBER, MODERATOR, CITIZEN;

	public String authority() {
		return "ROLE_" + name();
	}
}

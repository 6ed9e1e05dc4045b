package ma.tanmia.project;

/** The competence under which a collectivity acts (organic laws): its own, shared with the State, or transferred. */
public enum Competence {
	OWN, SHARED, TRANSFERRED
}

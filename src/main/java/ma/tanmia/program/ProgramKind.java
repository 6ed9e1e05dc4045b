package ma.tanmia.program;

import java.util.Set;

/** The three programs of the organic laws, each prepared by the council of one level. */
public enum ProgramKind {
	/** Regional development program, law 111-14. */
	PDR,
	/** Prefectural or provincial development program, law 112-14. */
	PDP,
	/** Communal action program, law 113-14. */
	PAC;

	/** The territorial levels whose council prepares this program. */
	public Set<String> levels() {
		return switch (this) {
			case PDR -> Set.of("REGION");
			case PDP -> Set.of("PREFECTURE", "PROVINCE");
			case PAC -> Set.of("COMMUNE");
		};
	}
}

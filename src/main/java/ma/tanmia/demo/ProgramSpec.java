package ma.tanmia.demo;

import java.util.List;

import ma.tanmia.program.ProgramKind;
import ma.tanmia.shared.LocalizedName;

/**
 * A demonstration program as the dataset describes it, before it exists: its collectivity, owner,
 * structure, the language its planners write in, and the share of its projects completed by the
 * end of the mandate.
 */
record ProgramSpec(String code, ProgramKind kind, String mandate, String territory, String owner, LocalizedName title,
		List<Node> nodes, boolean french, double completionRate) {

	/** An axis (with its sub-programs) or a sub-program; projects name their node by code. */
	record Node(String code, LocalizedName title, List<Node> subPrograms) {

		static Node axis(String code, String ar, String fr, Node... subPrograms) {
			return new Node(code, new LocalizedName(ar, fr, null), List.of(subPrograms));
		}

		static Node sub(String code, String ar, String fr) {
			return new Node(code, new LocalizedName(ar, fr, null), List.of());
		}
	}

	/** The funding source a collectivity pays from its own budget. */
	String ownerSource() {
		return switch (kind) {
			case PAC -> "COMMUNE";
			case PDP -> "PREF_PROV";
			case PDR -> "REGION";
		};
	}
}

package ma.tanmia.program;

import ma.tanmia.shared.LocalizedName;

/** An axis or a sub-program of a program. */
public record ProgramNode(long id, long programId, Long parentId, String kind, String code, LocalizedName title,
		int position) {

	public boolean isAxis() {
		return parentId == null;
	}
}

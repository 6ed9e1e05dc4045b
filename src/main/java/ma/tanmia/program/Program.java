package ma.tanmia.program;

import ma.tanmia.shared.LocalizedName;

/** A program as other modules see it. */
public record Program(long id, String code, ProgramKind kind, String mandateCode, String territoryCode,
		String territoryPath, String ownerOrganizationCode, LocalizedName title, String status, boolean demonstration,
		long version) {
}

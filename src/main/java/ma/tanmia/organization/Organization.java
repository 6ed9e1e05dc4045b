package ma.tanmia.organization;

import ma.tanmia.shared.LocalizedName;

/** An organization as other modules see it. */
public record Organization(long id, String code, OrganizationKind kind, LocalizedName name, String territoryCode,
		String sector) {
}

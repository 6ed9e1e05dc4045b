package ma.tanmia.project;

import java.math.BigDecimal;

import ma.tanmia.shared.LocalizedName;

/** Where a project stands, as other modules show it (the consultation module's traceability). */
public record ProjectProgress(String code, LocalizedName title, String territoryPath, ProjectStatus status,
		BigDecimal physicalProgress) {
}

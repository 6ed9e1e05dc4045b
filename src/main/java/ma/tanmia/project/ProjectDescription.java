package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What describes a project, as a planner fills it in or an import brings it. The territory path is
 * filled in by the project module from the territory code.
 */
public record ProjectDescription(String titleAr, String titleFr, String descriptionAr, String descriptionFr, Long nodeId,
		String sectorCode, Competence competence, String territoryCode, String territoryPath, BigDecimal latitude,
		BigDecimal longitude, String ownerOrgCode, String executingOrgCode, BigDecimal cost, boolean landSecured,
		boolean studiesDone, LocalDate plannedStart, LocalDate plannedEnd) {
}

package ma.tanmia.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import ma.tanmia.shared.LocalizedName;

/** A project as its page shows it. */
record ProjectView(long id, String code, LocalizedName title, LocalizedName description, String sectorCode,
		Competence competence, String territoryCode, BigDecimal latitude, BigDecimal longitude, String ownerOrgCode,
		String executingOrgCode, BigDecimal cost, boolean landSecured, boolean studiesDone, LocalDate plannedStart,
		LocalDate plannedEnd, LocalDate actualStart, LocalDate actualEnd, ProjectStatus status,
		BigDecimal physicalProgress, BigDecimal committed, BigDecimal paid, BigDecimal plannedFunding,
		List<String> servedTerritories, List<String> partners, boolean demonstration, long version) {

	static ProjectView of(Project p) {
		return new ProjectView(p.id(), p.code(), new LocalizedName(p.titleAr(), p.titleFr(), null),
				new LocalizedName(p.descriptionAr(), p.descriptionFr(), null), p.sectorCode(), p.competence(),
				p.territoryCode(), p.latitude(), p.longitude(), p.ownerOrgCode(), p.executingOrgCode(), p.cost(),
				p.landSecured(), p.studiesDone(), p.plannedStart(), p.plannedEnd(), p.actualStart(), p.actualEnd(),
				p.status(), p.physicalProgress(), p.committed(), p.paid(), p.plannedFunding(),
				p.servedTerritories().stream().sorted().toList(), p.partners().stream().sorted().toList(),
				p.demonstration(), p.version());
	}

	public BigDecimal financialProgress() {
		return cost.signum() == 0 ? BigDecimal.ZERO
				: paid.multiply(BigDecimal.valueOf(100)).divide(cost, 1, RoundingMode.HALF_UP);
	}

	public boolean late() {
		return status != ProjectStatus.COMPLETED && plannedEnd != null && plannedEnd.isBefore(LocalDate.now());
	}

	/** The planned funding differs from the cost: worth a warning, not a refusal (plans are often partial). */
	public boolean fundingGap() {
		return plannedFunding.signum() > 0 && plannedFunding.compareTo(cost) != 0;
	}
}

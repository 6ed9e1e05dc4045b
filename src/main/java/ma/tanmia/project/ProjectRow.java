package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;

import ma.tanmia.shared.LocalizedName;

/** A project as a list shows it. */
record ProjectRow(long id, String code, LocalizedName title, long programId, String sectorCode, LocalizedName sector,
		String territoryCode, BigDecimal cost, ProjectStatus status, BigDecimal physicalProgress, BigDecimal committed,
		BigDecimal paid, LocalDate plannedEnd, boolean late) {

	/** Paid as a share of cost: the financial execution rate. */
	public BigDecimal financialProgress() {
		return cost.signum() == 0 ? BigDecimal.ZERO : paid.multiply(BigDecimal.valueOf(100)).divide(cost, 1, java.math.RoundingMode.HALF_UP);
	}
}

package ma.tanmia.ess;

import java.time.LocalDate;

/** A quality label (law 25-06) held by a product, with its certificate. */
public record QualityLabel(LabelKind kind, String name, String certificationBody, String certificateNumber,
		LocalDate validFrom, LocalDate validUntil) {

	/** Valid on the day and lapsing within {@code days} days (the day itself counted). */
	public boolean expiresWithin(LocalDate today, int days) {
		return !validUntil.isBefore(today) && !validUntil.isAfter(today.plusDays(days));
	}

	public boolean activeOn(LocalDate day) {
		return !validFrom.isAfter(day) && !validUntil.isBefore(day);
	}

	void check() {
		if (kind == null || blank(name) || blank(certificationBody) || blank(certificateNumber) || validFrom == null
				|| validUntil == null) {
			throw new EssRuleBroken("ess.label.required");
		}
		if (validUntil.isBefore(validFrom)) {
			throw new EssRuleBroken("ess.label.dates.order");
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}

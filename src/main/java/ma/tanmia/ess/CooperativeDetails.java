package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What the registry knows of a cooperative, as entered in a form, an imported row or the demo data. */
public record CooperativeDetails(String registrationNumber, LocalDate registeredOn, String nameAr, String nameFr,
		LegalForm legalForm, ValueChain valueChain, String territoryCode, int membersTotal, int membersWomen,
		int membersYouth, BigDecimal capital, CooperativeStatus status, boolean inDirectory) {
}

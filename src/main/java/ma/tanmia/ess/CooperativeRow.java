package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;

import ma.tanmia.shared.LocalizedName;

/** A cooperative as lists, the map, the directory and the API show it. */
public record CooperativeRow(long id, String registrationNumber, LocalDate registeredOn, LocalizedName name,
		LegalForm legalForm, ValueChain valueChain, String territoryCode, String territoryPath, int membersTotal, int membersWomen,
		int membersYouth, BigDecimal capital, CooperativeStatus status, boolean inDirectory, BigDecimal latitude,
		BigDecimal longitude, int activeLabels, long version) {
}

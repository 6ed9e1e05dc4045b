package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A cooperative (or union, economic interest group, association) as the registry keeps it. It guards
 * its own figures — women and youth among the members never more than the members, capital not
 * negative, a registration date not in the future — so no form, import or API can store a contradiction.
 */
@Table("ess_cooperative")
class Cooperative {

	@Id
	private Long id;
	private String registrationNumber;
	private LocalDate registeredOn;
	private String nameAr;
	private String nameFr;
	private LegalForm legalForm;
	private ValueChain valueChain;
	private String territoryCode;
	private String territoryPath;
	private BigDecimal latitude;
	private BigDecimal longitude;
	private int membersTotal;
	private int membersWomen;
	private int membersYouth;
	private BigDecimal capital = BigDecimal.ZERO;
	private CooperativeStatus status = CooperativeStatus.ACTIVE;
	private boolean inDirectory;
	private boolean demonstration;
	@Version
	private Long version;

	Cooperative() {
	}

	Cooperative(CooperativeDetails details, Location location, boolean demonstration, LocalDate today) {
		this.demonstration = demonstration;
		describe(details, location, today);
	}

	/** Where a cooperative sits: its unit's path and coordinates, as the territory module gave them. */
	record Location(String path, BigDecimal latitude, BigDecimal longitude) {
	}

	/** The checks every write goes through; the first broken rule is thrown with its figures. */
	static void check(CooperativeDetails d, LocalDate today) {
		if (d.registrationNumber() == null || d.registrationNumber().isBlank()) {
			throw new EssRuleBroken("ess.cooperative.registration.required");
		}
		if (d.nameAr() == null || d.nameAr().isBlank() || d.nameFr() == null || d.nameFr().isBlank()) {
			throw new EssRuleBroken("ess.cooperative.name.required");
		}
		if (d.registeredOn() == null || d.registeredOn().isAfter(today)) {
			throw new EssRuleBroken("ess.cooperative.registeredOn.future");
		}
		if (d.membersTotal() < 0 || d.membersWomen() < 0 || d.membersYouth() < 0) {
			throw new EssRuleBroken("ess.cooperative.members.negative");
		}
		if (d.membersWomen() > d.membersTotal()) {
			throw new EssRuleBroken("ess.cooperative.women.exceed", d.membersWomen(), d.membersTotal());
		}
		if (d.membersYouth() > d.membersTotal()) {
			throw new EssRuleBroken("ess.cooperative.youth.exceed", d.membersYouth(), d.membersTotal());
		}
		if (d.capital() == null || d.capital().signum() < 0) {
			throw new EssRuleBroken("ess.cooperative.capital.negative");
		}
		if (d.legalForm() == null || d.valueChain() == null || d.status() == null) {
			throw new EssRuleBroken("ess.cooperative.choice.required");
		}
	}

	void describe(CooperativeDetails d, Location location, LocalDate today) {
		check(d, today);
		registrationNumber = d.registrationNumber().strip();
		registeredOn = d.registeredOn();
		nameAr = d.nameAr().strip();
		nameFr = d.nameFr().strip();
		legalForm = d.legalForm();
		valueChain = d.valueChain();
		territoryCode = d.territoryCode();
		territoryPath = location.path();
		latitude = location.latitude();
		longitude = location.longitude();
		membersTotal = d.membersTotal();
		membersWomen = d.membersWomen();
		membersYouth = d.membersYouth();
		capital = d.capital();
		status = d.status();
		inDirectory = d.inDirectory();
	}

	CooperativeDetails details() {
		return new CooperativeDetails(registrationNumber, registeredOn, nameAr, nameFr, legalForm, valueChain,
				territoryCode, membersTotal, membersWomen, membersYouth, capital, status, inDirectory);
	}

	Long id() { return id; }
	String registrationNumber() { return registrationNumber; }
	String nameAr() { return nameAr; }
	String nameFr() { return nameFr; }
	ValueChain valueChain() { return valueChain; }
	String territoryCode() { return territoryCode; }
	String territoryPath() { return territoryPath; }
	CooperativeStatus status() { return status; }
	boolean demonstration() { return demonstration; }
	Long version() { return version; }
}

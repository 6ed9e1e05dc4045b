package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** The registry form's fields, as typed. */
public class CooperativeForm {

	private String registrationNumber;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate registeredOn;
	private String nameAr;
	private String nameFr;
	private LegalForm legalForm = LegalForm.COOPERATIVE;
	private ValueChain valueChain;
	private String territoryCode;
	private Integer membersTotal;
	private Integer membersWomen;
	private Integer membersYouth;
	private BigDecimal capital;
	private CooperativeStatus status = CooperativeStatus.ACTIVE;
	private boolean inDirectory;
	private Long version;

	static CooperativeForm of(CooperativeRow row) {
		CooperativeForm f = new CooperativeForm();
		f.registrationNumber = row.registrationNumber();
		f.registeredOn = row.registeredOn();
		f.nameAr = row.name().ar();
		f.nameFr = row.name().fr();
		f.legalForm = row.legalForm();
		f.valueChain = row.valueChain();
		f.territoryCode = row.territoryCode();
		f.membersTotal = row.membersTotal();
		f.membersWomen = row.membersWomen();
		f.membersYouth = row.membersYouth();
		f.capital = row.capital();
		f.status = row.status();
		f.inDirectory = row.inDirectory();
		f.version = row.version();
		return f;
	}

	CooperativeDetails details() {
		return new CooperativeDetails(registrationNumber, registeredOn, nameAr, nameFr, legalForm, valueChain,
				territoryCode == null ? null : territoryCode.strip().toUpperCase(java.util.Locale.ROOT),
				membersTotal == null ? 0 : membersTotal, membersWomen == null ? 0 : membersWomen,
				membersYouth == null ? 0 : membersYouth, capital == null ? BigDecimal.ZERO : capital, status, inDirectory);
	}

	public String getRegistrationNumber() { return registrationNumber; }
	public void setRegistrationNumber(String v) { registrationNumber = v; }
	public LocalDate getRegisteredOn() { return registeredOn; }
	public void setRegisteredOn(LocalDate v) { registeredOn = v; }
	public String getNameAr() { return nameAr; }
	public void setNameAr(String v) { nameAr = v; }
	public String getNameFr() { return nameFr; }
	public void setNameFr(String v) { nameFr = v; }
	public LegalForm getLegalForm() { return legalForm; }
	public void setLegalForm(LegalForm v) { legalForm = v; }
	public ValueChain getValueChain() { return valueChain; }
	public void setValueChain(ValueChain v) { valueChain = v; }
	public String getTerritoryCode() { return territoryCode; }
	public void setTerritoryCode(String v) { territoryCode = v; }
	public Integer getMembersTotal() { return membersTotal; }
	public void setMembersTotal(Integer v) { membersTotal = v; }
	public Integer getMembersWomen() { return membersWomen; }
	public void setMembersWomen(Integer v) { membersWomen = v; }
	public Integer getMembersYouth() { return membersYouth; }
	public void setMembersYouth(Integer v) { membersYouth = v; }
	public BigDecimal getCapital() { return capital; }
	public void setCapital(BigDecimal v) { capital = v; }
	public CooperativeStatus getStatus() { return status; }
	public void setStatus(CooperativeStatus v) { status = v; }
	public boolean isInDirectory() { return inDirectory; }
	public void setInDirectory(boolean v) { inDirectory = v; }
	public Long getVersion() { return version; }
	public void setVersion(Long v) { version = v; }
}

package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** The project form, as the planner fills it in; checked field by field before the aggregate checks the whole. */
public class ProjectForm {

	@NotBlank
	@Size(max = 64)
	@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*")
	private String code;
	@NotNull
	private Long programId;
	private Long nodeId;
	@NotBlank
	@Size(max = 500)
	private String titleAr;
	@NotBlank
	@Size(max = 500)
	private String titleFr;
	private String descriptionAr;
	private String descriptionFr;
	@NotBlank
	private String sectorCode;
	@NotNull
	private Competence competence = Competence.OWN;
	@NotBlank
	private String territoryCode;
	@DecimalMin("20") @DecimalMax("36.5")
	private BigDecimal latitude;
	@DecimalMin("-17.5") @DecimalMax("-0.5")
	private BigDecimal longitude;
	private String ownerOrgCode;
	private String executingOrgCode;
	@NotNull
	@DecimalMin("0")
	private BigDecimal cost;
	private boolean landSecured;
	private boolean studiesDone;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedStart;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate plannedEnd;
	private Long version;
	/** Other units served, as codes separated by commas or spaces. */
	private String servedTerritories;
	/** Partner organizations, as codes separated by commas or spaces. */
	private String partners;
	@Valid
	private List<FundingRow> funding = new ArrayList<>();

	public static class FundingRow {

		private String sourceCode;
		private Integer year;
		@DecimalMin("0")
		private BigDecimal amount;

		public String getSourceCode() { return sourceCode; }
		public void setSourceCode(String v) { sourceCode = v == null || v.isBlank() ? null : v; }
		public Integer getYear() { return year; }
		public void setYear(Integer v) { year = v; }
		public BigDecimal getAmount() { return amount; }
		public void setAmount(BigDecimal v) { amount = v; }

		boolean isBlank() {
			return sourceCode == null && year == null && amount == null;
		}
	}

	static ProjectForm of(Project p) {
		ProjectForm f = new ProjectForm();
		f.code = p.code();
		f.programId = p.programId();
		f.nodeId = p.nodeId();
		f.titleAr = p.titleAr();
		f.titleFr = p.titleFr();
		f.descriptionAr = p.descriptionAr();
		f.descriptionFr = p.descriptionFr();
		f.sectorCode = p.sectorCode();
		f.competence = p.competence();
		f.territoryCode = p.territoryCode();
		f.latitude = p.latitude();
		f.longitude = p.longitude();
		f.ownerOrgCode = p.ownerOrgCode();
		f.executingOrgCode = p.executingOrgCode();
		f.cost = p.cost();
		f.landSecured = p.landSecured();
		f.studiesDone = p.studiesDone();
		f.plannedStart = p.plannedStart();
		f.plannedEnd = p.plannedEnd();
		f.version = p.version();
		f.servedTerritories = String.join(", ", new java.util.TreeSet<>(p.servedTerritories()));
		f.partners = String.join(", ", new java.util.TreeSet<>(p.partners()));
		p.funding().stream()
			.sorted(java.util.Comparator.comparing(Project.FundingLine::year).thenComparing(Project.FundingLine::sourceCode))
			.forEach(line -> {
				FundingRow row = new FundingRow();
				row.sourceCode = line.sourceCode();
				row.year = line.year();
				row.amount = line.amount();
				f.funding.add(row);
			});
		return f;
	}

	/** Room for new funding lines in the form. */
	void withEmptyFundingRows(int count) {
		for (int i = 0; i < count; i++) {
			funding.add(new FundingRow());
		}
	}

	ProjectDescription description() {
		return new ProjectDescription(titleAr, titleFr, blankToNull(descriptionAr), blankToNull(descriptionFr), nodeId,
				sectorCode, competence, territoryCode == null ? null : territoryCode.trim(), null, latitude, longitude,
				blankToNull(ownerOrgCode), blankToNull(executingOrgCode), cost, landSecured, studiesDone, plannedStart,
				plannedEnd);
	}

	/** Funding lines; a repeated source and year is summed. Incomplete lines are the controller's to reject. */
	Set<Project.FundingLine> fundingLines() {
		java.util.Map<String, BigDecimal> sums = new java.util.LinkedHashMap<>();
		funding.stream().filter(r -> !r.isBlank() && r.sourceCode != null && r.year != null && r.amount != null)
			.forEach(r -> sums.merge(r.sourceCode + "|" + r.year, r.amount, BigDecimal::add));
		Set<Project.FundingLine> lines = new HashSet<>();
		sums.forEach((k, v) -> lines.add(new Project.FundingLine(k.split("\\|")[0], Integer.parseInt(k.split("\\|")[1]), v)));
		return lines;
	}

	static Set<String> codes(String list) {
		Set<String> codes = new java.util.TreeSet<>();
		if (list != null) {
			for (String code : list.split("[,;\\s]+")) {
				if (!code.isBlank()) {
					codes.add(code.trim());
				}
			}
		}
		return codes;
	}

	Set<String> servedTerritoryCodes() {
		return codes(servedTerritories);
	}

	Set<String> partnerCodes() {
		return codes(partners);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	public String getCode() { return code; }
	public void setCode(String v) { code = v == null ? null : v.trim(); }
	public Long getProgramId() { return programId; }
	public void setProgramId(Long v) { programId = v; }
	public Long getNodeId() { return nodeId; }
	public void setNodeId(Long v) { nodeId = v; }
	public String getTitleAr() { return titleAr; }
	public void setTitleAr(String v) { titleAr = v; }
	public String getTitleFr() { return titleFr; }
	public void setTitleFr(String v) { titleFr = v; }
	public String getDescriptionAr() { return descriptionAr; }
	public void setDescriptionAr(String v) { descriptionAr = v; }
	public String getDescriptionFr() { return descriptionFr; }
	public void setDescriptionFr(String v) { descriptionFr = v; }
	public String getSectorCode() { return sectorCode; }
	public void setSectorCode(String v) { sectorCode = v; }
	public Competence getCompetence() { return competence; }
	public void setCompetence(Competence v) { competence = v; }
	public String getTerritoryCode() { return territoryCode; }
	public void setTerritoryCode(String v) { territoryCode = v; }
	public BigDecimal getLatitude() { return latitude; }
	public void setLatitude(BigDecimal v) { latitude = v; }
	public BigDecimal getLongitude() { return longitude; }
	public void setLongitude(BigDecimal v) { longitude = v; }
	public String getOwnerOrgCode() { return ownerOrgCode; }
	public void setOwnerOrgCode(String v) { ownerOrgCode = v; }
	public String getExecutingOrgCode() { return executingOrgCode; }
	public void setExecutingOrgCode(String v) { executingOrgCode = v; }
	public BigDecimal getCost() { return cost; }
	public void setCost(BigDecimal v) { cost = v; }
	public boolean isLandSecured() { return landSecured; }
	public void setLandSecured(boolean v) { landSecured = v; }
	public boolean isStudiesDone() { return studiesDone; }
	public void setStudiesDone(boolean v) { studiesDone = v; }
	public LocalDate getPlannedStart() { return plannedStart; }
	public void setPlannedStart(LocalDate v) { plannedStart = v; }
	public LocalDate getPlannedEnd() { return plannedEnd; }
	public void setPlannedEnd(LocalDate v) { plannedEnd = v; }
	public Long getVersion() { return version; }
	public void setVersion(Long v) { version = v; }
	public String getServedTerritories() { return servedTerritories; }
	public void setServedTerritories(String v) { servedTerritories = v; }
	public String getPartners() { return partners; }
	public void setPartners(String v) { partners = v; }
	public List<FundingRow> getFunding() { return funding; }
	public void setFunding(List<FundingRow> v) { funding = v; }
}

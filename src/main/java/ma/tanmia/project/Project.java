package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A project as an aggregate: its description, location, funding plan, schedule and progress. It
 * guards its own consistency — progress within 0–100 %, a completed project at 100 % with an end
 * date, dates in order — so no form, import or API can store a contradiction.
 */
@Table("project")
class Project {

	@Id
	private Long id;
	private String code;
	private Long programId;
	/** Its program's mandate, copied so lists filter by mandate on one index range (V90). */
	private String mandateCode;
	private Long nodeId;
	private String titleAr;
	private String titleFr;
	private String descriptionAr;
	private String descriptionFr;
	private String sectorCode;
	private Competence competence;
	private String territoryCode;
	private String territoryPath;
	private BigDecimal latitude;
	private BigDecimal longitude;
	private String ownerOrgCode;
	private String executingOrgCode;
	private BigDecimal cost;
	private boolean landSecured;
	private boolean studiesDone;
	private LocalDate plannedStart;
	private LocalDate plannedEnd;
	private LocalDate actualStart;
	private LocalDate actualEnd;
	private ProjectStatus status = ProjectStatus.PROGRAMMED;
	private BigDecimal physicalProgress = BigDecimal.ZERO;
	private BigDecimal committed = BigDecimal.ZERO;
	private BigDecimal paid = BigDecimal.ZERO;
	private Long contributesToNode;
	private Long carriedFrom;
	private String searchText = "";
	private boolean demonstration;
	@Version
	private Long version;
	@MappedCollection(idColumn = "project_id")
	private Set<FundingLine> funding = new HashSet<>();
	@MappedCollection(idColumn = "project_id")
	private Set<ServedTerritory> servedTerritories = new HashSet<>();
	@MappedCollection(idColumn = "project_id")
	private Set<Partner> partners = new HashSet<>();

	@Table("project_funding")
	record FundingLine(String sourceCode, int year, BigDecimal amount) {
	}

	@Table("project_territory")
	record ServedTerritory(String territoryCode) {
	}

	@Table("project_partner")
	record Partner(String orgCode) {
	}

	Project() {
	}

	Project(String code, long programId, String mandateCode, ProjectDescription description, boolean demonstration) {
		this.code = code;
		this.programId = programId;
		this.mandateCode = mandateCode;
		this.demonstration = demonstration;
		describe(description);
	}

	void describe(ProjectDescription d) {
		if (d.cost() == null || d.cost().signum() < 0) {
			throw new ProjectRuleBroken("project.cost.negative");
		}
		if (d.plannedStart() != null && d.plannedEnd() != null && d.plannedEnd().isBefore(d.plannedStart())) {
			throw new ProjectRuleBroken("project.dates.order");
		}
		titleAr = d.titleAr().strip();
		titleFr = d.titleFr().strip();
		descriptionAr = d.descriptionAr();
		descriptionFr = d.descriptionFr();
		nodeId = d.nodeId();
		sectorCode = d.sectorCode();
		competence = d.competence();
		territoryCode = d.territoryCode();
		territoryPath = d.territoryPath();
		latitude = d.latitude();
		longitude = d.longitude();
		ownerOrgCode = d.ownerOrgCode();
		executingOrgCode = d.executingOrgCode();
		cost = d.cost();
		landSecured = d.landSecured();
		studiesDone = d.studiesDone();
		plannedStart = d.plannedStart();
		plannedEnd = d.plannedEnd();
		searchText = ArabicText.fold(code + " " + titleAr + " " + titleFr);
	}

	/**
	 * A progress report: the new status and physical progress on a date. Completion means 100 % and
	 * an actual end; starting work sets the actual start.
	 */
	void reportProgress(ProjectStatus newStatus, BigDecimal progress, LocalDate on) {
		ProgressRule.Outcome outcome = ProgressRule.apply(actualStart, newStatus, progress, on);
		status = outcome.status();
		physicalProgress = outcome.progress();
		actualStart = outcome.actualStart();
		actualEnd = outcome.actualEnd();
	}

	/** The planned dates and funding plan a chosen multi-year programming gives the project. */
	void program(LocalDate start, LocalDate end, Set<FundingLine> lines) {
		if (start == null || end == null || end.isBefore(start)) {
			throw new ProjectRuleBroken("project.dates.order");
		}
		plannedStart = start;
		plannedEnd = end;
		planFunding(lines);
	}

	void planFunding(Set<FundingLine> lines) {
		funding.clear();
		lines.stream().filter(l -> l.amount().signum() > 0).forEach(funding::add);
	}

	void serve(Set<String> territoryCodes) {
		servedTerritories.clear();
		territoryCodes.forEach(c -> servedTerritories.add(new ServedTerritory(c)));
	}

	void partnerWith(Set<String> organizationCodes) {
		partners.clear();
		organizationCodes.forEach(c -> partners.add(new Partner(c)));
	}

	void contributeTo(Long higherLevelNode) {
		contributesToNode = higherLevelNode;
	}

	void carryOverFrom(Long previousProject) {
		carriedFrom = previousProject;
	}

	/** A commitment or payment was recorded: the running totals follow. */
	void recordFinance(boolean payment, BigDecimal amount) {
		if (payment) {
			paid = paid.add(amount);
		}
		else {
			committed = committed.add(amount);
		}
	}

	/** The state was written with its version checked: the stored version moved on by one. */
	void stateSaved() {
		version = version + 1;
	}

	BigDecimal plannedFunding() {
		return funding.stream().map(FundingLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	Long id() { return id; }
	String code() { return code; }
	long programId() { return programId; }
	Long nodeId() { return nodeId; }
	String titleAr() { return titleAr; }
	String titleFr() { return titleFr; }
	String descriptionAr() { return descriptionAr; }
	String descriptionFr() { return descriptionFr; }
	String sectorCode() { return sectorCode; }
	Competence competence() { return competence; }
	String territoryCode() { return territoryCode; }
	String territoryPath() { return territoryPath; }
	BigDecimal latitude() { return latitude; }
	BigDecimal longitude() { return longitude; }
	String ownerOrgCode() { return ownerOrgCode; }
	String executingOrgCode() { return executingOrgCode; }
	BigDecimal cost() { return cost; }
	boolean landSecured() { return landSecured; }
	boolean studiesDone() { return studiesDone; }
	LocalDate plannedStart() { return plannedStart; }
	LocalDate plannedEnd() { return plannedEnd; }
	LocalDate actualStart() { return actualStart; }
	LocalDate actualEnd() { return actualEnd; }
	ProjectStatus status() { return status; }
	BigDecimal physicalProgress() { return physicalProgress; }
	BigDecimal committed() { return committed; }
	BigDecimal paid() { return paid; }
	Long contributesToNode() { return contributesToNode; }
	Long carriedFrom() { return carriedFrom; }
	boolean demonstration() { return demonstration; }
	Long version() { return version; }
	Set<FundingLine> funding() { return Set.copyOf(funding); }
	Set<String> servedTerritories() { return servedTerritories.stream().map(ServedTerritory::territoryCode).collect(java.util.stream.Collectors.toSet()); }
	Set<String> partners() { return partners.stream().map(Partner::orgCode).collect(java.util.stream.Collectors.toSet()); }
}

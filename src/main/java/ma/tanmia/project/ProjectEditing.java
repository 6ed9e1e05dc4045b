package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import ma.tanmia.territory.Territories;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change to a project goes through here: checked against the editor's scope (the program's
 * collectivity), against the version the editor started from, and written to the audit trail with
 * the values before and after.
 */
@Service
public class ProjectEditing {

	/** The project changed since the editor opened it: nothing was written. */
	static class EditConflict extends RuntimeException {

		final Map<String, Object> current;

		EditConflict(Map<String, Object> current) {
			super("The project was changed by someone else");
			this.current = current;
		}
	}

	private final ProjectRepository projects;
	private final Programs programs;
	private final Territories territories;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;
	private final ma.tanmia.organization.Organizations organizations;
	private final ProjectTally tally;

	ProjectEditing(ProjectRepository projects, Programs programs, Territories territories, JdbcClient jdbc,
			ApplicationEventPublisher events, JsonMapper json, org.springframework.jdbc.core.JdbcTemplate jdbcTemplate,
			ma.tanmia.organization.Organizations organizations, ProjectTally tally) {
		this.organizations = organizations;
		this.tally = tally;
		this.json = json;
		this.jdbcTemplate = jdbcTemplate;
		this.projects = projects;
		this.programs = programs;
		this.territories = territories;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** An administrator, or a planner whose scope covers the program's collectivity. */
	boolean mayEdit(Program program) {
		return Authorizations.current().canActOn(program.territoryPath(), Role.ADMINISTRATOR, Role.PLANNER);
	}

	Program editableProgram(long programId) {
		Program program = programs.find(programId).orElseThrow(() -> new ProjectRuleBroken("project.program.unknown"));
		if (!mayEdit(program)) {
			throw new AccessDeniedException("Program " + program.code() + " is outside the editor's scope");
		}
		return program;
	}

	Project editable(String code) {
		Project project = projects.findByCode(code).orElseThrow(() -> new ProjectNotFound(code));
		editableProgram(project.programId());
		return project;
	}

	/**
	 * Who may keep a project's execution up to date — progress, commitments and payments, blockings,
	 * actions, documents: those who may edit its program, and a government sector's focal point for
	 * the projects its own organization owns or executes, where its scope covers them (the brief: the
	 * focal point "updates the sector's projects in the territory"). Describing the project, its
	 * funding plan and its links stays with the program's planners.
	 */
	boolean mayUpdate(Project project, Program program) {
		if (mayEdit(program)) {
			return true;
		}
		if (!Authorizations.current().canActOn(project.territoryPath(), Role.SECTOR_FOCAL_POINT)) {
			return false;
		}
		return ma.tanmia.identity.CurrentPerson.organizationId()
			.flatMap(organizations::find)
			.map(ma.tanmia.organization.Organization::code)
			.filter(own -> own.equals(project.ownerOrgCode()) || own.equals(project.executingOrgCode()))
			.isPresent();
	}

	/** The project, if the current person may update its execution ({@link #mayUpdate}). */
	Project updatable(String code) {
		Project project = projects.findByCode(code).orElseThrow(() -> new ProjectNotFound(code));
		Program program = programs.find(project.programId()).orElseThrow();
		if (!mayUpdate(project, program)) {
			throw new AccessDeniedException("Project " + code + " is outside what the person may update");
		}
		return project;
	}

	/** The main location must exist and lie within the program's collectivity. */
	String locate(Program program, String territoryCode) {
		String path = territories.pathOf(territoryCode).orElseThrow(() -> new ProjectRuleBroken("project.territory.unknown"));
		if (!path.startsWith(program.territoryPath())) {
			throw new ProjectRuleBroken("project.territory.outside");
		}
		return path;
	}

	/** Registers a project in a program; returns its id. */
	@Transactional
	public long register(String code, long programId, ProjectDescription description, List<PlannedFunding> funding,
			boolean demonstration) {
		return create(code, programId, description, funding.stream()
			.map(f -> new Project.FundingLine(f.sourceCode(), f.year(), f.amount()))
			.collect(java.util.stream.Collectors.toSet()), demonstration).id();
	}

	@Transactional
	Project create(String code, long programId, ProjectDescription description, Set<Project.FundingLine> funding,
			boolean demonstration) {
		Program program = editableProgram(programId);
		if (projects.findByCode(code).isPresent()) {
			throw new ProjectRuleBroken("project.code.taken");
		}
		checkNode(program, description.nodeId());
		Project project = new Project(code, programId, program.mandateCode(), withPath(program, description), demonstration);
		project.planFunding(funding);
		Project saved = projects.save(project);
		tally.touch(saved.programId(), saved.territoryPath());
		events.publishEvent(EntityChanged.created("Project", code, description.titleFr(), ProjectSnapshot.of(saved)));
		return saved;
	}

	@Transactional
	Project describe(String code, long expectedVersion, ProjectDescription description, Set<Project.FundingLine> funding) {
		Project project = editable(code);
		Program program = programs.find(project.programId()).orElseThrow();
		if (project.version() != expectedVersion) {
			throw new EditConflict(ProjectSnapshot.of(project));
		}
		checkNode(program, description.nodeId());
		Map<String, Object> before = ProjectSnapshot.of(project);
		// The cost, sector, node, location or funding plan may change: the cells it leaves and joins.
		tally.touch(project.programId(), project.territoryPath());
		project.describe(withPath(program, description));
		project.planFunding(funding);
		tally.touch(project.programId(), project.territoryPath());
		return save(project, before);
	}

	/** The planned dates and yearly funding plan a chosen multi-year programming gives a project. */
	public record Programmed(String code, long expectedVersion, LocalDate plannedStart, LocalDate plannedEnd,
			List<PlannedFunding> funding) {
	}

	/** Projects changed since the version a programming read them at: nothing was written. */
	public static class ProgrammingConflict extends RuntimeException {

		public final List<String> codes;

		ProgrammingConflict(List<String> codes) {
			super("Projects changed since they were read: " + codes);
			this.codes = List.copyOf(codes);
		}
	}

	/**
	 * Writes the planned dates and funding plans of a chosen programming, all or nothing: every project
	 * is checked (the editor's scope, the version read) before any is written; each change is audited.
	 */
	@Transactional
	public void program(List<Programmed> plans) {
		List<Project> loaded = new java.util.ArrayList<>();
		List<String> changed = new java.util.ArrayList<>();
		for (Programmed plan : plans) {
			Project project = editable(plan.code());
			if (project.version() != plan.expectedVersion()) {
				changed.add(plan.code());
			}
			loaded.add(project);
		}
		if (!changed.isEmpty()) {
			throw new ProgrammingConflict(changed);
		}
		for (int i = 0; i < plans.size(); i++) {
			Project project = loaded.get(i);
			Programmed plan = plans.get(i);
			Map<String, Object> before = ProjectSnapshot.of(project);
			// The funding plan by source is part of the evaluation's live tallies.
			tally.touch(project.programId(), project.territoryPath());
			project.program(plan.plannedStart(), plan.plannedEnd(), plan.funding().stream()
				.map(f -> new Project.FundingLine(f.sourceCode(), f.year(), f.amount()))
				.collect(java.util.stream.Collectors.toSet()));
			try {
				save(project, before);
			}
			catch (EditConflict conflict) {
				throw new ProgrammingConflict(List.of(plan.code()));
			}
		}
	}

	/** Records a progress report (status and physical progress on a date) against the current version. */
	@Transactional
	public void reportProgress(String code, ProjectStatus status, BigDecimal progress, LocalDate on, String comment,
			String by) {
		progress(updatable(code), status, progress, on, comment, by);
	}

	/** One progress report of a batch, against the version the reporter saw. */
	public record ProgressReport(String code, long expectedVersion, ProjectStatus status, BigDecimal progress,
			LocalDate on, String comment) {
	}

	/** A report of a batch was refused; nothing of the batch was written. */
	public static class ReportRefused extends RuntimeException {

		public final int index;
		public final String messageKey;

		ReportRefused(int index, String messageKey) {
			super(messageKey + " at report " + index);
			this.index = index;
			this.messageKey = messageKey;
		}
	}

	static final int BATCH = 1000;

	/**
	 * Many progress reports in one transaction, under the same rules, scope checks, version checks and
	 * audit as one report, but a few statements per thousand projects instead of several per project:
	 * the path of bulk updates (10,000 rows in seconds, docs/EXCEL.md).
	 */
	@Transactional
	public void reportProgressAll(List<ProgressReport> reports, String by) {
		reviseAll(reports.stream().map(r -> new Revision(r.code(), r.expectedVersion(), null, r)).toList(), by);
	}

	/** A change of schedule and maturity of a batch, against the version the editor saw. */
	public record Rescheduling(String code, long expectedVersion, LocalDate plannedEnd, boolean landSecured,
			boolean studiesDone) {
	}

	/**
	 * What a bulk update changes in one project, against the version the editor saw: its schedule and
	 * maturity (null: unchanged), a progress report (null: none), or both — written as one change.
	 */
	public record Revision(String code, long expectedVersion, Rescheduling schedule, ProgressReport report) {
	}

	/**
	 * Many revisions in one transaction, with the scope, version, date-order and progress checks and the
	 * audit of the project form and of a progress report, in a few statements per thousand projects
	 * whatever each row changes: one UPDATE per project (its version goes up by one, even when both its
	 * schedule and its progress change), one history line per report, one audit event per batch.
	 */
	@Transactional
	public void reviseAll(List<Revision> revisions, String by) {
		record State(long id, String code, long programId, String titleFr, String status, BigDecimal progress,
				LocalDate actualStart, LocalDate actualEnd, LocalDate plannedStart, LocalDate plannedEnd, boolean land,
				boolean studies, long version, String territoryPath) {
		}
		for (int from = 0; from < revisions.size(); from += BATCH) {
			List<Revision> chunk = revisions.subList(from, Math.min(revisions.size(), from + BATCH));
			Map<String, State> states = new java.util.HashMap<>();
			jdbc.sql("""
					select id, code, program_id, title_fr, status, physical_progress, actual_start, actual_end,
					       planned_start, planned_end, land_secured, studies_done, version, territory_path
					from project where code in (:codes)
					""")
				.param("codes", chunk.stream().map(Revision::code).toList())
				.query((rs, n) -> new State(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
						rs.getString(5), rs.getBigDecimal(6), rs.getObject(7, LocalDate.class),
						rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
						rs.getBoolean(11), rs.getBoolean(12), rs.getLong(13), rs.getString(14)))
				.list()
				.forEach(st -> states.put(st.code(), st));
			Map<Long, Program> programsById = programs.byIds(states.values().stream().map(State::programId).distinct().toList());
			List<Object[]> updates = new java.util.ArrayList<>();
			List<Object[]> histories = new java.util.ArrayList<>();
			List<EntityChanged> audit = new java.util.ArrayList<>();
			List<ProjectTally.Cell> progressed = new java.util.ArrayList<>();
			for (int i = 0; i < chunk.size(); i++) {
				Revision revision = chunk.get(i);
				State state = states.get(revision.code());
				int index = from + i;
				if (state == null) {
					throw new ReportRefused(index, "project.unknown");
				}
				if (!mayEdit(programsById.get(state.programId()))) {
					throw new AccessDeniedException("Project " + revision.code() + " is outside the editor's scope");
				}
				if (state.version() != revision.expectedVersion()) {
					throw new ReportRefused(index, "project.conflict");
				}
				Rescheduling schedule = revision.schedule() != null ? revision.schedule()
						: new Rescheduling(state.code(), state.version(), state.plannedEnd(), state.land(), state.studies());
				if (state.plannedStart() != null && schedule.plannedEnd() != null
						&& schedule.plannedEnd().isBefore(state.plannedStart())) {
					throw new ReportRefused(index, "project.dates.order");
				}
				ProgressRule.Outcome outcome = new ProgressRule.Outcome(ProjectStatus.valueOf(state.status()),
						state.progress(), state.actualStart(), state.actualEnd());
				ProgressReport report = revision.report();
				if (report != null) {
					try {
						outcome = ProgressRule.apply(state.actualStart(), report.status(), report.progress(), report.on());
					}
					catch (ProjectRuleBroken broken) {
						throw new ReportRefused(index, broken.messageKey);
					}
					Map<String, Object> changes = new LinkedHashMap<>();
					changes.put("status", Map.of("from", state.status(), "to", outcome.status().name()));
					changes.put("physical_progress", Map.of("from", state.progress(), "to", outcome.progress()));
					String comment = report.comment() == null || report.comment().isBlank() ? null : report.comment().strip();
					histories.add(new Object[] { state.id(), report.on(), by, outcome.status().name(), outcome.progress(),
							comment, json.writeValueAsString(changes) });
					progressed.add(new ProjectTally.Cell(state.programId(), state.territoryPath()));
				}
				updates.add(new Object[] { schedule.plannedEnd(), schedule.landSecured(), schedule.studiesDone(),
						outcome.status().name(), outcome.progress(), outcome.actualStart(), outcome.actualEnd(), state.id(),
						state.version() });
				Map<String, Object> before = new LinkedHashMap<>();
				Map<String, Object> after = new LinkedHashMap<>();
				if (revision.schedule() != null) {
					before.putAll(scheduleOf(state.plannedEnd(), state.land(), state.studies(), state.version()));
					after.putAll(scheduleOf(schedule.plannedEnd(), schedule.landSecured(), schedule.studiesDone(),
							state.version() + 1));
				}
				if (report != null) {
					before.putAll(stateOf(state.status(), state.progress(), state.actualStart(), state.actualEnd(),
							state.version()));
					after.putAll(stateOf(outcome.status().name(), outcome.progress(), outcome.actualStart(),
							outcome.actualEnd(), state.version() + 1));
				}
				audit.add(EntityChanged.updated("Project", state.code(), state.titleFr(), before, after));
			}
			int[] written = jdbcTemplate.batchUpdate("""
					update project set planned_end = ?, land_secured = ?, studies_done = ?, status = ?,
					    physical_progress = ?, actual_start = ?, actual_end = ?, version = version + 1
					where id = ? and version = ?
					""", updates);
			for (int i = 0; i < written.length; i++) {
				if (written[i] == 0) {
					throw new ReportRefused(from + i, "project.conflict");
				}
			}
			if (!histories.isEmpty()) {
				jdbcTemplate.batchUpdate("""
						insert into project_progress (project_id, recorded_on, recorded_by, status, physical_progress, comment, changes)
						values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
						""", histories);
			}
			tally.touch(progressed);
			events.publishEvent(new ma.tanmia.audit.EntitiesChanged(audit));
		}
	}

	private static Map<String, Object> scheduleOf(LocalDate plannedEnd, boolean land, boolean studies, long version) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("planned_end", plannedEnd);
		values.put("land_secured", land);
		values.put("studies_done", studies);
		values.put("version", version);
		return values;
	}

	private static Map<String, Object> stateOf(String status, BigDecimal progress, LocalDate start, LocalDate end,
			long version) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", status);
		values.put("physical_progress", progress);
		values.put("actual_start", start);
		values.put("actual_end", end);
		values.put("version", version);
		return values;
	}

	@Transactional
	Project reportProgress(String code, long expectedVersion, ProjectStatus status, BigDecimal progress, LocalDate on,
			String comment, String by) {
		Project project = updatable(code);
		if (project.version() != expectedVersion) {
			throw new EditConflict(ProjectSnapshot.of(project));
		}
		return progress(project, status, progress, on, comment, by);
	}

	private Project progress(Project project, ProjectStatus status, BigDecimal progress, LocalDate on, String comment,
			String by) {
		Map<String, Object> before = ProjectSnapshot.of(project);
		project.reportProgress(status, progress, on);
		Project saved = saveState(project, before);
		Map<String, Object> changes = new LinkedHashMap<>();
		changes.put("status", Map.of("from", before.get("status"), "to", status.name()));
		changes.put("physical_progress", Map.of("from", before.get("physical_progress"), "to", progress));
		jdbc.sql("""
				insert into project_progress (project_id, recorded_on, recorded_by, status, physical_progress, comment, changes)
				values (:id, :on, :by, :status, :progress, :comment, cast(:changes as jsonb))
				""")
			.param("id", saved.id()).param("on", on).param("by", by).param("status", status.name())
			.param("progress", progress).param("comment", comment == null || comment.isBlank() ? null : comment.strip())
			.param("changes", json.writeValueAsString(changes))
			.update();
		return saved;
	}

	@Transactional
	public void recordFinance(String code, String sourceCode, boolean payment, LocalDate on, BigDecimal amount, String reference,
			String by) {
		if (amount == null || amount.signum() <= 0) {
			throw new ProjectRuleBroken("project.finance.amount");
		}
		Project project = updatable(code);
		if (jdbc.sql("select count(*) from funding_source where code = :c").param("c", sourceCode).query(Long.class)
			.single() == 0) {
			throw new ProjectRuleBroken("project.finance.source");
		}
		if (payment) {
			// Each source pays what it committed: one partner's commitment does not cover another's payment.
			BigDecimal committedBySource = jdbc.sql("""
					select coalesce(sum(amount) filter (where kind = 'COMMITMENT'), 0)
					     - coalesce(sum(amount) filter (where kind = 'PAYMENT'), 0)
					from project_financial_event where project_id = :id and source_code = :source
					""").param("id", project.id()).param("source", sourceCode).query(BigDecimal.class).single();
			if (amount.compareTo(committedBySource) > 0) {
				throw new ProjectRuleBroken("project.finance.paidOverCommitted");
			}
		}
		Map<String, Object> before = ProjectSnapshot.of(project);
		project.recordFinance(payment, amount);
		jdbc.sql("""
				insert into project_financial_event (project_id, source_code, kind, occurred_on, amount, reference, recorded_by)
				values (:id, :source, :kind, :on, :amount, :reference, :by)
				""")
			.param("id", project.id()).param("source", sourceCode).param("kind", payment ? "PAYMENT" : "COMMITMENT")
			.param("on", on).param("amount", amount).param("reference", reference).param("by", by)
			.update();
		saveState(project, before);
	}

	@Transactional
	public void recordBlocking(String code, String causeCode, LocalDate from, LocalDate to, String description,
			String resolution) {
		Project project = updatable(code);
		if (from == null || (to != null && to.isBefore(from))) {
			throw new ProjectRuleBroken("project.dates.order");
		}
		if (jdbc.sql("select count(*) from blocking_cause where code = :c and active").param("c", causeCode)
			.query(Long.class).single() == 0) {
			throw new ProjectRuleBroken("project.cause.unknown");
		}
		long id = jdbc.sql("""
				insert into project_blocking (project_id, cause_code, started_on, ended_on, description, resolution)
				values (:id, :cause, :from, :to, :description, :resolution) returning id
				""")
			.param("id", project.id()).param("cause", causeCode).param("from", from).param("to", to)
			.param("description", description).param("resolution", resolution)
			.query(Long.class).single();
		tally.touch(project.programId(), project.territoryPath());
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("project", code);
		after.put("cause", causeCode);
		after.put("started_on", from);
		after.put("ended_on", to);
		after.put("description", description);
		after.put("resolution", resolution);
		events.publishEvent(EntityChanged.created("ProjectBlocking", code + "#" + id, causeCode, after));
	}

	/**
	 * Sets the other units a project serves (each inside the program's collectivity) and its partner
	 * organizations (each known).
	 */
	@Transactional
	public void serveAndPartner(String code, java.util.Set<String> territoryCodes, java.util.Set<String> partnerCodes) {
		Project project = editable(code);
		checkLinks(programs.find(project.programId()).orElseThrow(), territoryCodes, partnerCodes);
		if (project.servedTerritories().equals(territoryCodes) && project.partners().equals(partnerCodes)) {
			return;
		}
		Map<String, Object> before = ProjectSnapshot.of(project);
		project.serve(territoryCodes);
		project.partnerWith(partnerCodes);
		save(project, before);
	}

	/** Served units lie in the program's collectivity; partners are known organizations. */
	void checkLinks(Program program, java.util.Set<String> territoryCodes, java.util.Set<String> partnerCodes) {
		for (String territory : territoryCodes) {
			try {
				locate(program, territory);
			}
			catch (ProjectRuleBroken broken) {
				throw new ProjectRuleBroken("project.served.outside");
			}
		}
		if (organizations.byCodes(partnerCodes).size() != partnerCodes.size()) {
			throw new ProjectRuleBroken("project.partner.unknown");
		}
	}

	/**
	 * Links a project of a new mandate to the project of the previous mandate it continues (linked,
	 * not copied: each keeps its own history).
	 */
	@Transactional
	public void carryOver(String code, String previousCode) {
		Project project = editable(code);
		Project previous = projects.findByCode(previousCode).orElseThrow(() -> new ProjectNotFound(previousCode));
		Program now = programs.find(project.programId()).orElseThrow();
		Program then = programs.find(previous.programId()).orElseThrow();
		if (previous.status() == ProjectStatus.COMPLETED) {
			throw new ProjectRuleBroken("project.carry.completed");
		}
		if (then.mandateCode().compareTo(now.mandateCode()) >= 0) {
			throw new ProjectRuleBroken("project.carry.mandate");
		}
		Map<String, Object> before = ProjectSnapshot.of(project);
		project.carryOverFrom(previous.id());
		saveState(project, before);
	}

	/**
	 * Carries an unfinished project into a program of the next mandate: a new project, linked to this
	 * one, with what remains to be done as its cost. Both keep their own history.
	 */
	@Transactional
	public String carryInto(String code, long targetProgramId) {
		Project previous = editable(code);
		Program target = editableProgram(targetProgramId);
		Program source = programs.find(previous.programId()).orElseThrow();
		if (previous.status() == ProjectStatus.COMPLETED) {
			throw new ProjectRuleBroken("project.carry.completed");
		}
		if (target.mandateCode().compareTo(source.mandateCode()) <= 0) {
			throw new ProjectRuleBroken("project.carry.mandate");
		}
		if (jdbc.sql("select count(*) from project where carried_from = :id and program_id = :p").param("id", previous.id())
			.param("p", targetProgramId).query(Long.class).single() > 0) {
			throw new ProjectRuleBroken("project.carry.done");
		}
		String newCode = previous.code() + "-" + target.mandateCode().substring(0, 4);
		java.math.BigDecimal remaining = previous.cost()
			.multiply(java.math.BigDecimal.valueOf(100).subtract(previous.physicalProgress()))
			.divide(java.math.BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
		Project carried = create(newCode, targetProgramId, new ProjectDescription(previous.titleAr(), previous.titleFr(),
				previous.descriptionAr(), previous.descriptionFr(), null, previous.sectorCode(), previous.competence(),
				previous.territoryCode(), null, previous.latitude(), previous.longitude(), previous.ownerOrgCode(),
				previous.executingOrgCode(), remaining, previous.landSecured(), previous.studiesDone(), null, null),
				java.util.Set.of(), previous.demonstration());
		Map<String, Object> before = ProjectSnapshot.of(carried);
		carried.carryOverFrom(previous.id());
		saveState(carried, before);
		return newCode;
	}

	/** Declares that a project serves an axis or sub-program of a higher-level program (PAC → PDP → PDR). */
	@Transactional
	public void contributeTo(String code, long higherLevelNodeId) {
		Project project = editable(code);
		Program own = programs.find(project.programId()).orElseThrow();
		Program higher = programs.nodeOwner(higherLevelNodeId).orElseThrow(() -> new ProjectRuleBroken("project.node.unknown"));
		// A higher level: same mandate, a collectivity whose territory contains the project's own program's.
		if (!higher.mandateCode().equals(own.mandateCode()) || !own.territoryPath().startsWith(higher.territoryPath())
				|| higher.territoryPath().equals(own.territoryPath())) {
			throw new ProjectRuleBroken("project.contribution.level");
		}
		Map<String, Object> before = ProjectSnapshot.of(project);
		project.contributeTo(higherLevelNodeId);
		saveState(project, before);
	}

	/** Adds an action (a step of the project) with its planned end. */
	@Transactional
	public void addAction(String code, String titleAr, String titleFr, LocalDate plannedEnd) {
		Project project = updatable(code);
		if (titleAr == null || titleAr.isBlank() || titleFr == null || titleFr.isBlank()) {
			throw new ProjectRuleBroken("project.action.title");
		}
		long id = jdbc.sql("""
				insert into project_action (project_id, title_ar, title_fr, planned_end, position)
				values (:id, :ar, :fr, :end, (select coalesce(max(position), 0) + 1 from project_action where project_id = :id))
				returning id
				""").param("id", project.id()).param("ar", titleAr.strip()).param("fr", titleFr.strip())
			.param("end", plannedEnd).query(Long.class).single();
		Map<String, Object> after = new java.util.LinkedHashMap<>();
		after.put("project", code);
		after.put("title_ar", titleAr.strip());
		after.put("title_fr", titleFr.strip());
		after.put("planned_end", plannedEnd);
		events.publishEvent(EntityChanged.created("ProjectAction", code + "#" + id, titleFr, after));
	}

	/** Marks an action done on a date. */
	@Transactional
	public void completeAction(String code, long actionId, LocalDate doneOn) {
		Project project = updatable(code);
		int updated = jdbc.sql("update project_action set done_on = :on where id = :id and project_id = :p and done_on is null")
			.param("on", doneOn).param("id", actionId).param("p", project.id()).update();
		if (updated == 0) {
			throw new ProjectRuleBroken("project.action.unknown");
		}
		events.publishEvent(EntityChanged.updated("ProjectAction", code + "#" + actionId, "done",
				Map.of("done_on", "—"), Map.of("done_on", doneOn.toString())));
	}

	/**
	 * Writes a change of state (status, progress, dates, financial totals, links) with one UPDATE
	 * checked against the version: unlike a full aggregate save it does not rewrite the funding plan,
	 * served territories and partners, which such a change never touches (bulk updates, docs/EXCEL.md).
	 */
	private Project saveState(Project project, Map<String, Object> before) {
		int updated = jdbc.sql("""
				update project set status = :status, physical_progress = :progress, actual_start = :actualStart,
				    actual_end = :actualEnd, committed = :committed, paid = :paid, contributes_to_node = :contributes,
				    carried_from = :carried, version = version + 1
				where id = :id and version = :version
				""")
			.param("status", project.status().name()).param("progress", project.physicalProgress())
			.param("actualStart", project.actualStart()).param("actualEnd", project.actualEnd())
			.param("committed", project.committed()).param("paid", project.paid())
			.param("contributes", project.contributesToNode()).param("carried", project.carriedFrom())
			.param("id", project.id()).param("version", project.version())
			.update();
		if (updated == 0) {
			throw new EditConflict(projects.findByCode(project.code()).map(ProjectSnapshot::of).orElse(before));
		}
		project.stateSaved();
		tally.touch(project.programId(), project.territoryPath());
		events.publishEvent(EntityChanged.updated("Project", project.code(), project.titleFr(), before,
				ProjectSnapshot.of(project)));
		return project;
	}

	private Project save(Project project, Map<String, Object> before) {
		try {
			Project saved = projects.save(project);
			events.publishEvent(EntityChanged.updated("Project", saved.code(), saved.titleFr(), before,
					ProjectSnapshot.of(saved)));
			return saved;
		}
		catch (OptimisticLockingFailureException e) {
			throw new EditConflict(projects.findByCode(project.code()).map(ProjectSnapshot::of).orElse(before));
		}
	}

	private ProjectDescription withPath(Program program, ProjectDescription d) {
		return new ProjectDescription(d.titleAr(), d.titleFr(), d.descriptionAr(), d.descriptionFr(), d.nodeId(),
				d.sectorCode(), d.competence(), d.territoryCode(), locate(program, d.territoryCode()), d.latitude(),
				d.longitude(), d.ownerOrgCode(), d.executingOrgCode(), d.cost(), d.landSecured(), d.studiesDone(),
				d.plannedStart(), d.plannedEnd());
	}

	private void checkNode(Program program, Long nodeId) {
		if (nodeId != null && programs.nodes(program.id()).stream().noneMatch(n -> n.id() == nodeId)) {
			throw new ProjectRuleBroken("project.node.unknown");
		}
	}
}

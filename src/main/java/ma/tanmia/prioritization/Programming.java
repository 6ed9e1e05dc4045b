package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.program.Program;
import ma.tanmia.project.ProjectCatalog;
import ma.tanmia.project.ProjectCatalog.ProjectSummary;
import ma.tanmia.project.ProjectEditing;
import ma.tanmia.project.PlannedFunding;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.CommuneKind;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Multi-year programming of a program: scenarios saved by its planners, each run in the background
 * (a job), compared side by side; the chosen one is the program's programming.
 */
@Service
public class Programming {

	private final JdbcClient jdbc;
	private final Prioritization prioritization;
	private final ProjectCatalog catalog;
	private final Territories territories;
	private final ProgrammingJobs jobs;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;
	private final ProjectEditing editing;

	Programming(JdbcClient jdbc, Prioritization prioritization, ProjectCatalog catalog, Territories territories,
			ProgrammingJobs jobs, JsonMapper json, ApplicationEventPublisher events, ProjectEditing editing) {
		this.editing = editing;
		this.jdbc = jdbc;
		this.prioritization = prioritization;
		this.catalog = catalog;
		this.territories = territories;
		this.jobs = jobs;
		this.json = json;
		this.events = events;
	}

	private static final String SCENARIO = """
			select id, program_id, name, first_year, years, caps, precedences, weights, rural_min_percent,
			       province_min_percent, max_starts_per_year, time_limit_seconds, chosen, created_by, version
			from programming_scenario
			""";

	@Transactional(readOnly = true)
	public List<Scenario> scenarios(long programId) {
		prioritization.readable(programId);
		return jdbc.sql(SCENARIO + " where program_id = :p order by id").param("p", programId).query(this::scenarioRow).list();
	}

	@Transactional(readOnly = true)
	public Optional<Scenario> scenario(long id) {
		Optional<Scenario> scenario = jdbc.sql(SCENARIO + " where id = :id").param("id", id).query(this::scenarioRow).optional();
		scenario.ifPresent(s -> prioritization.readable(s.programId()));
		return scenario;
	}

	/** Saves a scenario after checking its sources, caps, rules and precedences. */
	@Transactional
	public Scenario save(long programId, Scenario.Draft draft) {
		Program program = prioritization.editable(programId);
		check(programId, draft);
		if (jdbc.sql("select count(*) from programming_scenario where program_id = :p and name = :n").param("p", programId)
			.param("n", draft.name().strip()).query(Long.class).single() > 0) {
			throw new PrioritizationRefused("programming.scenario.nameTaken", draft.name());
		}
		long id = jdbc.sql("""
				insert into programming_scenario (program_id, name, first_year, years, caps, precedences, weights,
				    rural_min_percent, province_min_percent, max_starts_per_year, time_limit_seconds, created_by)
				values (:p, :name, :first, :years, cast(:caps as jsonb), cast(:prec as jsonb), cast(:weights as jsonb),
				    :rural, :province, :starts, :limit, :by) returning id
				""")
			.param("p", programId).param("name", draft.name().strip()).param("first", draft.firstYear())
			.param("years", draft.years()).param("caps", json.writeValueAsString(draft.caps()))
			.param("prec", json.writeValueAsString(draft.precedences() == null ? List.of() : draft.precedences()))
			.param("weights", draft.weights() == null ? null : json.writeValueAsString(draft.weights()))
			.param("rural", draft.ruralMinPercent()).param("province", draft.provinceMinPercent())
			.param("starts", draft.maxStartsPerYear()).param("limit", draft.timeLimitSeconds())
			.param("by", Prioritization.currentUser())
			.query(Long.class).single();
		Scenario saved = jdbc.sql(SCENARIO + " where id = :id").param("id", id).query(this::scenarioRow).single();
		events.publishEvent(EntityChanged.created("ProgrammingScenario", String.valueOf(saved.id()), program.code() + " · " + saved.name(),
				describe(saved)));
		return saved;
	}

	/**
	 * Changes a scenario's caps, rules and weights, against the version its editor saw. The chosen one
	 * is the program's programming, written into its projects: it is not changed (save another).
	 * Its runs stay, made with the rules they record in the audit trail.
	 */
	@Transactional
	public Scenario update(long scenarioId, long expectedVersion, Scenario.Draft draft) {
		Scenario current = scenario(scenarioId).orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		Program program = prioritization.editable(current.programId());
		if (current.chosen()) {
			throw new PrioritizationRefused("programming.scenario.chosenFixed", current.name());
		}
		check(current.programId(), draft);
		if (jdbc.sql("select count(*) from programming_scenario where program_id = :p and name = :n and id <> :id")
			.param("p", current.programId()).param("n", draft.name().strip()).param("id", scenarioId).query(Long.class)
			.single() > 0) {
			throw new PrioritizationRefused("programming.scenario.nameTaken", draft.name());
		}
		int written = jdbc.sql("""
				update programming_scenario set name = :name, first_year = :first, years = :years, caps = cast(:caps as jsonb),
				    precedences = cast(:prec as jsonb), weights = cast(:weights as jsonb), rural_min_percent = :rural,
				    province_min_percent = :province, max_starts_per_year = :starts, time_limit_seconds = :limit,
				    version = version + 1
				where id = :id and version = :version and not chosen
				""")
			.param("name", draft.name().strip()).param("first", draft.firstYear())
			.param("years", draft.years()).param("caps", json.writeValueAsString(draft.caps()))
			.param("prec", json.writeValueAsString(draft.precedences() == null ? List.of() : draft.precedences()))
			.param("weights", draft.weights() == null ? null : json.writeValueAsString(draft.weights()))
			.param("rural", draft.ruralMinPercent()).param("province", draft.provinceMinPercent())
			.param("starts", draft.maxStartsPerYear()).param("limit", draft.timeLimitSeconds())
			.param("id", scenarioId).param("version", expectedVersion)
			.update();
		if (written == 0) {
			throw new PrioritizationRefused("programming.scenario.conflict", current.name());
		}
		Scenario saved = scenario(scenarioId).orElseThrow();
		events.publishEvent(EntityChanged.updated("ProgrammingScenario", String.valueOf(scenarioId),
				program.code() + " · " + saved.name(), describe(current), describe(saved)));
		return saved;
	}

	/**
	 * Deletes a scenario and its runs, against the version its editor saw; the chosen one (the
	 * program's programming) cannot be deleted.
	 */
	@Transactional
	public void delete(long scenarioId, long expectedVersion) {
		Scenario current = scenario(scenarioId).orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		Program program = prioritization.editable(current.programId());
		if (current.chosen()) {
			throw new PrioritizationRefused("programming.scenario.chosenKept", current.name());
		}
		if (jdbc.sql("select count(*) from programming_job where scenario_id = :id and status in ('QUEUED', 'RUNNING')")
			.param("id", scenarioId).query(Long.class).single() > 0) {
			throw new PrioritizationRefused("programming.scenario.running", current.name());
		}
		int deleted = jdbc.sql("delete from programming_scenario where id = :id and version = :version and not chosen")
			.param("id", scenarioId).param("version", expectedVersion).update();
		if (deleted == 0) {
			throw new PrioritizationRefused("programming.scenario.conflict", current.name());
		}
		events.publishEvent(EntityChanged.deleted("ProgrammingScenario", String.valueOf(scenarioId),
				program.code() + " · " + current.name(), describe(current)));
	}

	private void check(long programId, Scenario.Draft d) {
		if (d.name() == null || d.name().isBlank() || d.name().length() > 200) {
			throw new PrioritizationRefused("programming.scenario.name");
		}
		if (d.years() < 1 || d.years() > 10 || d.firstYear() < 2000 || d.firstYear() > 2100) {
			throw new PrioritizationRefused("programming.scenario.years");
		}
		Set<String> sources = catalog.fundingSources().keySet();
		if (d.caps() == null) {
			throw new PrioritizationRefused("programming.scenario.caps");
		}
		for (var cap : d.caps().entrySet()) {
			if (!sources.contains(cap.getKey())) {
				throw new PrioritizationRefused("programming.scenario.source", cap.getKey());
			}
			if (cap.getValue() == null || cap.getValue().size() != d.years()
					|| cap.getValue().stream().anyMatch(v -> v == null || v.signum() < 0)) {
				throw new PrioritizationRefused("programming.scenario.cap", cap.getKey());
			}
		}
		if (d.ruralMinPercent() < 0 || d.ruralMinPercent() > 100 || d.provinceMinPercent() < 0
				|| d.provinceMinPercent() > 100 || d.maxStartsPerYear() < 0) {
			throw new PrioritizationRefused("programming.scenario.rules");
		}
		if (d.timeLimitSeconds() < 1 || d.timeLimitSeconds() > 600) {
			throw new PrioritizationRefused("programming.scenario.timeLimit");
		}
		Set<String> codes = new HashSet<>();
		catalog.candidates(programId).forEach(c -> codes.add(c.code()));
		for (List<String> pair : d.precedences() == null ? List.<List<String>>of() : d.precedences()) {
			if (pair.size() != 2 || pair.get(0).equals(pair.get(1))) {
				throw new PrioritizationRefused("programming.scenario.precedence", String.join(" → ", pair));
			}
			for (String code : pair) {
				if (!codes.contains(code)) {
					throw new PrioritizationRefused("programming.scenario.precedenceUnknown", code);
				}
			}
		}
		if (d.weights() != null) {
			Prioritization.normalize(prioritization.criteria(programId), d.weights());
		}
	}

	/** Queues a run of the scenario; returns the job's id at once. */
	@Transactional
	public long run(long scenarioId) {
		return queue(scenarioId);
	}

	/**
	 * Runs a scenario to its end in the calling thread, outside any transaction (the solver writes its
	 * job): for demonstration data, loaded at start-up.
	 */
	public long runAndWait(long scenarioId) {
		Scenario scenario = scenario(scenarioId).orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		prioritization.editable(scenario.programId());
		ProgrammingProblem problem = problem(scenario);
		long jobId = queued(scenario, problem);
		events.publishEvent(EntityChanged.created("ProgrammingJob", String.valueOf(jobId), scenario.name(),
				Map.of("scenario", scenario.name(), "candidates", problem.candidates().size())));
		jobs.solveNow(jobId, problem, scenario.timeLimitSeconds());
		return jobId;
	}

	private long queue(long scenarioId) {
		Scenario scenario = scenario(scenarioId).orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		Program program = prioritization.editable(scenario.programId());
		ProgrammingProblem problem = problem(scenario);
		long jobId = queued(scenario, problem);
		events.publishEvent(EntityChanged.created("ProgrammingJob", String.valueOf(jobId), program.code() + "/" + scenario.name(),
				Map.of("scenario", scenario.name(), "candidates", problem.candidates().size())));
		// Start only once the job row is committed, so the solver thread sees it.
		org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
				new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						jobs.submit(jobId, problem, scenario.timeLimitSeconds());
					}
				});
		return jobId;
	}

	/** A job row, with the version of every candidate the run reads (checked when its scenario is chosen). */
	private long queued(Scenario scenario, ProgrammingProblem problem) {
		Map<String, Long> versions = catalog.versions(problem.candidates().stream().map(ProgrammingProblem.Candidate::code).toList());
		return jdbc.sql("""
				insert into programming_job (scenario_id, program_id, status, requested_by, project_versions)
				values (:s, :p, 'QUEUED', :by, cast(:versions as jsonb))
				returning id
				""").param("s", scenario.id()).param("p", scenario.programId()).param("by", Prioritization.currentUser())
			.param("versions", json.writeValueAsString(versions))
			.query(Long.class).single();
	}

	@Transactional(readOnly = true)
	public Optional<ProgrammingJob> job(long jobId) {
		Optional<ProgrammingJob> job = jdbc.sql("""
				select id, scenario_id, program_id, status, requested_by, requested_at, started_at, finished_at, objective,
				       bound, gap, greedy_ratio, outcome, error
				from programming_job where id = :id
				""").param("id", jobId).query((rs, n) -> {
			String outcome = rs.getString("outcome");
			long id = rs.getLong("id");
			return new ProgrammingJob(id, rs.getLong("scenario_id"), rs.getLong("program_id"), rs.getString("status"),
					rs.getString("requested_by"), rs.getObject("requested_at", java.time.OffsetDateTime.class),
					rs.getObject("started_at", java.time.OffsetDateTime.class),
					rs.getObject("finished_at", java.time.OffsetDateTime.class), (Long) rs.getObject("objective"),
					(Double) rs.getObject("bound"), (Double) rs.getObject("gap"), rs.getBigDecimal("greedy_ratio"),
					outcome == null ? null : json.readValue(outcome, ProgrammingOutcome.class), rs.getString("error"),
					jobs.progress(id));
		}).optional();
		job.ifPresent(j -> prioritization.readable(j.programId()));
		return job;
	}

	/** The latest run of each scenario of a program, by scenario id. */
	@Transactional(readOnly = true)
	public Map<Long, ProgrammingJob> latestJobs(long programId) {
		prioritization.readable(programId);
		Map<Long, ProgrammingJob> latest = new LinkedHashMap<>();
		jdbc.sql("select max(id) from programming_job where program_id = :p group by scenario_id").param("p", programId)
			.query(Long.class).list().forEach(id -> job(id).ifPresent(j -> latest.put(j.scenarioId(), j)));
		return latest;
	}

	@Transactional
	public void cancel(long jobId) {
		ProgrammingJob job = job(jobId).orElseThrow(() -> new PrioritizationRefused("programming.job.unknown"));
		Program program = prioritization.editable(job.programId());
		if (job.finished()) {
			return;
		}
		jobs.cancel(jobId);
		events.publishEvent(EntityChanged.updated("ProgrammingJob", String.valueOf(jobId), program.code(),
				Map.of("status", job.status()), Map.of("status", "CANCELLED")));
	}

	/** A project the programming schedules: its planned dates and funding now and once chosen. */
	public record Change(String code, LocalizedName title, LocalDate startBefore, LocalDate endBefore, LocalDate start,
			LocalDate end, Map<String, BigDecimal> fundingBefore, List<PlannedFunding> funding, long versionRead,
			boolean changedSinceRun) {

		/** The new plan as source → year → amount, for the confirmation table. */
		public Map<String, Map<Integer, BigDecimal>> fundingBySourceAndYear() {
			Map<String, Map<Integer, BigDecimal>> table = new java.util.TreeMap<>();
			funding.forEach(f -> table.computeIfAbsent(f.sourceCode(), k -> new java.util.TreeMap<>()).put(f.year(), f.amount()));
			return table;
		}
	}

	/** A candidate the programming leaves out, untouched, with the rule that keeps it out. */
	public record Left(String code, LocalizedName title, ProgrammingOutcome.Refusal reason) {
	}

	/**
	 * What choosing a scenario will change: the projects it schedules (dates, funding plan), those it
	 * leaves out and why, and the projects changed since its run (then it cannot be chosen).
	 */
	public record ChoicePreview(Scenario scenario, ProgrammingJob job, List<Change> changes, List<Left> notProgrammed,
			List<String> conflicts) {
	}

	/** The confirmation of a choice, for an administrator or planner of the program's territory. */
	@Transactional(readOnly = true)
	public ChoicePreview preview(long scenarioId) {
		Scenario scenario = scenario(scenarioId).orElseThrow(() -> new PrioritizationRefused("programming.scenario.unknown"));
		Program program = prioritization.editable(scenario.programId());
		ProgrammingJob job = latestJobs(scenario.programId()).get(scenarioId);
		if (job == null || job.outcome() == null || !"DONE".equals(job.status())) {
			throw new PrioritizationRefused("programming.choose.notSolved");
		}
		Map<String, Long> read = versionsRead(job.id());
		Map<String, ProjectSummary> candidates = new HashMap<>();
		catalog.candidates(scenario.programId()).forEach(c -> candidates.put(c.code(), c));
		Map<String, Long> now = catalog.versions(job.outcome().schedule().stream().map(ProgrammingOutcome.Line::code).toList());
		List<Change> changes = new ArrayList<>();
		List<String> conflicts = new ArrayList<>();
		for (ProgrammingOutcome.Line line : job.outcome().schedule()) {
			ProjectSummary p = candidates.get(line.code());
			Long version = read.get(line.code());
			boolean changed = p == null || version == null || !version.equals(now.get(line.code()));
			if (changed) {
				conflicts.add(line.code());
			}
			if (p == null) {
				continue;
			}
			LocalDate[] dates = ProgrammedPlans.dates(p.plannedStart(), p.plannedEnd(), line.startYear(), line.endYear());
			changes.add(new Change(p.code(), p.title(), p.plannedStart(), p.plannedEnd(), dates[0], dates[1],
					p.fundingBySource(), ProgrammedPlans.funding(p.cost(), p.fundingBySource(), ownSource(program),
							line.startYear(), line.endYear()),
					version == null ? -1 : version, changed));
		}
		List<Left> left = job.outcome().refusals().stream().map(r -> new Left(r.code(),
				candidates.containsKey(r.code()) ? candidates.get(r.code()).title() : null, r)).toList();
		return new ChoicePreview(scenario, job, changes, left, conflicts);
	}

	private Map<String, Long> versionsRead(long jobId) {
		String versions = jdbc.sql("select project_versions from programming_job where id = :id").param("id", jobId)
			.query(String.class).optional().orElse(null);
		return versions == null ? Map.of() : json.readValue(versions, new TypeReference<Map<String, Long>>() {
		});
	}

	/**
	 * Makes a scenario the program's programming and writes it into the projects it schedules (planned
	 * dates, yearly funding plan by source), all or nothing: refused, with nothing written, if any of
	 * them changed since the run read it. Candidates left out are not touched.
	 */
	@Transactional
	public void choose(long scenarioId) {
		ChoicePreview preview = preview(scenarioId);
		Scenario scenario = preview.scenario();
		Program program = prioritization.editable(scenario.programId());
		if (!preview.conflicts().isEmpty()) {
			throw new PrioritizationRefused("programming.choose.conflict", String.join(", ", preview.conflicts()));
		}
		try {
			editing.program(preview.changes().stream()
				.map(c -> new ProjectEditing.Programmed(c.code(), c.versionRead(), c.start(), c.end(), c.funding()))
				.toList());
		}
		catch (ProjectEditing.ProgrammingConflict conflict) {
			throw new PrioritizationRefused("programming.choose.conflict", String.join(", ", conflict.codes));
		}
		String before = jdbc.sql("select name from programming_scenario where program_id = :p and chosen")
			.param("p", scenario.programId()).query(String.class).optional().orElse(null);
		jdbc.sql("update programming_scenario set chosen = false, version = version + 1 where program_id = :p and chosen")
			.param("p", scenario.programId()).update();
		jdbc.sql("update programming_scenario set chosen = true, version = version + 1 where id = :id").param("id", scenarioId)
			.update();
		Map<String, Object> beforeValues = new HashMap<>();
		beforeValues.put("chosen", before);
		events.publishEvent(EntityChanged.updated("ProgramProgramming", program.code(), scenario.name(), beforeValues,
				Map.of("chosen", scenario.name(), "job", preview.job().id(), "programmed",
						preview.changes().stream().map(Change::code).toList(), "not_programmed",
						preview.notProgrammed().stream().map(Left::code).toList())));
	}

	/** The program's programming: its chosen scenario and that scenario's latest finished run. */
	public record Chosen(Scenario scenario, ProgrammingJob job) {
	}

	@Transactional(readOnly = true)
	public Optional<Chosen> chosen(long programId) {
		return scenarios(programId).stream().filter(Scenario::chosen).findFirst()
			.map(s -> new Chosen(s, latestJobs(programId).get(s.id())));
	}

	/**
	 * The solver's instance: candidates valued by their ranking (total × 10, at least 1), amounts in
	 * thousands of MAD, duration from the planned dates (or 1, 2, 3 years for a short, medium, long
	 * horizon), each source's yearly draw = cost × its share of the funding plan ÷ duration (the
	 * program owner's own budget when the plan is empty).
	 */
	ProgrammingProblem problem(Scenario scenario) {
		Program program = prioritization.readable(scenario.programId());
		List<Prioritization.RankedCandidate> ranked = prioritization.ranking(scenario.programId(), scenario.weights());
		Map<String, Territory> places = new HashMap<>();
		territories.findAll(ranked.stream().map(r -> r.project().territoryCode()).distinct().toList())
			.forEach(t -> places.put(t.code(), t));
		String ownSource = ownSource(program);
		List<ProgrammingProblem.Candidate> candidates = new ArrayList<>();
		for (Prioritization.RankedCandidate r : ranked) {
			ProjectSummary p = r.project();
			long cost = p.cost().divide(BigDecimal.valueOf(1000), 0, RoundingMode.CEILING).longValue();
			int duration = Math.min(scenario.years(), duration(p, r.horizon()));
			Map<String, BigDecimal> plan = p.fundingBySource().isEmpty() ? Map.of(ownSource, BigDecimal.ONE)
					: p.fundingBySource();
			BigDecimal planned = plan.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			Map<String, Long> yearly = new LinkedHashMap<>();
			for (var share : plan.entrySet()) {
				if (share.getValue().signum() > 0 && planned.signum() > 0) {
					yearly.put(share.getKey(), BigDecimal.valueOf(cost).multiply(share.getValue())
						.divide(planned.multiply(BigDecimal.valueOf(duration)), 0, RoundingMode.CEILING).longValue());
				}
			}
			Territory place = places.get(p.territoryCode());
			candidates.add(new ProgrammingProblem.Candidate(p.code(),
					Math.max(1, r.total().multiply(BigDecimal.TEN).setScale(0, RoundingMode.HALF_UP).longValue()), cost,
					duration, yearly, place != null && place.communeKind() == CommuneKind.RURAL, province(p.territoryPath())));
		}
		Map<String, long[]> caps = new LinkedHashMap<>();
		scenario.caps().forEach((source, amounts) -> caps.put(source, amounts.stream()
			.mapToLong(a -> a.divide(BigDecimal.valueOf(1000), 0, RoundingMode.FLOOR).longValue()).toArray()));
		List<ProgrammingProblem.Precedence> precedences = scenario.precedences().stream()
			.map(p -> new ProgrammingProblem.Precedence(p.get(0), p.get(1))).toList();
		return new ProgrammingProblem(scenario.firstYear(), scenario.years(), caps, candidates, precedences,
				scenario.ruralMinPercent(), scenario.provinceMinPercent(), scenario.maxStartsPerYear());
	}

	/** The budget of the program's own collectivity: what pays a project with no funding plan. */
	static String ownSource(Program program) {
		return switch (program.kind()) {
			case PDR -> "REGION";
			case PDP -> "PREF_PROV";
			default -> "COMMUNE";
		};
	}

	static int duration(ProjectSummary p, Horizon horizon) {
		if (p.plannedStart() != null && p.plannedEnd() != null) {
			long months = ChronoUnit.MONTHS.between(p.plannedStart(), p.plannedEnd().plusDays(1));
			return (int) Math.max(1, (months + 11) / 12);
		}
		return switch (horizon) {
			case SHORT -> 1;
			case MEDIUM -> 2;
			case LONG -> 3;
		};
	}

	/** /MA/MA-09/MA-INE/MA-INE-01/ → MA-INE: the prefecture or province segment, null above it. */
	static String province(String path) {
		String[] parts = path.split("/");
		return parts.length > 3 ? parts[3] : null;
	}

	/** The candidates' demand on each source over the scenario's years, as a starting point for caps. */
	@Transactional
	public Map<String, BigDecimal> yearlyDemand(long programId, int years) {
		Map<String, BigDecimal> demand = new java.util.TreeMap<>();
		Program program = prioritization.readable(programId);
		for (ProjectSummary p : catalog.candidates(programId)) {
			Map<String, BigDecimal> plan = p.fundingBySource();
			BigDecimal planned = plan.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			if (planned.signum() == 0) {
				demand.merge(ownSource(program), p.cost(), BigDecimal::add);
				continue;
			}
			plan.forEach((k, v) -> demand.merge(k, p.cost().multiply(v).divide(planned, 2, RoundingMode.HALF_UP), BigDecimal::add));
		}
		demand.replaceAll((k, v) -> v.divide(BigDecimal.valueOf(years), 0, RoundingMode.HALF_UP));
		return demand;
	}

	private Map<String, Object> describe(Scenario s) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("name", s.name());
		values.put("first_year", s.firstYear());
		values.put("years", s.years());
		values.put("caps", s.caps());
		values.put("precedences", s.precedences());
		values.put("weights", s.weights());
		values.put("rural_min_percent", s.ruralMinPercent());
		values.put("province_min_percent", s.provinceMinPercent());
		values.put("max_starts_per_year", s.maxStartsPerYear());
		return values;
	}

	private Scenario scenarioRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		String weights = rs.getString("weights");
		return new Scenario(rs.getLong("id"), rs.getLong("program_id"), rs.getString("name"), rs.getInt("first_year"),
				rs.getInt("years"), json.readValue(rs.getString("caps"), new TypeReference<Map<String, List<BigDecimal>>>() {
				}), json.readValue(rs.getString("precedences"), new TypeReference<List<List<String>>>() {
				}), weights == null ? null : json.readValue(weights, new TypeReference<Map<String, BigDecimal>>() {
				}), rs.getInt("rural_min_percent"), rs.getInt("province_min_percent"), rs.getInt("max_starts_per_year"),
				rs.getInt("time_limit_seconds"), rs.getBoolean("chosen"), rs.getString("created_by"), rs.getLong("version"));
	}

}

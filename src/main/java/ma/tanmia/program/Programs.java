package ma.tanmia.program;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Programs, their phases and structure. A program is seen by everyone whose scope overlaps its
 * territory and changed only by an administrator or a planner whose scope covers it: the planner of
 * a commune prepares that commune's PAC, not its neighbour's.
 */
@Service
public class Programs {

	static final String SELECT = """
			select id, code, kind, mandate_code, territory_code, territory_path, owner_org_code, title_ar, title_fr,
			       status, demonstration, version
			from program p
			""";

	private final JdbcClient jdbc;
	private final Territories territories;
	private final ApplicationEventPublisher events;

	Programs(JdbcClient jdbc, Territories territories, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.events = events;
	}

	/** Thrown when input breaks a rule of the domain; carries a message key for the reader. */
	public static class Refused extends RuntimeException {

		public final String messageKey;

		Refused(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}
	}

	@Transactional(readOnly = true)
	public Optional<Program> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::row).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Program> findByCode(String code) {
		return jdbc.sql(SELECT + " where code = :code").param("code", code).query(this::row).optional();
	}

	/** The program an axis or sub-program belongs to. */
	@Transactional(readOnly = true)
	public Optional<Program> nodeOwner(long nodeId) {
		return jdbc.sql(SELECT + " where id = (select program_id from program_node where id = :id)").param("id", nodeId)
			.query(this::row).optional();
	}

	/**
	 * The programs of the collectivities whose territory contains (or is) the unit at {@code path}:
	 * for a commune, its PAC, its province's PDP and its region's PDR, every mandate, newest first.
	 */
	@Transactional(readOnly = true)
	public List<Program> covering(String path) {
		List<String> paths = new java.util.ArrayList<>();
		for (int end = path.indexOf('/', 1); end > 0; end = path.indexOf('/', end + 1)) {
			paths.add(path.substring(0, end + 1));
		}
		return jdbc.sql(SELECT + " where territory_path in (:paths) order by mandate_code desc, territory_path desc, kind")
			.param("paths", paths).query(this::row).list();
	}

	/** The programs with these ids, by id. */
	@Transactional(readOnly = true)
	public Map<Long, Program> byIds(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Program> programs = new LinkedHashMap<>();
		jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(this::row).list()
			.forEach(p -> programs.put(p.id(), p));
		return programs;
	}

	/** The programs the current person may see, optionally of one mandate and within one territory. */
	@Transactional(readOnly = true)
	public List<Program> visible(String mandateCode, String withinPath) {
		return visibleTo(SELECT, " order by " + CHOICE_ORDER, mandateCode, withinPath).query(this::row).list();
	}

	/**
	 * The programs to offer in a choice list: those the person may see ({@link #visible}), but
	 * without the communes' PACs when there are more than {@code max} (a national or regional reader
	 * would otherwise get some 1,600 of them), except {@code kept}, the one already chosen. The
	 * database counts, so only the offered rows are read.
	 */
	@Transactional(readOnly = true)
	public Choices choices(String mandateCode, String withinPath, int max, Long kept) {
		boolean[] narrowed = { false };
		List<Program> offered = visibleTo("select * from (select q.*, count(*) over () as visible from (" + SELECT,
				") q) v where visible <= :max or kind <> 'PAC' or id = :kept order by " + CHOICE_ORDER, mandateCode,
				withinPath)
			.param("max", max)
			.param("kept", kept == null ? -1L : kept)
			.query((rs, n) -> {
				narrowed[0] |= rs.getLong("visible") > max;
				return row(rs, n);
			})
			.list();
		return new Choices(offered, narrowed[0]);
	}

	private static final String CHOICE_ORDER = "mandate_code desc, territory_path, kind";

	/**
	 * {@code head} over the programs the current person may see, of one mandate and within one
	 * territory when given, then {@code tail}: the one condition {@link #visible} and {@link #choices} share.
	 */
	private JdbcClient.StatementSpec visibleTo(String head, String tail, String mandateCode, String withinPath) {
		ScopeFilter scope = ScopeFilter.overlapping(Authorizations.current().scopes(), "p.territory_path");
		return jdbc.sql(head + " where " + scope.sql() + """
				  and (cast(:mandate as text) is null or mandate_code = :mandate)
				  and (cast(:within as text) is null or territory_path like :within || '%')
				""" + tail)
			.params(scope.parameters())
			.param("mandate", mandateCode)
			.param("within", withinPath);
	}

	/** Programs offered in a choice list; {@code narrowed} when the communes' programs were left out. */
	public record Choices(List<Program> programs, boolean narrowed) {
	}

	@Transactional(readOnly = true)
	public List<ProgramNode> nodes(long programId) {
		return jdbc.sql("""
				select id, program_id, parent_id, kind, code, title_ar, title_fr, position
				from program_node where program_id = :id order by coalesce(parent_id, id), parent_id nulls first, position, code
				""")
			.param("id", programId)
			.query((rs, n) -> new ProgramNode(rs.getLong("id"), rs.getLong("program_id"),
					(Long) rs.getObject("parent_id"), rs.getString("kind"), rs.getString("code"),
					new LocalizedName(rs.getString("title_ar"), rs.getString("title_fr"), null), rs.getInt("position")))
			.list();
	}

	/** The axes and sub-programs of several programs in one query, by program. */
	@Transactional(readOnly = true)
	public Map<Long, List<ProgramNode>> nodesOf(java.util.Collection<Long> programIds) {
		if (programIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				select id, program_id, parent_id, kind, code, title_ar, title_fr, position
				from program_node where program_id in (:ids) order by program_id, position, code
				""")
			.param("ids", programIds)
			.query((rs, n) -> new ProgramNode(rs.getLong("id"), rs.getLong("program_id"),
					(Long) rs.getObject("parent_id"), rs.getString("kind"), rs.getString("code"),
					new LocalizedName(rs.getString("title_ar"), rs.getString("title_fr"), null), rs.getInt("position")))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.groupingBy(ProgramNode::programId, LinkedHashMap::new,
					java.util.stream.Collectors.toList()));
	}

	@Transactional(readOnly = true)
	public List<String> mandates() {
		return jdbc.sql("select code from mandate order by starts_on desc").query(String.class).list();
	}

	public boolean mayEdit(Program program) {
		return Authorizations.current().canActOn(program.territoryPath(), Role.ADMINISTRATOR, Role.PLANNER);
	}

	public boolean maySee(Program program) {
		return Authorizations.current().sees(program.territoryPath());
	}

	/** Opens a program of a collectivity for a mandate, in preparation. */
	@Transactional
	public Program open(String code, ProgramKind kind, String mandateCode, String territoryCode, String ownerOrgCode,
			LocalizedName title, boolean demonstration) {
		Territory territory = territories.find(territoryCode).orElseThrow(() -> new Refused("program.territory.unknown"));
		if (!kind.levels().contains(territory.level().name())) {
			throw new Refused("program.kind.level");
		}
		if (!Authorizations.current().canActOn(territory.path(), Role.ADMINISTRATOR, Role.PLANNER)) {
			throw new AccessDeniedException("Territory outside the planner's scope");
		}
		boolean taken = jdbc.sql("""
				select count(*) from program where code = :code
				   or (kind = :kind and mandate_code = :mandate and territory_code = :territory)
				""").param("code", code).param("kind", kind.name()).param("mandate", mandateCode)
			.param("territory", territoryCode).query(Long.class).single() > 0;
		if (taken) {
			throw new Refused("program.exists");
		}
		long id = jdbc.sql("""
				insert into program (code, kind, mandate_code, territory_code, territory_path, owner_org_code, title_ar,
				                     title_fr, demonstration)
				values (:code, :kind, :mandate, :territory, :path, :owner, :ar, :fr, :demo) returning id
				""")
			.param("code", code).param("kind", kind.name()).param("mandate", mandateCode)
			.param("territory", territoryCode).param("path", territory.path()).param("owner", ownerOrgCode)
			.param("ar", title.ar()).param("fr", title.fr()).param("demo", demonstration)
			.query(Long.class).single();
		Program program = find(id).orElseThrow();
		events.publishEvent(EntityChanged.created("Program", code, title.fr(), snapshot(program)));
		return program;
	}

	/** Adds an axis (no parent) or a sub-program (under an axis). */
	@Transactional
	public ProgramNode addNode(long programId, Long parentId, String code, LocalizedName title) {
		Program program = editable(programId);
		if (parentId != null) {
			// Asked as a boolean: an axis's parent_id is null, and optional() takes a single null for no row.
			boolean parentIsSubProgram = jdbc.sql("select parent_id is not null from program_node where id = :id and program_id = :p")
				.param("id", parentId).param("p", programId).query(Boolean.class).optional()
				.orElseThrow(() -> new Refused("program.node.parentUnknown"));
			if (parentIsSubProgram) {
				throw new Refused("program.node.depth");
			}
		}
		if (jdbc.sql("select count(*) from program_node where program_id = :p and code = :c").param("p", programId)
			.param("c", code).query(Long.class).single() > 0) {
			throw new Refused("program.node.exists");
		}
		long id = jdbc.sql("""
				insert into program_node (program_id, parent_id, kind, code, title_ar, title_fr, position)
				values (:p, :parent, :kind, :code, :ar, :fr,
				        (select coalesce(max(position), 0) + 1 from program_node where program_id = :p))
				returning id
				""")
			.param("p", programId).param("parent", parentId).param("kind", parentId == null ? "AXIS" : "SUB_PROGRAM")
			.param("code", code).param("ar", title.ar()).param("fr", title.fr()).query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("program", program.code());
		after.put("code", code);
		after.put("title_fr", title.fr());
		after.put("title_ar", title.ar());
		events.publishEvent(EntityChanged.created("ProgramNode", program.code() + "/" + code, title.fr(), after));
		return nodes(programId).stream().filter(n -> n.id() == id).findFirst().orElseThrow();
	}

	public record PhaseRecord(ProgramPhase phase, LocalDate startedOn, LocalDate completedOn, String deliberationNumber,
			LocalDate decisionDate, String note, String recordedBy, java.time.OffsetDateTime recordedAt) {
	}

	@Transactional(readOnly = true)
	public List<PhaseRecord> phases(long programId) {
		return jdbc.sql("""
				select phase, started_on, completed_on, deliberation_number, decision_date, note, recorded_by, recorded_at
				from program_phase where program_id = :id
				""")
			.param("id", programId)
			.query((rs, n) -> new PhaseRecord(ProgramPhase.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
					rs.getObject(3, LocalDate.class), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6),
					rs.getString(7), rs.getObject(8, java.time.OffsetDateTime.class)))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(PhaseRecord::phase))
			.toList();
	}

	/** Records (or corrects) a phase. Adoption and approval need their act's number and date. */
	@Transactional
	public void recordPhase(long programId, PhaseRecord phase, String recordedBy) {
		Program program = editable(programId);
		if (phase.phase().isAct() && (phase.deliberationNumber() == null || phase.deliberationNumber().isBlank()
				|| phase.decisionDate() == null)) {
			throw new Refused("program.phase.actRequired");
		}
		if (phase.startedOn() != null && phase.completedOn() != null && phase.completedOn().isBefore(phase.startedOn())) {
			throw new Refused("program.phase.dates");
		}
		Map<String, Object> before = jdbc.sql("""
				select started_on, completed_on, deliberation_number, decision_date, note
				from program_phase where program_id = :id and phase = :phase
				""").param("id", programId).param("phase", phase.phase().name()).query().listOfRows().stream().findFirst()
			.orElse(null);
		jdbc.sql("""
				insert into program_phase (program_id, phase, started_on, completed_on, deliberation_number, decision_date,
				                           note, recorded_by)
				values (:id, :phase, :started, :completed, :deliberation, :decision, :note, :by)
				on conflict (program_id, phase) do update set
				    started_on = excluded.started_on, completed_on = excluded.completed_on,
				    deliberation_number = excluded.deliberation_number, decision_date = excluded.decision_date,
				    note = excluded.note, recorded_by = excluded.recorded_by, recorded_at = now()
				""")
			.param("id", programId).param("phase", phase.phase().name()).param("started", phase.startedOn())
			.param("completed", phase.completedOn()).param("deliberation", blankToNull(phase.deliberationNumber()))
			.param("decision", phase.decisionDate()).param("note", blankToNull(phase.note())).param("by", recordedBy)
			.update();
		String status = switch (phase.phase()) {
			case ADOPTION, APPROVAL -> "ADOPTED";
			case EXECUTION, UPDATE -> "EXECUTION";
			case EVALUATION -> phase.completedOn() != null ? "CLOSED" : null;
			default -> null;
		};
		if (status != null) {
			jdbc.sql("update program set status = :s, version = version + 1 where id = :id").param("s", status)
				.param("id", programId).update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("started_on", phase.startedOn());
		after.put("completed_on", phase.completedOn());
		after.put("deliberation_number", blankToNull(phase.deliberationNumber()));
		after.put("decision_date", phase.decisionDate());
		after.put("note", blankToNull(phase.note()));
		events.publishEvent(before == null
				? EntityChanged.created("ProgramPhase", program.code() + "/" + phase.phase(), phase.phase().name(), after)
				: EntityChanged.updated("ProgramPhase", program.code() + "/" + phase.phase(), phase.phase().name(), before,
						after));
	}

	private Program editable(long programId) {
		Program program = find(programId).orElseThrow(() -> new Refused("program.unknown"));
		if (!mayEdit(program)) {
			throw new AccessDeniedException("Program " + program.code() + " is outside the planner's scope");
		}
		return program;
	}

	private static Map<String, Object> snapshot(Program p) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("code", p.code());
		values.put("kind", p.kind().name());
		values.put("mandate", p.mandateCode());
		values.put("territory", p.territoryCode());
		values.put("owner", p.ownerOrganizationCode());
		values.put("title_ar", p.title().ar());
		values.put("title_fr", p.title().fr());
		values.put("status", p.status());
		return values;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private Program row(ResultSet rs, int n) throws SQLException {
		return new Program(rs.getLong("id"), rs.getString("code"), ProgramKind.valueOf(rs.getString("kind")),
				rs.getString("mandate_code"), rs.getString("territory_code"), rs.getString("territory_path"),
				rs.getString("owner_org_code"), new LocalizedName(rs.getString("title_ar"), rs.getString("title_fr"), null),
				rs.getString("status"), rs.getBoolean("demonstration"), rs.getLong("version"));
	}
}

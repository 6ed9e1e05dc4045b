package ma.tanmia.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramNode;
import ma.tanmia.program.Programs;
import ma.tanmia.project.EvaluationReport.CauseShare;
import ma.tanmia.project.EvaluationReport.Group;
import ma.tanmia.project.EvaluationReport.SourceExecution;
import ma.tanmia.project.EvaluationReport.Totals;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evaluates a mandate's projects in a territory, live: the figures of the cells of the territory's
 * subtree (project_tally, which ProjectTally keeps up to date in the same transaction as every write)
 * summed in one statement, and the late projects counted over the unfinished projects' index. Only
 * projects the person may see count.
 */
@Service
@Transactional(readOnly = true)
public class MandateEvaluation {

	/** Below this gap (in points of the unexecuted amount) financing and governance weigh the same. */
	static final BigDecimal BALANCE_MARGIN = new BigDecimal("5");

	private final JdbcClient jdbc;
	private final Programs programs;
	private final Territories territories;
	private final org.springframework.beans.factory.ObjectProvider<UnpaidCommitments> unpaidCommitments;
	private final ProjectTally tally;

	MandateEvaluation(JdbcClient jdbc, Programs programs, Territories territories,
			org.springframework.beans.factory.ObjectProvider<UnpaidCommitments> unpaidCommitments, ProjectTally tally) {
		this.tally = tally;
		this.jdbc = jdbc;
		this.programs = programs;
		this.territories = territories;
		this.unpaidCommitments = unpaidCommitments;
	}

	/**
	 * Partners' commitments overdue and unpaid on the evaluated projects (from partnership agreements,
	 * when that module is present): a financing cause recorded outside the projects' blocking causes.
	 */
	public Optional<UnpaidCommitments.Unpaid> unpaidCommitments(String mandate, String territoryCode) {
		UnpaidCommitments source = unpaidCommitments.getIfAvailable();
		Territory territory = territories.find(territoryCode).orElse(null);
		if (source == null || territory == null || !Authorizations.current().sees(territory.path())) {
			return Optional.empty();
		}
		List<Long> programIds = programs.visible(mandate, null).stream().map(Program::id).toList();
		return Optional.of(source.within(territory.path(), programIds, java.time.LocalDate.now()));
	}

	/** The filter of the projects evaluated: the mandate's, located in the territory's subtree. */
	ProjectFilter scope(String mandate, Territory territory) {
		return ProjectFilter.within(territory.path(), mandate);
	}

	public Optional<EvaluationReport> evaluate(String mandate, String territoryCode) {
		Territory territory = territories.find(territoryCode).orElse(null);
		if (territory == null || !programs.mandates().contains(mandate)) {
			return Optional.empty();
		}
		Authorizations who = Authorizations.current();
		if (!who.sees(territory.path())) {
			throw new AccessDeniedException("Territory outside the reader's scopes");
		}
		// One condition for the projects and their tallies: it reads only columns both have
		// (mandate_code, territory_path).
		ProjectFilter.Condition where = scope(mandate, territory).condition(who);
		tally.flush();
		Tallies tallies = tallies(where);
		Map<String, Reference> references = references();

		Totals totals = totals(tallies.get("UNIT"), late(where));
		List<Group> byStatus = groups(tallies.get("STATUS"), key -> null);
		List<CauseShare> byFamily = causeShares(tallies.get("FAMILY"), references, "FAMILY", totals.unexecutedAmount());
		List<CauseShare> byCause = causeShares(tallies.get("CAUSE"), references, "CAUSE", totals.unexecutedAmount());
		CauseShare noCause = noCause(tallies.get("NO_CAUSE"), totals.unexecutedAmount());
		Map<String, LocalizedName> unitNames = new HashMap<>();
		territories.findAll(tallies.get("UNIT").stream().map(Tally::key).toList())
			.forEach(t -> unitNames.put(t.code(), t.name()));
		List<Group> byTerritory = groups(tallies.get("UNIT"), unitNames::get);
		List<Group> bySector = groups(tallies.get("SECTOR"), key -> label(references, "SECTOR", key));
		List<Group> byCompetence = groups(tallies.get("COMPETENCE"), key -> null);
		List<Group> byAxis = byAxis(tallies.get("NODE"));
		List<SourceExecution> bySource = bySource(tallies.get("SOURCE"), references);

		return Optional.of(new EvaluationReport(mandate, territory.code(), territory.name(), totals, byStatus, byFamily,
				byCause, noCause, byTerritory, bySector, byCompetence, byAxis, bySource, answer(totals, byFamily, noCause)));
	}

	/**
	 * Every breakdown in one pass over the evaluated cells' tallies (project_tally, kept live by
	 * ProjectTally), {@code %s} being the evaluated projects' condition ({@link #scope}).
	 */
	static final String TALLIES = """
			select p.breakdown, case when p.breakdown = 'UNIT' then p.territory_code else p.key end as key,
			       min(p.family) as family,
			       coalesce(sum(p.projects), 0) as projects, coalesce(sum(p.cost), 0) as cost,
			       coalesce(sum(p.completed), 0) as completed, coalesce(sum(p.executed), 0) as executed,
			       coalesce(sum(p.committed), 0) as committed, coalesce(sum(p.paid), 0) as paid,
			       coalesce(sum(p.unexecuted), 0) as unexecuted
			from project_tally p where %s
			group by 1, 2
			""";

	/** Late depends on today: counted live, over the unfinished projects' index alone. */
	static final String LATE = """
			select count(*) as late, coalesce(sum(p.cost), 0) as late_cost
			from project p where p.status <> 'COMPLETED' and p.planned_end < current_date and %s
			""";

	/** The names of families, causes, sectors and sources, and the kind of each source, in one statement. */
	static final String REFERENCES = """
			select 'FAMILY' as kind, code, null as detail, name_ar, name_fr from blocking_cause_family
			union all select 'CAUSE', code, family_code, name_ar, name_fr from blocking_cause
			union all select 'SECTOR', code, null, name_ar, name_fr from sector
			union all select 'SOURCE', code, kind, name_ar, name_fr from funding_source
			""";

	/** A summed tally row: a breakdown's key and its measures. */
	private record Tally(String key, String family, long projects, BigDecimal cost, long completed,
			BigDecimal executed, BigDecimal committed, BigDecimal paid, BigDecimal unexecuted) {
	}

	private record Tallies(Map<String, List<Tally>> byBreakdown) {

		List<Tally> get(String breakdown) {
			return byBreakdown.getOrDefault(breakdown, List.of());
		}
	}

	private record Reference(LocalizedName name, String detail) {
	}

	/**
	 * Memory for this transaction to group a region's ~15,000 tally rows in a hash table: with the
	 * default 4 MB PostgreSQL sorts them first, twice as slow (docs/PERFORMANCE.md).
	 */
	static final String GROUPING_MEMORY = "select set_config('work_mem', '16MB', true)";

	private Tallies tallies(ProjectFilter.Condition where) {
		jdbc.sql(GROUPING_MEMORY).query(String.class).single();
		Map<String, List<Tally>> byBreakdown = new HashMap<>();
		jdbc.sql(TALLIES.formatted(where.sql())).params(where.parameters()).query((rs, n) -> {
			byBreakdown.computeIfAbsent(rs.getString("breakdown"), b -> new ArrayList<>())
				.add(new Tally(rs.getString("key"), rs.getString("family"),
						rs.getLong("projects"), rs.getBigDecimal("cost"), rs.getLong("completed"),
						rs.getBigDecimal("executed"), rs.getBigDecimal("committed"), rs.getBigDecimal("paid"),
						rs.getBigDecimal("unexecuted")));
			return null;
		}).list();
		return new Tallies(byBreakdown);
	}

	private Map<String, Reference> references() {
		Map<String, Reference> references = new HashMap<>();
		jdbc.sql(REFERENCES).query((rs, n) -> references.put(rs.getString("kind") + ":" + rs.getString("code"),
				new Reference(new LocalizedName(rs.getString("name_ar"), rs.getString("name_fr"), null),
						rs.getString("detail"))))
			.list();
		return references;
	}

	private static LocalizedName label(Map<String, Reference> references, String kind, String code) {
		Reference reference = references.get(kind + ":" + code);
		return reference == null ? null : reference.name();
	}

	private record Late(long projects, BigDecimal cost) {
	}

	private Late late(ProjectFilter.Condition where) {
		return jdbc.sql(LATE.formatted(where.sql())).params(where.parameters())
			.query((rs, n) -> new Late(rs.getLong("late"), rs.getBigDecimal("late_cost")))
			.single();
	}

	/** The totals: the sum of the units' tallies (each cell lies in one unit). */
	private static Totals totals(List<Tally> units, Late late) {
		long projects = 0;
		long completed = 0;
		BigDecimal cost = BigDecimal.ZERO;
		BigDecimal executed = BigDecimal.ZERO;
		BigDecimal committed = BigDecimal.ZERO;
		BigDecimal paid = BigDecimal.ZERO;
		BigDecimal unexecuted = BigDecimal.ZERO;
		for (Tally unit : units) {
			projects += unit.projects();
			completed += unit.completed();
			cost = cost.add(unit.cost());
			executed = executed.add(unit.executed());
			committed = committed.add(unit.committed());
			paid = paid.add(unit.paid());
			unexecuted = unexecuted.add(unit.unexecuted());
		}
		return new Totals(projects, cost, completed, projects - completed, EvaluationReport.share(executed, cost),
				EvaluationReport.share(paid, cost), committed, paid, unexecuted.setScale(2, RoundingMode.HALF_UP),
				late.projects(), late.cost());
	}

	/** A breakdown's lines, largest cost first. */
	private static List<Group> groups(List<Tally> tallies, java.util.function.Function<String, LocalizedName> label) {
		return tallies.stream()
			.sorted(Comparator.comparing(Tally::cost).reversed())
			.map(t -> group(t, label.apply(t.key())))
			.toList();
	}

	private static Group group(Tally t, LocalizedName label) {
		return new Group(t.key(), label, t.projects(), t.cost(), t.completed(), EvaluationReport.share(t.executed(), t.cost()),
				EvaluationReport.share(t.paid(), t.cost()), t.unexecuted().setScale(2, RoundingMode.HALF_UP));
	}

	/** By axis of each program: sub-programs fold into their axis. Keys are "program id:node id" ("program id:" for none). */
	private List<Group> byAxis(List<Tally> nodes) {
		java.util.function.ToLongFunction<Tally> programOf = t -> Long.parseLong(t.key().substring(0, t.key().indexOf(':')));
		List<Long> programIds = nodes.stream().map(programOf::applyAsLong).distinct().toList();
		Map<Long, Program> programsById = programs.byIds(programIds);
		Map<Long, List<ProgramNode>> nodesByProgram = programs.nodesOf(programIds);
		Map<String, Group> byAxis = new LinkedHashMap<>();
		Map<String, BigDecimal[]> sums = new HashMap<>();
		for (Tally row : nodes) {
			long programId = programOf.applyAsLong(row);
			String nodeKey = row.key().substring(row.key().indexOf(':') + 1);
			Long nodeId = nodeKey.isEmpty() ? null : Long.valueOf(nodeKey);
			Program program = programsById.get(programId);
			List<ProgramNode> programNodes = nodesByProgram.getOrDefault(programId, List.of());
			ProgramNode node = programNodes.stream().filter(x -> nodeId != null && x.id() == nodeId).findFirst().orElse(null);
			ProgramNode axis = node == null || node.isAxis() ? node
					: programNodes.stream().filter(x -> x.id() == node.parentId()).findFirst().orElse(node);
			String key = programId + ":" + (axis == null ? "-" : axis.code());
			LocalizedName label = axis == null
					? new LocalizedName(program.code() + " · —", program.code() + " · —", null)
					: new LocalizedName(program.code() + " · " + axis.title().ar(), program.code() + " · " + axis.title().fr(), null);
			Group m = group(row, null);
			BigDecimal[] acc = sums.computeIfAbsent(key, k -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
			acc[0] = acc[0].add(m.cost().multiply(m.physicalRate()));
			acc[1] = acc[1].add(m.cost().multiply(m.financialRate()));
			Group previous = byAxis.get(key);
			Group merged = previous == null ? m
					: new Group(key, label, previous.projects() + m.projects(), previous.cost().add(m.cost()),
							previous.completed() + m.completed(), null, null,
							previous.unexecutedAmount().add(m.unexecutedAmount()));
			byAxis.put(key, new Group(key, label, merged.projects(), merged.cost(), merged.completed(),
					merged.cost().signum() == 0 ? BigDecimal.ZERO : acc[0].divide(merged.cost(), 1, RoundingMode.HALF_UP),
					merged.cost().signum() == 0 ? BigDecimal.ZERO : acc[1].divide(merged.cost(), 1, RoundingMode.HALF_UP),
					merged.unexecutedAmount()));
		}
		return byAxis.values().stream().sorted(Comparator.comparing(Group::cost).reversed()).toList();
	}

	/**
	 * Unexecuted amount attributed to cause families (or causes), largest first: each unfinished
	 * project's amount is split equally among its families, and a family's part equally among the
	 * project's causes in it (ProjectTally.INSERT).
	 */
	private static List<CauseShare> causeShares(List<Tally> tallies, Map<String, Reference> references, String kind,
			BigDecimal unexecuted) {
		return tallies.stream()
			.sorted(Comparator.comparing(Tally::unexecuted).reversed())
			.map(t -> {
				BigDecimal amount = t.unexecuted().setScale(2, RoundingMode.HALF_UP);
				return new CauseShare(t.key(), t.family(), label(references, kind, t.key()),
						t.projects(), amount, EvaluationReport.share(amount, unexecuted));
			})
			.toList();
	}

	private static CauseShare noCause(List<Tally> tallies, BigDecimal unexecuted) {
		long projects = tallies.stream().mapToLong(Tally::projects).sum();
		BigDecimal amount = tallies.stream().map(Tally::unexecuted).reduce(BigDecimal.ZERO, BigDecimal::add)
			.setScale(2, RoundingMode.HALF_UP);
		return new CauseShare("NONE", null, null, projects, amount, EvaluationReport.share(amount, unexecuted));
	}

	private static List<SourceExecution> bySource(List<Tally> tallies, Map<String, Reference> references) {
		return tallies.stream()
			.sorted(Comparator.comparing(Tally::cost).reversed())
			.map(t -> {
				Reference source = references.get("SOURCE:" + t.key());
				return new SourceExecution(t.key(), source.detail(), source.name(), t.cost(), t.committed(), t.paid());
			})
			.toList();
	}

	static EvaluationReport.Answer answer(Totals totals, List<CauseShare> byFamily, CauseShare noCause) {
		if (totals.notCompleted() == 0) {
			return new EvaluationReport.Answer("NONE", totals.projects(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
					BigDecimal.ZERO, null, BigDecimal.ZERO);
		}
		BigDecimal financing = shareOf(byFamily, "FINANCING");
		BigDecimal governance = shareOf(byFamily, "GOVERNANCE");
		CauseShare leading = byFamily.stream().max(Comparator.comparing(CauseShare::amount)).orElse(null);
		String verdict;
		if (leading != null && !"FINANCING".equals(leading.code()) && !"GOVERNANCE".equals(leading.code())
				&& leading.shareOfUnexecuted().compareTo(financing.max(governance)) > 0) {
			verdict = "OTHER";
		}
		else if (financing.subtract(governance).abs().compareTo(BALANCE_MARGIN) < 0) {
			verdict = "BALANCED";
		}
		else {
			verdict = financing.compareTo(governance) > 0 ? "FINANCING" : "GOVERNANCE";
		}
		return new EvaluationReport.Answer(verdict, totals.projects(), totals.notCompletedShare(), financing, governance,
				noCause.shareOfUnexecuted(), leading == null ? null : leading.code(),
				leading == null ? BigDecimal.ZERO : leading.shareOfUnexecuted());
	}

	private static BigDecimal shareOf(List<CauseShare> shares, String family) {
		return shares.stream().filter(s -> family.equals(s.code())).map(CauseShare::shareOfUnexecuted).findFirst()
			.orElse(BigDecimal.ZERO);
	}

	List<String> mandates() {
		return new ArrayList<>(programs.mandates());
	}
}

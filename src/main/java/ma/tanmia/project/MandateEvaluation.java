package ma.tanmia.project;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
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
 * Evaluates a mandate's projects in a territory, live, from the projects as they are: a handful of
 * aggregate queries over the territory's subtree, each one pass over its projects. Only projects the
 * person may see count.
 */
@Service
@Transactional(readOnly = true)
public class MandateEvaluation {

	/** Below this gap (in points of the unexecuted amount) financing and governance weigh the same. */
	static final BigDecimal BALANCE_MARGIN = new BigDecimal("5");

	static final String MEASURES = """
			count(*) as projects, coalesce(sum(p.cost), 0) as cost,
			count(*) filter (where p.status = 'COMPLETED') as completed,
			coalesce(sum(p.cost * p.physical_progress / 100), 0) as executed,
			coalesce(sum(p.paid), 0) as paid, coalesce(sum(p.committed), 0) as committed,
			coalesce(sum(p.cost * (100 - p.physical_progress) / 100) filter (where p.status <> 'COMPLETED'), 0) as unexecuted
			""";

	private final JdbcClient jdbc;
	private final Programs programs;
	private final Territories territories;
	private final org.springframework.beans.factory.ObjectProvider<UnpaidCommitments> unpaidCommitments;

	MandateEvaluation(JdbcClient jdbc, Programs programs, Territories territories,
			org.springframework.beans.factory.ObjectProvider<UnpaidCommitments> unpaidCommitments) {
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
		ProjectFilter scope = scope(mandate, territory);
		return Optional.of(source.within(territory.path(), scope.programIds(), java.time.LocalDate.now()));
	}

	/** The filter of the projects evaluated: the mandate's programs, located in the territory's subtree. */
	ProjectFilter scope(String mandate, Territory territory) {
		List<Long> programIds = programs.visible(mandate, null).stream().map(Program::id).toList();
		return new ProjectFilter(territory.path(), programIds, null, null, null, null, null, null, null, null, null, null);
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
		ProjectFilter.Condition where = scope(mandate, territory).condition(who);

		List<Group> byStatus = groups(where, "p.status", key -> null);
		Totals totals = totals(where);
		Map<String, LocalizedName> families = names("select code, name_ar, name_fr from blocking_cause_family");
		Map<String, LocalizedName> causes = names("select code, name_ar, name_fr from blocking_cause");
		List<CauseShare> byFamily = causeShares(where, false, families, totals.unexecutedAmount());
		List<CauseShare> byCause = causeShares(where, true, causes, totals.unexecutedAmount());
		CauseShare noCause = noCause(where, totals.unexecutedAmount());

		List<Group> byTerritory = groups(where, "p.territory_code", key -> null);
		Map<String, LocalizedName> unitNames = new HashMap<>();
		territories.findAll(byTerritory.stream().map(Group::key).toList()).forEach(t -> unitNames.put(t.code(), t.name()));
		byTerritory = relabel(byTerritory, unitNames);
		List<Group> bySector = relabel(groups(where, "p.sector_code", key -> null),
				names("select code, name_ar, name_fr from sector"));
		List<Group> byCompetence = groups(where, "p.competence", key -> null);
		List<Group> byAxis = byAxis(where);
		List<SourceExecution> bySource = bySource(where);

		return Optional.of(new EvaluationReport(mandate, territory.code(), territory.name(), totals, byStatus, byFamily,
				byCause, noCause, byTerritory, bySector, byCompetence, byAxis, bySource, answer(totals, byFamily, noCause)));
	}

	private Totals totals(ProjectFilter.Condition where) {
		return jdbc.sql("select " + MEASURES + """
				, count(*) filter (where p.status <> 'COMPLETED' and p.planned_end < current_date) as late,
				  coalesce(sum(p.cost) filter (where p.status <> 'COMPLETED' and p.planned_end < current_date), 0) as late_cost
				from project p where """ + where.sql())
			.params(where.parameters())
			.query((rs, n) -> {
				BigDecimal cost = rs.getBigDecimal("cost");
				long projects = rs.getLong("projects");
				long completed = rs.getLong("completed");
				return new Totals(projects, cost, completed, projects - completed,
						EvaluationReport.share(rs.getBigDecimal("executed"), cost),
						EvaluationReport.share(rs.getBigDecimal("paid"), cost), rs.getBigDecimal("committed"),
						rs.getBigDecimal("paid"), rs.getBigDecimal("unexecuted").setScale(2, RoundingMode.HALF_UP),
						rs.getLong("late"), rs.getBigDecimal("late_cost"));
			})
			.single();
	}

	private List<Group> groups(ProjectFilter.Condition where, String column, java.util.function.Function<String, LocalizedName> label) {
		return jdbc.sql("select " + column + " as key, " + MEASURES + " from project p where " + where.sql()
				+ " group by " + column + " order by sum(p.cost) desc")
			.params(where.parameters())
			.query((rs, n) -> group(rs, label.apply(rs.getString("key"))))
			.list();
	}

	private static Group group(ResultSet rs, LocalizedName label) throws SQLException {
		BigDecimal cost = rs.getBigDecimal("cost");
		return new Group(rs.getString("key"), label, rs.getLong("projects"), cost, rs.getLong("completed"),
				EvaluationReport.share(rs.getBigDecimal("executed"), cost),
				EvaluationReport.share(rs.getBigDecimal("paid"), cost),
				rs.getBigDecimal("unexecuted").setScale(2, RoundingMode.HALF_UP));
	}

	private static List<Group> relabel(List<Group> groups, Map<String, LocalizedName> names) {
		return groups.stream()
			.map(g -> new Group(g.key(), names.get(g.key()), g.projects(), g.cost(), g.completed(), g.physicalRate(),
					g.financialRate(), g.unexecutedAmount()))
			.toList();
	}

	/** By axis of each program: sub-programs fold into their axis. */
	private List<Group> byAxis(ProjectFilter.Condition where) {
		record NodeRow(long programId, Long nodeId, Group measures) {
		}
		List<NodeRow> rows = jdbc.sql("select p.program_id, p.node_id as key, " + MEASURES + " from project p where "
				+ where.sql() + " group by p.program_id, p.node_id")
			.params(where.parameters())
			.query((rs, n) -> new NodeRow(rs.getLong("program_id"), (Long) rs.getObject("key"), group(rs, null)))
			.list();
		List<Long> programIds = rows.stream().map(NodeRow::programId).distinct().toList();
		Map<Long, Program> programsById = programs.byIds(programIds);
		Map<Long, List<ProgramNode>> nodesByProgram = programs.nodesOf(programIds);
		Map<String, Group> byAxis = new LinkedHashMap<>();
		Map<String, BigDecimal[]> sums = new HashMap<>();
		for (NodeRow row : rows) {
			Program program = programsById.get(row.programId());
			List<ProgramNode> nodes = nodesByProgram.getOrDefault(row.programId(), List.of());
			ProgramNode node = nodes.stream().filter(x -> row.nodeId() != null && x.id() == row.nodeId()).findFirst().orElse(null);
			ProgramNode axis = node == null || node.isAxis() ? node
					: nodes.stream().filter(x -> x.id() == node.parentId()).findFirst().orElse(node);
			String key = row.programId() + ":" + (axis == null ? "-" : axis.code());
			LocalizedName label = axis == null
					? new LocalizedName(program.code() + " · —", program.code() + " · —", null)
					: new LocalizedName(program.code() + " · " + axis.title().ar(), program.code() + " · " + axis.title().fr(), null);
			Group m = row.measures();
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
	 * Unexecuted amount attributed to cause families (or causes): each unfinished project's amount is
	 * split equally among its families, and a family's part equally among the project's causes in it.
	 */
	private List<CauseShare> causeShares(ProjectFilter.Condition where, boolean byCause, Map<String, LocalizedName> names,
			BigDecimal unexecuted) {
		String sql = """
				with u as (
				  select p.id, p.cost * (100 - p.physical_progress) / 100 as amount
				  from project p where p.status <> 'COMPLETED' and %s
				), pc as (
				  select distinct b.project_id, c.family_code, c.code as cause_code
				  from project_blocking b join blocking_cause c on c.code = b.cause_code
				  where b.project_id in (select id from u)
				), families as (
				  select project_id, count(distinct family_code) as n from pc group by project_id
				), causes_in_family as (
				  select project_id, family_code, count(*) as n from pc group by project_id, family_code
				), weights as (
				  select pc.project_id, pc.family_code, pc.cause_code, 1.0 / f.n / cf.n as weight
				  from pc join families f on f.project_id = pc.project_id
				  join causes_in_family cf on cf.project_id = pc.project_id and cf.family_code = pc.family_code
				)
				select %s as key, min(w.family_code) as family, count(distinct w.project_id) as projects,
				       coalesce(sum(u.amount * w.weight), 0) as amount
				from weights w join u on u.id = w.project_id
				group by %s order by amount desc
				""".formatted(where.sql(), byCause ? "w.cause_code" : "w.family_code",
				byCause ? "w.cause_code" : "w.family_code");
		return jdbc.sql(sql)
			.params(where.parameters())
			.query((rs, n) -> {
				BigDecimal amount = rs.getBigDecimal("amount").setScale(2, RoundingMode.HALF_UP);
				return new CauseShare(rs.getString("key"), rs.getString("family"), names.get(rs.getString("key")),
						rs.getLong("projects"), amount, EvaluationReport.share(amount, unexecuted));
			})
			.list();
	}

	private CauseShare noCause(ProjectFilter.Condition where, BigDecimal unexecuted) {
		return jdbc.sql("""
				select count(*) as projects, coalesce(sum(p.cost * (100 - p.physical_progress) / 100), 0) as amount
				from project p where p.status <> 'COMPLETED' and """ + where.sql()
				+ " and not exists (select 1 from project_blocking b where b.project_id = p.id)")
			.params(where.parameters())
			.query((rs, n) -> {
				BigDecimal amount = rs.getBigDecimal("amount").setScale(2, RoundingMode.HALF_UP);
				return new CauseShare("NONE", null, null, rs.getLong("projects"), amount,
						EvaluationReport.share(amount, unexecuted));
			})
			.single();
	}

	private List<SourceExecution> bySource(ProjectFilter.Condition where) {
		return jdbc.sql("""
				with ps as (select p.id from project p where %s),
				planned as (select f.source_code, sum(f.amount) as amount from project_funding f
				            where f.project_id in (select id from ps) group by f.source_code),
				moved as (select e.source_code,
				                 sum(e.amount) filter (where e.kind = 'COMMITMENT') as committed,
				                 sum(e.amount) filter (where e.kind = 'PAYMENT') as paid
				          from project_financial_event e where e.project_id in (select id from ps) group by e.source_code)
				select s.code, s.kind, s.name_ar, s.name_fr, coalesce(planned.amount, 0) as planned,
				       coalesce(moved.committed, 0) as committed, coalesce(moved.paid, 0) as paid
				from funding_source s
				left join planned on planned.source_code = s.code
				left join moved on moved.source_code = s.code
				where planned.amount is not null or moved.committed is not null or moved.paid is not null
				order by planned desc
				""".formatted(where.sql()))
			.params(where.parameters())
			.query((rs, n) -> new SourceExecution(rs.getString("code"), rs.getString("kind"),
					new LocalizedName(rs.getString("name_ar"), rs.getString("name_fr"), null), rs.getBigDecimal("planned"),
					rs.getBigDecimal("committed"), rs.getBigDecimal("paid")))
			.list();
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

	private Map<String, LocalizedName> names(String sql) {
		Map<String, LocalizedName> names = new HashMap<>();
		jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null)))
			.list().forEach(e -> names.put(e.getKey(), e.getValue()));
		return names;
	}

	List<String> mandates() {
		return new ArrayList<>(programs.mandates());
	}
}

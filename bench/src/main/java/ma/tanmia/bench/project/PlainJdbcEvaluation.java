package ma.tanmia.bench.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.tanmia.bench.AppInternals;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.ScopeFilter;

/**
 * The baseline of {@code MandateEvaluation.evaluate}: the same evaluation computed from the base
 * tables the straightforward way — ten aggregate statements over {@code project},
 * {@code project_funding}, {@code project_financial_event} and {@code project_blocking}, each one
 * pass over the evaluated projects (what the application itself sent before it kept the tallies,
 * 22 statements in all with the names, territories and programs) — over one plain JDBC connection
 * in auto-commit. The project condition (scope, subtree, the mandate's programs) is the
 * application's own {@code ProjectFilter.condition}; {@code Programs.SELECT} and
 * {@code Territories.SELECT_UNITS} are read from the application. The ratio app / this baseline is
 * what the tallies buy; {@link TallyEvaluation} is the plain SQL of the statements the application
 * now sends.
 *
 * <p>The values that depend on earlier results (the units of {@code byTerritory}, the programs of
 * {@code byAxis}) are read once when the statements are prepared: they are the same every time.
 */
final class PlainJdbcEvaluation {

	/** The measures of every breakdown, as docs/EVALUATION.md defines them. */
	static final String MEASURES = """
			count(*) as projects, coalesce(sum(p.cost), 0) as cost,
			count(*) filter (where p.status = 'COMPLETED') as completed,
			coalesce(sum(p.cost * p.physical_progress / 100), 0) as executed,
			coalesce(sum(p.paid), 0) as paid, coalesce(sum(p.committed), 0) as committed,
			coalesce(sum(p.cost * (100 - p.physical_progress) / 100) filter (where p.status <> 'COMPLETED'), 0) as unexecuted
			""";
	static final String SELECT_PROGRAMS = (String) AppInternals.constant("ma.tanmia.program.Programs", "SELECT");
	static final String SELECT_UNITS = (String) AppInternals.constant("ma.tanmia.territory.Territories", "SELECT_UNITS");

	static final String POPULATIONS = """
			select u.code, p.census_year, p.inhabitants, p.estimated
			from territorial_unit_population p join territorial_unit u on u.id = p.territorial_unit
			where u.code in (:codes)
			order by p.census_year
			""";

	static final String VISIBLE_PROGRAMS = """
			  and (cast(:mandate as text) is null or mandate_code = :mandate)
			  and (cast(:within as text) is null or territory_path like :within || '%')
			order by mandate_code desc, territory_path, kind
			""";

	static final String NODES_OF = """
			select id, program_id, parent_id, kind, code, title_ar, title_fr, position
			from program_node where program_id in (:ids) order by program_id, position, code
			""";

	static String totals(String where) {
		return "select " + MEASURES + """
				, count(*) filter (where p.status <> 'COMPLETED' and p.planned_end < current_date) as late,
				  coalesce(sum(p.cost) filter (where p.status <> 'COMPLETED' and p.planned_end < current_date), 0) as late_cost
				from project p where """ + where;
	}

	static String groups(String where, String column) {
		return "select " + column + " as key, " + MEASURES + " from project p where " + where + " group by " + column
				+ " order by sum(p.cost) desc";
	}

	static String byAxis(String where) {
		return "select p.program_id, p.node_id as key, " + MEASURES + " from project p where " + where
				+ " group by p.program_id, p.node_id";
	}

	static String causeShares(String where, boolean byCause) {
		return """
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
				""".formatted(where, byCause ? "w.cause_code" : "w.family_code", byCause ? "w.cause_code" : "w.family_code");
	}

	static String noCause(String where) {
		return """
				select count(*) as projects, coalesce(sum(p.cost * (100 - p.physical_progress) / 100), 0) as amount
				from project p where p.status <> 'COMPLETED' and """ + where
				+ " and not exists (select 1 from project_blocking b where b.project_id = p.id)";
	}

	static String bySource(String where) {
		return """
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
				""".formatted(where);
	}

	/** The statements of one evaluation, in the application's order. */
	record Statements(List<BoundSql> all, BoundSql totals, List<BoundSql> aggregates) {

		long run(Connection connection) throws SQLException {
			long digest = 0;
			for (BoundSql statement : all) {
				digest += statement.run(connection);
			}
			return digest;
		}
	}

	private PlainJdbcEvaluation() {
	}

	/**
	 * Prepares the statements for {@code territoryCode} evaluated by {@code who}, whose project
	 * condition the application built ({@code where}); reads the data-dependent values once over
	 * {@code connection}.
	 */
	static Statements prepare(Connection connection, String mandate, String territoryCode, Authorizations who,
			ProjectModule.Where where) throws SQLException {
		List<BoundSql> all = new ArrayList<>();
		Map<String, Object> p = where.parameters();
		String w = where.sql();
		all.add(BoundSql.of("territories.find", SELECT_UNITS + " where u.code = :code", Map.of("code", territoryCode)));
		all.add(BoundSql.of("territories.find populations", POPULATIONS, Map.of("codes", List.of(territoryCode))));
		all.add(BoundSql.of("programs.mandates", "select code from mandate order by starts_on desc", Map.of()));
		ScopeFilter scope = ScopeFilter.overlapping(who.scopes(), "p.territory_path");
		Map<String, Object> visible = new HashMap<>(scope.parameters());
		visible.put("mandate", mandate);
		visible.put("within", null);
		all.add(BoundSql.of("programs.visible", SELECT_PROGRAMS + " where " + scope.sql() + VISIBLE_PROGRAMS, visible));
		List<BoundSql> aggregates = new ArrayList<>();
		BoundSql byStatus = BoundSql.of("byStatus", groups(w, "p.status"), p);
		BoundSql totals = BoundSql.of("totals", totals(w), p);
		BoundSql families = BoundSql.of("causeShares(family)", causeShares(w, false), p);
		BoundSql causes = BoundSql.of("causeShares(cause)", causeShares(w, true), p);
		BoundSql noCause = BoundSql.of("noCause", noCause(w), p);
		BoundSql byTerritory = BoundSql.of("byTerritory", groups(w, "p.territory_code"), p);
		BoundSql bySector = BoundSql.of("bySector", groups(w, "p.sector_code"), p);
		BoundSql byCompetence = BoundSql.of("byCompetence", groups(w, "p.competence"), p);
		BoundSql axis = BoundSql.of("byAxis", byAxis(w), p);
		BoundSql bySource = BoundSql.of("bySource", bySource(w), p);
		aggregates.addAll(List.of(byStatus, totals, families, causes, noCause, byTerritory, bySector, byCompetence, axis,
				bySource));
		all.add(byStatus);
		all.add(totals);
		all.add(BoundSql.of("names(families)", "select code, name_ar, name_fr from blocking_cause_family", Map.of()));
		all.add(BoundSql.of("names(causes)", "select code, name_ar, name_fr from blocking_cause", Map.of()));
		all.add(families);
		all.add(causes);
		all.add(noCause);
		all.add(byTerritory);
		List<Object> units = new ArrayList<>();
		for (List<Object> row : byTerritory.rows(connection)) {
			units.add(row.get(0));
		}
		if (!units.isEmpty()) {
			all.add(BoundSql.of("territories.findAll", SELECT_UNITS + " where u.code in (:codes)", Map.of("codes", units)));
			all.add(BoundSql.of("territories.findAll populations", POPULATIONS, Map.of("codes", units)));
		}
		all.add(bySector);
		all.add(BoundSql.of("names(sectors)", "select code, name_ar, name_fr from sector", Map.of()));
		all.add(byCompetence);
		all.add(axis);
		Set<Object> programs = new LinkedHashSet<>();
		for (List<Object> row : axis.rows(connection)) {
			programs.add(row.get(0));
		}
		if (!programs.isEmpty()) {
			Map<String, Object> ids = new LinkedHashMap<>();
			ids.put("ids", List.copyOf(programs));
			all.add(BoundSql.of("programs.byIds", SELECT_PROGRAMS + " where id in (:ids)", ids));
			all.add(BoundSql.of("programs.nodesOf", NODES_OF, ids));
		}
		all.add(bySource);
		return new Statements(List.copyOf(all), totals, List.copyOf(aggregates));
	}
}

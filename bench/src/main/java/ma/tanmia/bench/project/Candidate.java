package ma.tanmia.bench.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The statements this bench recommends for src/main (docs/PERFORMANCE.md), run over plain JDBC so
 * their gain is measured before anyone changes the application:
 *
 * <ol>
 * <li>the mandate as a condition, not as the list of its visible programs:
 * {@code p.program_id in (select g.id from program g where g.mandate_code = :mandate)} instead of
 * {@code p.program_id in (:programIds)}, which for a national reader binds 1,590 values (the same
 * rows: a project always lies inside its program's territory, so a project the reader may see
 * belongs to a program the reader may see);
 * <li>the list in place-then-code order ({@code order by p.territory_path, p.code}), which the index
 * on {@code territory_path} returns already sorted, instead of code order, for which PostgreSQL walks
 * {@code project_code_key} and filters out every project of the regions whose codes sort first;
 * <li>the evaluation in 3 passes over the projects instead of 10: the six breakdowns and the totals
 * in one {@code GROUP BY GROUPING SETS} statement, both cause breakdowns and the "no cause" share in
 * one statement, then the sources;
 * <li>custom plans only ({@code plan_cache_mode = force_custom_plan} on the connection), so a
 * server-prepared statement never switches to a generic plan planned without its values.
 * </ol>
 */
final class Candidate {

	static final String MANDATE_PROGRAMS = "p.program_id in (select g.id from program g where g.mandate_code = :mandate)";

	private Candidate() {
	}

	/** A plain JDBC connection that plans every statement with its values (recommendation 4). */
	static Connection customPlans(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set plan_cache_mode = force_custom_plan");
		}
		return connection;
	}

	/** The application's condition with the mandate as a condition (recommendation 1). */
	static ProjectModule.Where byMandate(ProjectModule.Where where, String mandate) {
		if (!where.sql().contains("p.program_id in (:programIds)")) {
			throw new IllegalStateException("ProjectFilter no longer filters programs as expected: " + where.sql());
		}
		Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
		parameters.remove("programIds");
		parameters.put("mandate", mandate);
		return new ProjectModule.Where(where.sql().replace("p.program_id in (:programIds)", MANDATE_PROGRAMS), parameters);
	}

	/** The list's rows (place-then-code order, recommendation 2) and count. */
	static BoundSql[] list(ProjectModule.Where where) {
		Map<String, Object> rows = new LinkedHashMap<>(where.parameters());
		rows.put("limit", ProjectPages.PAGE_SIZE);
		rows.put("offset", 0L);
		return new BoundSql[] {
				BoundSql.of("rows (candidate)", ProjectPages.SELECT_ROWS + " where " + where.sql()
						+ " order by p.territory_path, p.code limit :limit offset :offset", rows),
				BoundSql.of("count (candidate)", "select count(*) from project p where " + where.sql(), where.parameters()) };
	}

	static String rollup(String where) {
		return "select grouping(p.status) as no_status, grouping(p.territory_code) as no_territory,"
				+ " grouping(p.sector_code) as no_sector, grouping(p.competence) as no_competence,"
				+ " grouping(p.program_id) as no_axis, p.status, p.territory_code, p.sector_code, p.competence, p.program_id,"
				+ " p.node_id, " + PlainJdbcEvaluation.MEASURES
				+ ", count(*) filter (where p.status <> 'COMPLETED' and p.planned_end < current_date) as late,"
				+ " coalesce(sum(p.cost) filter (where p.status <> 'COMPLETED' and p.planned_end < current_date), 0) as late_cost"
				+ " from project p where " + where
				+ " group by grouping sets ((), (p.status), (p.territory_code), (p.sector_code), (p.competence),"
				+ " (p.program_id, p.node_id))";
	}

	/**
	 * Both cause breakdowns and the unexplained share in one statement: the same weights as
	 * MandateEvaluation (a project's unexecuted amount split equally among its cause families, a
	 * family's part equally among its causes), the number of distinct families counted with two
	 * {@code dense_rank()} instead of a grouped {@code count(distinct)} joined back.
	 */
	static String causes(String where) {
		return """
				with u as materialized (
				  select p.id, p.cost * (100 - p.physical_progress) / 100 as amount
				  from project p where p.status <> 'COMPLETED' and %s
				), pc as (
				  select distinct b.project_id, c.family_code, c.code as cause_code
				  from project_blocking b join blocking_cause c on c.code = b.cause_code
				  where b.project_id in (select id from u)
				), w as (
				  select project_id, family_code, cause_code,
				         1.0 / (dense_rank() over (partition by project_id order by family_code)
				                + dense_rank() over (partition by project_id order by family_code desc) - 1)
				             / count(*) over (partition by project_id, family_code) as weight
				  from pc
				)
				select grouping(w.cause_code) as by_family, w.family_code, w.cause_code,
				       count(distinct w.project_id) as projects, coalesce(sum(u.amount * w.weight), 0) as amount
				from w join u on u.id = w.project_id
				group by grouping sets ((w.family_code), (w.family_code, w.cause_code))
				union all
				select 2, null, null, count(*), coalesce(sum(u.amount), 0)
				from u where not exists (select 1 from project_blocking b where b.project_id = u.id)
				""".formatted(where);
	}

	/** The candidate evaluation's statements (13 instead of 21; 3 passes over the projects instead of 10). */
	static PlainJdbcEvaluation.Statements evaluation(Connection connection, String territoryCode,
			ProjectModule.Where where) throws SQLException {
		List<BoundSql> all = new ArrayList<>();
		Map<String, Object> p = where.parameters();
		String w = where.sql();
		all.add(BoundSql.of("territories.find", PlainJdbcEvaluation.SELECT_UNITS + " where u.code = :code",
				Map.of("code", territoryCode)));
		all.add(BoundSql.of("territories.find populations", PlainJdbcEvaluation.POPULATIONS,
				Map.of("codes", List.of(territoryCode))));
		all.add(BoundSql.of("programs.mandates", "select code from mandate order by starts_on desc", Map.of()));
		BoundSql rollup = BoundSql.of("rollup (grouping sets)", rollup(w), p);
		BoundSql causes = BoundSql.of("causes (families, causes, none)", causes(w), p);
		BoundSql bySource = BoundSql.of("bySource", PlainJdbcEvaluation.bySource(w), p);
		all.add(rollup);
		all.add(BoundSql.of("names(families)", "select code, name_ar, name_fr from blocking_cause_family", Map.of()));
		all.add(BoundSql.of("names(causes)", "select code, name_ar, name_fr from blocking_cause", Map.of()));
		all.add(causes);
		List<Object> units = new ArrayList<>();
		Set<Object> programs = new LinkedHashSet<>();
		for (List<Object> row : rollup.rows(connection)) {
			// no_territory = 0 marks a row of the territory breakdown, no_axis = 0 one of the axis breakdown.
			if (((Number) row.get(1)).intValue() == 0) {
				units.add(row.get(6));
			}
			if (((Number) row.get(4)).intValue() == 0) {
				programs.add(row.get(9));
			}
		}
		if (!units.isEmpty()) {
			all.add(BoundSql.of("territories.findAll", PlainJdbcEvaluation.SELECT_UNITS + " where u.code in (:codes)",
					Map.of("codes", units)));
			all.add(BoundSql.of("territories.findAll populations", PlainJdbcEvaluation.POPULATIONS, Map.of("codes", units)));
		}
		all.add(BoundSql.of("names(sectors)", "select code, name_ar, name_fr from sector", Map.of()));
		if (!programs.isEmpty()) {
			Map<String, Object> ids = Map.of("ids", List.copyOf(programs));
			all.add(BoundSql.of("programs.byIds", PlainJdbcEvaluation.SELECT_PROGRAMS + " where id in (:ids)", ids));
			all.add(BoundSql.of("programs.nodesOf", PlainJdbcEvaluation.NODES_OF, ids));
		}
		all.add(bySource);
		return new PlainJdbcEvaluation.Statements(List.copyOf(all), rollup, List.of(rollup, causes, bySource));
	}
}

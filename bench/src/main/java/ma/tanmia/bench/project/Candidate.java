package ma.tanmia.bench.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * <li>(the evaluation in 3 passes with grouping sets, measured here before: superseded by the live
 * tallies, docs/PERFORMANCE.md);
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
}

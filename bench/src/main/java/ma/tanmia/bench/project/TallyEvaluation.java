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
 * The plain SQL of what {@code MandateEvaluation.evaluate} sends now, in its order, with the same
 * values, over one plain JDBC connection: the territory, the mandates, the reader's programs, then
 * the tallies of the evaluated cells ({@code MandateEvaluation.TALLIES}, one statement for every
 * breakdown), the late projects ({@code LATE}), the reference names ({@code REFERENCES}), the units'
 * and programs' names. The SQL constants are read from the application, so this cannot drift from it.
 */
final class TallyEvaluation {

	static final String TALLIES = (String) AppInternals.constant("ma.tanmia.project.MandateEvaluation", "TALLIES");
	static final String LATE = (String) AppInternals.constant("ma.tanmia.project.MandateEvaluation", "LATE");
	static final String REFERENCES = (String) AppInternals.constant("ma.tanmia.project.MandateEvaluation", "REFERENCES");
	/**
	 * {@code set_config('work_mem', '16MB', true)}: for the transaction, in the application. Over an
	 * auto-commit connection a transaction is one statement, so the bench sends it unchanged (same round
	 * trip) and the connection the plain variants share has the same {@code work_mem} for the session.
	 */
	static final String GROUPING_MEMORY = (String) AppInternals.constant("ma.tanmia.project.MandateEvaluation",
			"GROUPING_MEMORY");

	private TallyEvaluation() {
	}

	/** The statements of one evaluation; {@code totals()} is the tallies statement, {@code aggregates()} the two over project data. */
	static PlainJdbcEvaluation.Statements prepare(Connection connection, String mandate, String territoryCode,
			Authorizations who, ProjectModule.Where where, ProjectModule.Where cells) throws SQLException {
		List<BoundSql> all = new ArrayList<>();
		Map<String, Object> p = where.parameters();
		all.add(BoundSql.of("territories.find", PlainJdbcEvaluation.SELECT_UNITS + " where u.code = :code",
				Map.of("code", territoryCode)));
		all.add(BoundSql.of("territories.find populations", PlainJdbcEvaluation.POPULATIONS,
				Map.of("codes", List.of(territoryCode))));
		all.add(BoundSql.of("programs.mandates", "select code from mandate order by starts_on desc", Map.of()));
		ScopeFilter scope = ScopeFilter.overlapping(who.scopes(), "p.territory_path");
		Map<String, Object> visible = new HashMap<>(scope.parameters());
		visible.put("mandate", mandate);
		visible.put("within", null);
		all.add(BoundSql.of("programs.visible",
				PlainJdbcEvaluation.SELECT_PROGRAMS + " where " + scope.sql() + PlainJdbcEvaluation.VISIBLE_PROGRAMS, visible));
		BoundSql tallies = BoundSql.of("tallies (every breakdown)", TALLIES.formatted(cells.sql()), cells.parameters());
		BoundSql late = BoundSql.of("late", LATE.formatted(where.sql()), p);
		all.add(BoundSql.of("grouping memory", GROUPING_MEMORY, Map.of()));
		all.add(tallies);
		all.add(BoundSql.of("references", REFERENCES, Map.of()));
		all.add(late);
		List<Object> units = new ArrayList<>();
		Set<Object> programs = new LinkedHashSet<>();
		for (List<Object> row : tallies.rows(connection)) {
			if ("UNIT".equals(row.get(0))) {
				units.add(row.get(1));
			}
			if ("NODE".equals(row.get(0))) {
				String key = (String) row.get(1);
				programs.add(Long.valueOf(key.substring(0, key.indexOf(':'))));
			}
		}
		if (!units.isEmpty()) {
			all.add(BoundSql.of("territories.findAll", PlainJdbcEvaluation.SELECT_UNITS + " where u.code in (:codes)",
					Map.of("codes", units)));
			all.add(BoundSql.of("territories.findAll populations", PlainJdbcEvaluation.POPULATIONS, Map.of("codes", units)));
		}
		if (!programs.isEmpty()) {
			Map<String, Object> ids = new LinkedHashMap<>();
			ids.put("ids", List.copyOf(programs));
			all.add(BoundSql.of("programs.byIds", PlainJdbcEvaluation.SELECT_PROGRAMS + " where id in (:ids)", ids));
			all.add(BoundSql.of("programs.nodesOf", PlainJdbcEvaluation.NODES_OF, ids));
		}
		return new PlainJdbcEvaluation.Statements(List.copyOf(all), tallies, List.of(tallies, late));
	}
}

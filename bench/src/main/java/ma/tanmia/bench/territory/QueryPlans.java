package ma.tanmia.bench.territory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the territory statements, run as the application runs them:
 * prepared, with the code bound as a parameter, so the planner sees what it sees in production
 * (a parameter cannot turn {@code LIKE … || '%'} into an index range).
 */
final class QueryPlans {

	private final Connection connection;

	QueryPlans(Connection connection) {
		this.connection = connection;
	}

	/** Statement label → SQL with one {@code ?} for the code, in print order. */
	static Map<String, String> statements() {
		Map<String, String> statements = new LinkedHashMap<>();
		statements.put("countInSubtree (application)",
				PlainJdbcTerritories.SUBTREE_COUNT.replace("and level = ?", "and level = 'COMMUNE'"));
		statements.put("subtreeCodes (application)", PlainJdbcTerritories.SUBTREE_CODES);
		statements.put("countInSubtree (path range)",
				PathRangeSubtree.COUNT.replace("and level = ?", "and level = 'COMMUNE'"));
		statements.put("subtreeCodes (path range)", PathRangeSubtree.CODES);
		statements.put("children page (application)", PlainJdbcTerritories.SELECT_UNITS + """
				where u.parent_id = (select id from territorial_unit where code = ?)
				order by u.name_fr, u.code
				limit 50 offset 0
				""");
		return statements;
	}

	void print(String code) throws SQLException {
		for (Map.Entry<String, String> statement : statements().entrySet()) {
			print(statement.getKey(), statement.getValue(), code);
		}
	}

	void print(String label, String sql, String code) throws SQLException {
		System.out.printf("%n-- %s, code = %s%n", label, code);
		try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
			int parameters = explain.getParameterMetaData().getParameterCount();
			for (int i = 1; i <= parameters; i++) {
				explain.setString(i, code);
			}
			try (ResultSet rs = explain.executeQuery()) {
				while (rs.next()) {
					System.out.println(rs.getString(1));
				}
			}
		}
	}
}

package ma.tanmia.bench.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan PostgreSQL uses once it keeps a generic plan for a server-prepared statement (pgjdbc
 * prepares on the server from a statement's fifth execution on a connection; PostgreSQL then plans
 * without the values when that looks no dearer than the custom plans so far). Shown with
 * {@code PREPARE}, {@code plan_cache_mode = force_generic_plan} and {@code EXPLAIN (ANALYZE, BUFFERS) EXECUTE}.
 */
final class GenericPlan {

	private GenericPlan() {
	}

	static List<String> explain(Connection connection, BoundSql statement) throws SQLException {
		StringBuilder numbered = new StringBuilder();
		int n = 0;
		for (char c : statement.sql().toCharArray()) {
			if (c == '?') {
				numbered.append('$').append(++n);
			}
			else {
				numbered.append(c);
			}
		}
		try (Statement session = connection.createStatement()) {
			session.execute("prepare bench_generic as " + numbered);
			session.execute("set plan_cache_mode = force_generic_plan");
		}
		List<String> lines = new ArrayList<>();
		List<String> literals = new ArrayList<>();
		for (Object value : statement.values()) {
			literals.add(literal(value));
		}
		String arguments = n == 0 ? "" : "(" + String.join(", ", literals) + ")";
		// EXECUTE takes its arguments as literals: a bound parameter is not visible inside EXPLAIN EXECUTE.
		try (PreparedStatement explain = connection.prepareStatement(
				"explain (analyze, buffers) execute bench_generic" + arguments)) {
			try (ResultSet rs = explain.executeQuery()) {
				while (rs.next()) {
					lines.add(rs.getString(1));
				}
			}
		}
		finally {
			try (Statement session = connection.createStatement()) {
				session.execute("deallocate bench_generic");
				session.execute("reset plan_cache_mode");
			}
		}
		return lines;
	}

	/** A SQL literal for one of the bench's own values (codes, paths, ids, words): quoted, quotes doubled. */
	static String literal(Object value) {
		if (value == null) {
			return "null";
		}
		if (value instanceof Number) {
			return value.toString();
		}
		return "'" + value.toString().replace("'", "''") + "'";
	}
}

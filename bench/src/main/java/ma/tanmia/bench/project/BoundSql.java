package ma.tanmia.bench.project;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * One statement as the application sends it — its named parameters expanded to JDBC placeholders
 * exactly as JdbcClient expands them (a list becomes one {@code ?} per element), with the values in
 * order — ready to run over a plain JDBC connection. The expansion is done once, when the bench
 * prepares its inputs; running it is then prepare, bind, execute and read every column of every row.
 */
public record BoundSql(String label, String sql, List<Object> values) {

	public static BoundSql of(String label, String namedSql, Map<String, ?> parameters) {
		ParsedSql parsed = NamedParameterUtils.parseSqlStatement(namedSql);
		MapSqlParameterSource source = new MapSqlParameterSource(parameters);
		String sql = NamedParameterUtils.substituteNamedParameters(parsed, source);
		List<Object> values = new ArrayList<>();
		for (Object value : NamedParameterUtils.buildValueArray(parsed, source, null)) {
			if (value instanceof Collection<?> list) {
				values.addAll(list);
			}
			else {
				values.add(value);
			}
		}
		return new BoundSql(label, sql, values);
	}

	/** Runs the statement, reads every column of every row; returns a digest of what it read. */
	public long run(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, values);
			try (ResultSet rs = statement.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				long digest = 0;
				while (rs.next()) {
					for (int i = 1; i <= columns; i++) {
						Object value = rs.getObject(i);
						digest = digest * 31 + (value == null ? 0 : value.hashCode());
					}
				}
				return digest;
			}
		}
	}

	/** The rows, each as its column values, for the few places the bench needs a result (codes, ids). */
	public List<List<Object>> rows(Connection connection) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			bind(statement, values);
			try (ResultSet rs = statement.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				List<List<Object>> rows = new ArrayList<>();
				while (rs.next()) {
					List<Object> row = new ArrayList<>(columns);
					for (int i = 1; i <= columns; i++) {
						row.add(rs.getObject(i));
					}
					rows.add(row);
				}
				return rows;
			}
		}
	}

	/**
	 * {@code EXPLAIN (ANALYZE, BUFFERS)} of the statement with its values bound. {@code generic}
	 * forces the plan a prepared statement may switch to after its fifth execution (pgjdbc prepares
	 * server-side from the fifth use; PostgreSQL may then keep a generic plan, planned without the values).
	 */
	public List<String> explain(Connection connection, boolean generic) throws SQLException {
		try (Statement session = connection.createStatement()) {
			session.execute("set plan_cache_mode = " + (generic ? "force_generic_plan" : "auto"));
		}
		List<String> lines = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
			bind(statement, values);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					lines.add(rs.getString(1));
				}
			}
		}
		finally {
			try (Statement session = connection.createStatement()) {
				session.execute("reset plan_cache_mode");
			}
		}
		return lines;
	}

	/** The statement with its values written in as literals, to replay it in psql. */
	String inlined() {
		StringBuilder out = new StringBuilder();
		int next = 0;
		for (char c : sql.toCharArray()) {
			out.append(c == '?' ? GenericPlan.literal(values.get(next++)) : String.valueOf(c));
		}
		return out.toString();
	}

	/** The execution time an EXPLAIN ANALYZE reports, in ms. */
	static double executionMillis(List<String> plan) {
		for (String line : plan) {
			if (line.startsWith("Execution Time:")) {
				return Double.parseDouble(line.replaceAll("[^0-9.]", ""));
			}
		}
		return Double.NaN;
	}

	/** Binds as plain JDBC code would: strings, longs and ints by type, null as an untyped varchar. */
	static void bind(PreparedStatement statement, List<Object> values) throws SQLException {
		for (int i = 0; i < values.size(); i++) {
			Object value = values.get(i);
			if (value == null) {
				statement.setNull(i + 1, Types.VARCHAR);
			}
			else if (value instanceof String s) {
				statement.setString(i + 1, s);
			}
			else if (value instanceof Long l) {
				statement.setLong(i + 1, l);
			}
			else if (value instanceof Integer n) {
				statement.setInt(i + 1, n);
			}
			else {
				statement.setObject(i + 1, value);
			}
		}
	}
}

package ma.tanmia.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition "this row's territory overlaps one of the person's scopes": the row lies in a
 * scope (a commune's project for the governor of its prefecture), or a scope lies in the row's
 * territory (a region-wide project seen by the planner of one of its communes).
 *
 * @param sql a boolean SQL expression over the given path column, with named parameters
 * @param parameters the values of those parameters
 */
public record ScopeFilter(String sql, Map<String, Object> parameters) {

	public static ScopeFilter overlapping(List<String> scopePaths, String pathColumn) {
		if (scopePaths.isEmpty()) {
			return new ScopeFilter("false", Map.of());
		}
		StringBuilder sql = new StringBuilder("(");
		Map<String, Object> parameters = new LinkedHashMap<>();
		for (int i = 0; i < scopePaths.size(); i++) {
			String name = "scope" + i;
			if (i > 0) {
				sql.append(" or ");
			}
			sql.append(pathColumn).append(" like :").append(name).append(" || '%' or :").append(name)
				.append(" like ").append(pathColumn).append(" || '%'");
			parameters.put(name, scopePaths.get(i));
		}
		return new ScopeFilter(sql.append(")").toString(), parameters);
	}
}

package ma.tanmia.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL condition "this row's territory overlaps one of the person's scopes": the row lies in a
 * scope (a commune's project for the governor of its prefecture), or the row's territory contains a
 * scope (a region-wide project seen by the planner of one of its communes).
 *
 * <p>Written so an index on the path column serves both halves, whatever plan PostgreSQL picks: a
 * half-open range for what lies in the scope (a {@code LIKE} with a bound pattern cannot use the index
 * in a generic prepared plan), and equality with the scope's ancestors (a handful of paths) for what
 * contains it. Paths are compared byte by byte (collation "C").
 *
 * @param sql a boolean SQL expression over the given path column, with named parameters
 * @param parameters the values of those parameters
 */
public record ScopeFilter(String sql, Map<String, Object> parameters) {

	public static ScopeFilter overlapping(List<String> scopePaths, String pathColumn) {
		if (scopePaths.isEmpty()) {
			return new ScopeFilter("false", Map.of());
		}
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new LinkedHashMap<>();
		List<String> ancestors = new ArrayList<>();
		for (int i = 0; i < scopePaths.size(); i++) {
			ScopeFilter within = within(scopePaths.get(i), pathColumn, "scope" + i);
			conditions.add(within.sql());
			parameters.putAll(within.parameters());
			ancestors.addAll(ancestorsOf(scopePaths.get(i)));
		}
		if (!ancestors.isEmpty()) {
			conditions.add(pathColumn + " in (:scopeAncestors)");
			parameters.put("scopeAncestors", ancestors.stream().distinct().toList());
		}
		return new ScopeFilter("(" + String.join(" or ", conditions) + ")", parameters);
	}

	/** The rows whose path lies under {@code path} (itself included): {@code path ≤ column < path's successor}. */
	public static ScopeFilter within(String path, String pathColumn, String parameter) {
		String upper = path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1);
		return new ScopeFilter("(" + pathColumn + " >= :" + parameter + "From and " + pathColumn + " < :" + parameter + "To)",
				Map.of(parameter + "From", path, parameter + "To", upper));
	}

	/** {@code /MA/MA-09/MA-INE/} → {@code /MA/}, {@code /MA/MA-09/}. */
	static List<String> ancestorsOf(String path) {
		List<String> ancestors = new ArrayList<>();
		int end = path.indexOf('/', 1);
		while (end > 0 && end < path.length() - 1) {
			ancestors.add(path.substring(0, end + 1));
			end = path.indexOf('/', end + 1);
		}
		return ancestors;
	}
}

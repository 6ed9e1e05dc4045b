package ma.tanmia.bench.project;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import ma.tanmia.bench.AppInternals;

/**
 * The project list as {@code ProjectController.list} asks for it: the first page of 50 in code order
 * (its defaults), i.e. {@code ProjectQueries.page}'s two statements, and the URL a browser requests.
 */
final class ProjectPages {

	static final int PAGE_SIZE = (Integer) AppInternals.constant("ma.tanmia.project.ProjectController", "PAGE_SIZE");

	static final String SELECT_ROWS = (String) AppInternals.constant("ma.tanmia.project.ProjectQueries", "SELECT_ROWS");

	private ProjectPages() {
	}

	/**
	 * The rows statement (in the list's default order, place then code) and the count statement of the first page, with the values JdbcClient binds
	 * (limit an Integer from PageRequest.getPageSize(), offset a Long from getOffset()).
	 */
	static BoundSql[] statements(ProjectModule.Where where) {
		Map<String, Object> rows = new LinkedHashMap<>(where.parameters());
		rows.put("limit", PAGE_SIZE);
		rows.put("offset", 0L);
		return new BoundSql[] {
				BoundSql.of("rows", SELECT_ROWS + " where " + where.sql()
						+ " order by p.territory_path, p.code limit :limit offset :offset", rows),
				BoundSql.of("count", "select count(*) from project p where " + where.sql(), where.parameters()) };
	}

	static String url(String mandate, String territory, String q) {
		StringBuilder url = new StringBuilder("/projects?mandate=").append(mandate);
		if (territory != null) {
			url.append("&territory=").append(territory);
		}
		if (q != null) {
			url.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
		}
		return url.toString();
	}
}

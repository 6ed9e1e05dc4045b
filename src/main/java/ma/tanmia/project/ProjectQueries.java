package ma.tanmia.project;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists of projects: two queries a page (rows, count), whatever the filters. */
@Service
@Transactional(readOnly = true)
public class ProjectQueries {

	/**
	 * The list's orders. Place-then-code is the default: it groups a region's projects by province
	 * and commune, and the index on (mandate, place, code) returns a page of it without sorting.
	 */
	enum Order {
		PLACE("p.territory_path, p.code"), CODE("p.code"), COST("p.cost desc, p.code"), PROGRESS("p.physical_progress, p.code"), END("p.planned_end nulls last, p.code");

		final String sql;

		Order(String sql) {
			this.sql = sql;
		}
	}

	static final String SELECT_ROWS = """
			select p.id, p.code, p.title_ar, p.title_fr, p.program_id, p.sector_code, s.name_ar as sector_ar,
			       s.name_fr as sector_fr, p.territory_code, p.cost, p.status, p.physical_progress, p.committed, p.paid,
			       p.planned_end, (p.status <> 'COMPLETED' and p.planned_end < current_date) as late
			from project p join sector s on s.code = p.sector_code
			""";

	private final JdbcClient jdbc;

	ProjectQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Page<ProjectRow> page(ProjectFilter filter, Authorizations who, int page, int size, Order order) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		ProjectFilter.Condition condition = filter.condition(who);
		List<ProjectRow> rows = jdbc.sql(SELECT_ROWS + " where " + condition.sql() + " order by " + order.sql
				+ " limit :limit offset :offset")
			.params(condition.parameters())
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(ProjectQueries::row)
			.list();
		long total = jdbc.sql("select count(*) from project p where " + condition.sql())
			.params(condition.parameters())
			.query(Long.class)
			.single();
		return new PageImpl<>(rows, request, total);
	}

	/** The status and physical progress of the projects with these codes (unknown codes are left out); one query. */
	public java.util.Map<String, ProjectProgress> progressOf(java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return java.util.Map.of();
		}
		java.util.Map<String, ProjectProgress> progress = new java.util.LinkedHashMap<>();
		jdbc.sql("select code, title_ar, title_fr, territory_path, status, physical_progress from project where code in (:codes)")
			.param("codes", codes)
			.query((rs, n) -> new ProjectProgress(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null),
					rs.getString(4), ProjectStatus.valueOf(rs.getString(5)), rs.getBigDecimal(6)))
			.list()
			.forEach(p -> progress.put(p.code(), p));
		return progress;
	}

	/**
	 * The projects of a program carried under some of its axes or sub-programs, by code, at most
	 * {@code limit}, with their status and physical progress (public traceability); one query.
	 */
	public List<ProjectProgress> progressUnder(long programId, java.util.Collection<Long> nodeIds, int limit) {
		if (nodeIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select code, title_ar, title_fr, territory_path, status, physical_progress from project
				where program_id = :program and node_id in (:nodes) order by code limit :limit
				""")
			.param("program", programId).param("nodes", nodeIds).param("limit", limit)
			.query((rs, n) -> new ProjectProgress(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null),
					rs.getString(4), ProjectStatus.valueOf(rs.getString(5)), rs.getBigDecimal(6)))
			.list();
	}

	/** The axis or sub-program a project is carried under, if any. */
	public java.util.Optional<Long> nodeOf(String code) {
		return jdbc.sql("select node_id from project where code = :code and node_id is not null").param("code", code)
			.query(Long.class).optional();
	}

	static ProjectRow row(ResultSet rs, int n) throws SQLException {
		return new ProjectRow(rs.getLong("id"), rs.getString("code"),
				new LocalizedName(rs.getString("title_ar"), rs.getString("title_fr"), null), rs.getLong("program_id"),
				rs.getString("sector_code"), new LocalizedName(rs.getString("sector_ar"), rs.getString("sector_fr"), null),
				rs.getString("territory_code"), rs.getBigDecimal("cost"), ProjectStatus.valueOf(rs.getString("status")),
				rs.getBigDecimal("physical_progress"), rs.getBigDecimal("committed"), rs.getBigDecimal("paid"),
				rs.getObject("planned_end", java.time.LocalDate.class), rs.getBoolean("late"));
	}

	record Reference(String code, LocalizedName name, String family) {
	}

	List<Reference> sectors() {
		return jdbc.sql("select code, name_ar, name_fr from sector order by name_fr")
			.query((rs, n) -> new Reference(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null), null))
			.list();
	}

	List<Reference> fundingSources() {
		return jdbc.sql("select code, name_ar, name_fr, kind from funding_source order by code")
			.query((rs, n) -> new Reference(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null),
					rs.getString(4)))
			.list();
	}

	List<Reference> causeFamilies() {
		return jdbc.sql("select code, name_ar, name_fr from blocking_cause_family order by position")
			.query((rs, n) -> new Reference(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null), null))
			.list();
	}

	List<Reference> causes() {
		return jdbc.sql("""
				select c.code, c.name_ar, c.name_fr, c.family_code from blocking_cause c
				join blocking_cause_family f on f.code = c.family_code where c.active order by f.position, c.code
				""")
			.query((rs, n) -> new Reference(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null),
					rs.getString(4)))
			.list();
	}
}

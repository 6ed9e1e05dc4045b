package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only view of projects for other modules: the candidates of a program (prioritization and
 * programming) and the interventions in a territory (coordination). A fixed number of queries per
 * call; always within what the person may see.
 */
@Service
@Transactional(readOnly = true)
public class ProjectCatalog {

	/** Statuses of a project not yet under way: what a programming may still choose and schedule. */
	public static final List<ProjectStatus> NOT_STARTED = List.of(ProjectStatus.PROGRAMMED, ProjectStatus.STUDIES,
			ProjectStatus.TENDERING);

	/** A project as prioritization and coordination see it, with its planned funding by source. */
	public record ProjectSummary(long id, String code, LocalizedName title, long programId, String sectorCode,
			String territoryCode, String territoryPath, String ownerOrgCode, BigDecimal cost, boolean landSecured,
			boolean studiesDone, LocalDate plannedStart, LocalDate plannedEnd, ProjectStatus status,
			BigDecimal latitude, BigDecimal longitude, Map<String, BigDecimal> fundingBySource) {
	}

	private static final String SELECT = """
			select p.id, p.code, p.title_ar, p.title_fr, p.program_id, p.sector_code, p.territory_code, p.territory_path,
			       p.owner_org_code, p.cost, p.land_secured, p.studies_done, p.planned_start, p.planned_end, p.status,
			       p.latitude, p.longitude
			from project p
			""";

	private final JdbcClient jdbc;

	ProjectCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The projects of a program not yet under way, by code. */
	public List<ProjectSummary> candidates(long programId) {
		ScopeFilter scope = ScopeFilter.overlapping(Authorizations.current().scopes(), "p.territory_path");
		return withFunding(jdbc.sql(SELECT + " where p.program_id = :program and p.status in (:statuses) and "
				+ scope.sql() + " order by p.code")
			.params(scope.parameters())
			.param("program", programId)
			.param("statuses", NOT_STARTED.stream().map(Enum::name).toList())
			.query(this::row)
			.list());
	}

	/** A project by code, if the person may see it. */
	/**
	 * The current version of each project by code (a project that no longer exists is left out): what
	 * a reader keeps to detect, later, that a project changed since it read it.
	 */
	public Map<String, Long> versions(Collection<String> codes) {
		Map<String, Long> versions = new java.util.HashMap<>();
		if (!codes.isEmpty()) {
			jdbc.sql("select code, version from project where code in (:codes)").param("codes", codes)
				.query((rs, n) -> versions.put(rs.getString(1), rs.getLong(2))).list();
		}
		return versions;
	}

	public java.util.Optional<ProjectSummary> byCode(String code) {
		ScopeFilter scope = ScopeFilter.overlapping(Authorizations.current().scopes(), "p.territory_path");
		return withFunding(jdbc.sql(SELECT + " where p.code = :code and " + scope.sql())
			.params(scope.parameters())
			.param("code", code)
			.query(this::row)
			.list()).stream().findFirst();
	}

	/** Some projects by id (those the person may see). */
	public List<ProjectSummary> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		ScopeFilter scope = ScopeFilter.overlapping(Authorizations.current().scopes(), "p.territory_path");
		return withFunding(jdbc.sql(SELECT + " where p.id in (:ids) and " + scope.sql() + " order by p.code")
			.params(scope.parameters())
			.param("ids", ids)
			.query(this::row)
			.list());
	}

	/**
	 * Every project located in a territory's subtree, whatever its program or owner, optionally of
	 * some programs only, at most {@code limit} (largest first).
	 */
	public List<ProjectSummary> within(String territoryPath, Collection<Long> programIds, int limit) {
		ScopeFilter scope = ScopeFilter.overlapping(Authorizations.current().scopes(), "p.territory_path");
		ScopeFilter within = ScopeFilter.within(territoryPath, "p.territory_path", "territory");
		String programs = programIds == null ? "" : programIds.isEmpty() ? " and false" : " and p.program_id in (:programs)";
		var sql = jdbc.sql(SELECT + " where " + scope.sql() + " and " + within.sql() + programs
				+ " order by p.cost desc, p.code limit :limit")
			.params(scope.parameters())
			.params(within.parameters())
			.param("limit", limit);
		if (programIds != null && !programIds.isEmpty()) {
			sql = sql.param("programs", programIds);
		}
		return sql.query(this::row).list();
	}

	/** Sectors by code, in the order of their French names. */
	public Map<String, LocalizedName> sectors() {
		return names("select code, name_ar, name_fr from sector order by name_fr");
	}

	/** Funding sources by code. */
	public Map<String, LocalizedName> fundingSources() {
		return names("select code, name_ar, name_fr from funding_source order by code");
	}

	private Map<String, LocalizedName> names(String sql) {
		Map<String, LocalizedName> names = new LinkedHashMap<>();
		jdbc.sql(sql).query((rs, n) -> Map.entry(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null)))
			.list().forEach(e -> names.put(e.getKey(), e.getValue()));
		return names;
	}

	private List<ProjectSummary> withFunding(List<ProjectSummary> projects) {
		if (projects.isEmpty()) {
			return projects;
		}
		Map<Long, Map<String, BigDecimal>> funding = new HashMap<>();
		jdbc.sql("select project_id, source_code, sum(amount) from project_funding where project_id in (:ids)"
				+ " group by project_id, source_code order by project_id, source_code")
			.param("ids", projects.stream().map(ProjectSummary::id).toList())
			.query((rs, n) -> {
				funding.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
				return null;
			})
			.list();
		return projects.stream()
			.map(p -> new ProjectSummary(p.id(), p.code(), p.title(), p.programId(), p.sectorCode(), p.territoryCode(),
					p.territoryPath(), p.ownerOrgCode(), p.cost(), p.landSecured(), p.studiesDone(), p.plannedStart(),
					p.plannedEnd(), p.status(), p.latitude(), p.longitude(), funding.getOrDefault(p.id(), Map.of())))
			.toList();
	}

	private ProjectSummary row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new ProjectSummary(rs.getLong("id"), rs.getString("code"),
				new LocalizedName(rs.getString("title_ar"), rs.getString("title_fr"), null), rs.getLong("program_id"),
				rs.getString("sector_code"), rs.getString("territory_code"), rs.getString("territory_path"),
				rs.getString("owner_org_code"), rs.getBigDecimal("cost"), rs.getBoolean("land_secured"),
				rs.getBoolean("studies_done"), rs.getObject("planned_start", LocalDate.class),
				rs.getObject("planned_end", LocalDate.class), ProjectStatus.valueOf(rs.getString("status")),
				rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), Map.of());
	}
}

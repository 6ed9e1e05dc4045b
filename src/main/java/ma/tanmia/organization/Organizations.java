package ma.tanmia.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.Territories;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finding and registering organizations. */
@Service
public class Organizations {

	private static final String SELECT = "select id, code, kind, name_ar, name_fr, territory_code, sector from organization";

	private final JdbcClient jdbc;
	private final Territories territories;
	private final ApplicationEventPublisher events;

	Organizations(JdbcClient jdbc, Territories territories, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public Optional<Organization> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(this::row).optional();
	}

	@Transactional(readOnly = true)
	public Optional<Organization> findByCode(String code) {
		return jdbc.sql(SELECT + " where code = :code").param("code", code).query(this::row).optional();
	}

	/** The organizations with these ids, by id (one query, for lists that show many). */
	@Transactional(readOnly = true)
	public Map<Long, Organization> byIds(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(this::row).list().stream()
			.collect(java.util.stream.Collectors.toMap(Organization::id, o -> o));
	}

	/** The organizations with these codes, by code (one query). */
	@Transactional(readOnly = true)
	public Map<String, Organization> byCodes(java.util.Collection<String> codes) {
		if (codes.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(SELECT + " where code in (:codes)").param("codes", codes).query(this::row).list().stream()
			.collect(java.util.stream.Collectors.toMap(Organization::code, o -> o));
	}

	/** The first organizations by name, for choosing one in a form. */
	@Transactional(readOnly = true)
	public List<Organization> firstByName(int limit) {
		return jdbc.sql(SELECT + " order by " + byName() + " limit :limit").param("limit", limit).query(this::row).list();
	}

	/** Organizations seated in exactly this unit. */
	@Transactional(readOnly = true)
	public List<Organization> seatedIn(String territoryCode) {
		return jdbc.sql(SELECT + " where territory_code = :code order by kind, " + byName() + "").param("code", territoryCode)
			.query(this::row).list();
	}

	/** Organizations seated in the subtree of a unit, a page at a time. */
	@Transactional(readOnly = true)
	public Page<Organization> inSubtree(String territoryCode, OrganizationKind kind, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), size);
		// The subtree comes from the territory module's API, not its table.
		List<String> codes = territories.subtreeCodes(territoryCode);
		String where = """
				 where territory_code in (:codes)
				   and (cast(:kind as text) is null or kind = :kind)
				""";
		// The reader's dictionary order; no index on the name, so nothing lost to the collation.
		List<Organization> content = jdbc.sql(SELECT + where + " order by " + byName() + " limit :limit offset :offset")
			.param("codes", codes)
			.param("kind", kind == null ? null : kind.name())
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(this::row)
			.list();
		long total = jdbc.sql("select count(*) from organization" + where)
			.param("codes", codes)
			.param("kind", kind == null ? null : kind.name())
			.query(Long.class)
			.single();
		return new PageImpl<>(content, request, total);
	}

	@Transactional
	public Organization register(String code, OrganizationKind kind, LocalizedName name, String territoryCode,
			String sector) {
		if (!territories.exists(territoryCode)) {
			throw new IllegalArgumentException("Unknown territory " + territoryCode);
		}
		long id = jdbc.sql("""
				insert into organization (code, kind, name_ar, name_fr, territory_code, sector)
				values (:code, :kind, :ar, :fr, :territory, :sector) returning id
				""")
			.param("code", code)
			.param("kind", kind.name())
			.param("ar", name.ar())
			.param("fr", name.fr())
			.param("territory", territoryCode)
			.param("sector", sector)
			.query(Long.class)
			.single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("code", code);
		after.put("kind", kind.name());
		after.put("name_ar", name.ar());
		after.put("name_fr", name.fr());
		after.put("territory_code", territoryCode);
		after.put("sector", sector);
		events.publishEvent(EntityChanged.created("Organization", code, name.fr(), after));
		return new Organization(id, code, kind, name, territoryCode, sector);
	}

	private Organization row(ResultSet rs, int n) throws SQLException {
		return new Organization(rs.getLong("id"), rs.getString("code"), OrganizationKind.valueOf(rs.getString("kind")),
				new LocalizedName(rs.getString("name_ar"), rs.getString("name_fr"), null),
				rs.getString("territory_code"), rs.getString("sector"));
	}

	/** Names in the reader's dictionary order (the Arabic name in Arabic). */
	private static String byName() {
		return LocalizedName.sqlOrder("", org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}
}

package ma.tanmia.ess;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists of cooperatives, two queries a page (rows, count) whatever the page size: the signed-in
 * registry (the reader's scopes, or their own cooperatives) and the public directory (opted-in only).
 */
@Service
@Transactional(readOnly = true)
class CooperativeQueries {

	static final int MAX_PAGE = 200;

	/** What a list is filtered by; null means any. */
	record Filter(String territory, ValueChain valueChain, LabelKind label, String search) {

		static Filter none() {
			return new Filter(null, null, null, null);
		}
	}

	static final String SELECT = """
			select c.id, c.registration_number, c.registered_on, c.name_ar, c.name_fr, c.legal_form, c.value_chain,
			       c.territory_code, c.territory_path, c.members_total, c.members_women, c.members_youth, c.capital, c.status,
			       c.in_directory, c.latitude, c.longitude, c.version,
			       (select count(*) from ess_label l where l.cooperative_id = c.id
			          and l.valid_from <= :today and l.valid_until >= :today) as active_labels
			from ess_cooperative c
			""";

	private final JdbcClient jdbc;
	private final Territories territories;
	private final EssAccess access;

	CooperativeQueries(JdbcClient jdbc, Territories territories, EssAccess access) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.access = access;
	}

	Page<CooperativeRow> registry(Filter filter, int page, int size) {
		return page(filter, access.visible("c.territory_path", "c.id"), page, size);
	}

	Page<CooperativeRow> directory(Filter filter, int page, int size) {
		return page(filter, new ScopeFilter("c.in_directory", Map.of()), page, size);
	}

	Optional<CooperativeRow> find(long id) {
		return jdbc.sql(SELECT + " where c.id = :id").param("id", id).param("today", CooperativeRegistry.today())
			.query(this::row).optional();
	}

	Optional<CooperativeRow> findInDirectory(long id) {
		return find(id).filter(CooperativeRow::inDirectory);
	}

	private Page<CooperativeRow> page(Filter filter, ScopeFilter visibility, int page, int size) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), MAX_PAGE));
		List<String> conditions = new ArrayList<>(List.of(visibility.sql()));
		Map<String, Object> parameters = new LinkedHashMap<>(visibility.parameters());
		LocalDate today = CooperativeRegistry.today();
		parameters.put("today", today);
		if (filter.territory() != null && !filter.territory().isBlank()) {
			String path = territories.pathOf(filter.territory().strip()).orElse(null);
			if (path == null) {
				return new PageImpl<>(List.of(), request, 0);
			}
			ScopeFilter within = ScopeFilter.within(path, "c.territory_path", "unit");
			conditions.add(within.sql());
			parameters.putAll(within.parameters());
		}
		if (filter.valueChain() != null) {
			conditions.add("c.value_chain = :chain");
			parameters.put("chain", filter.valueChain().name());
		}
		if (filter.label() != null) {
			conditions.add("""
					exists (select 1 from ess_label l where l.cooperative_id = c.id and l.kind = :label
					        and l.valid_from <= :today and l.valid_until >= :today)""");
			parameters.put("label", filter.label().name());
		}
		if (filter.search() != null && !filter.search().isBlank()) {
			conditions.add("(c.name_ar ilike :search or c.name_fr ilike :search or c.registration_number ilike :search)");
			parameters.put("search", "%" + filter.search().strip().replace("%", "\\%").replace("_", "\\_") + "%");
		}
		String where = " where " + String.join(" and ", conditions);
		// The reader's dictionary order: the rows are sorted anyway (no index on the name).
		List<CooperativeRow> rows = jdbc.sql(SELECT + where + " order by " + LocalizedName.sqlOrder("c.", org.springframework.context.i18n.LocaleContextHolder.getLocale())
				+ ", c.id limit :limit offset :offset")
			.params(parameters).param("limit", request.getPageSize()).param("offset", request.getOffset())
			.query(this::row).list();
		long total = jdbc.sql("select count(*) from ess_cooperative c" + where).params(parameters).query(Long.class).single();
		return new PageImpl<>(rows, request, total);
	}

	private CooperativeRow row(ResultSet rs, int n) throws SQLException {
		return new CooperativeRow(rs.getLong("id"), rs.getString("registration_number"),
				rs.getObject("registered_on", LocalDate.class),
				new LocalizedName(rs.getString("name_ar"), rs.getString("name_fr"), null),
				LegalForm.valueOf(rs.getString("legal_form")), ValueChain.valueOf(rs.getString("value_chain")),
				rs.getString("territory_code"), rs.getString("territory_path"), rs.getInt("members_total"), rs.getInt("members_women"),
				rs.getInt("members_youth"), rs.getBigDecimal("capital"), CooperativeStatus.valueOf(rs.getString("status")),
				rs.getBoolean("in_directory"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
				rs.getInt("active_labels"), rs.getLong("version"));
	}
}

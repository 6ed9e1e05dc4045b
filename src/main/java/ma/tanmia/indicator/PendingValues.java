package ma.tanmia.indicator;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopedRole;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The values awaiting validation by the person: the submitted values of every indicator within the
 * scopes where they validate (the governor's office, an administrator), newest first, one page at a
 * time — a count, the page, the units' names: three queries whatever the page's size.
 */
@Component
class PendingValues {

	/** A submitted value as listed for review. */
	record Pending(long id, String indicatorCode, LocalizedName indicatorName, String unit, String territoryCode,
			LocalizedName territoryName, int year, BigDecimal value, String source, String submittedBy,
			OffsetDateTime submittedAt) {
	}

	private final JdbcClient jdbc;
	private final Territories territories;

	PendingValues(JdbcClient jdbc, Territories territories) {
		this.jdbc = jdbc;
		this.territories = territories;
	}

	/** Whether the person validates anywhere (and so has a list to look at). */
	boolean reviewer() {
		return !scopes().isEmpty();
	}

	@Transactional(readOnly = true)
	Page<Pending> page(int page, int size) {
		List<String> scopes = scopes();
		if (scopes.isEmpty()) {
			return Page.empty(PageRequest.of(0, size));
		}
		// Within any of the scopes where the person validates (not above them: a region's value is
		// the region's governor's office's to validate).
		List<String> conditions = new ArrayList<>();
		Map<String, Object> parameters = new HashMap<>();
		for (int i = 0; i < scopes.size(); i++) {
			ScopeFilter within = ScopeFilter.within(scopes.get(i), "v.territory_path", "scope" + i);
			conditions.add(within.sql());
			parameters.putAll(within.parameters());
		}
		String where = " where v.status = 'SUBMITTED' and (" + String.join(" or ", conditions) + ")";
		long total = jdbc.sql("select count(*) from indicator_value v" + where).params(parameters).query(Long.class).single();
		int last = total == 0 ? 0 : (int) ((total - 1) / size);
		int number = Math.max(0, Math.min(page, last));
		List<Pending> rows = jdbc.sql("""
				select v.id, i.code, i.name_ar, i.name_fr, i.unit, v.territory_code, v.year, v.value, v.source,
				       v.submitted_by, v.submitted_at
				from indicator_value v join indicator i on i.id = v.indicator_id""" + where
				+ " order by v.submitted_at desc, v.id desc limit :limit offset :offset")
			.params(parameters).param("limit", size).param("offset", (long) number * size)
			.query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), new LocalizedName(rs.getString(3), rs.getString(4), null),
					rs.getString(5), rs.getString(6), null, rs.getInt(7), rs.getBigDecimal(8), rs.getString(9),
					rs.getString(10), rs.getObject(11, OffsetDateTime.class)))
			.list();
		Map<String, LocalizedName> names = new HashMap<>();
		territories.findAll(rows.stream().map(Pending::territoryCode).distinct().toList())
			.forEach(t -> names.put(t.code(), t.name()));
		List<Pending> named = rows.stream()
			.map(p -> new Pending(p.id(), p.indicatorCode(), p.indicatorName(), p.unit(), p.territoryCode(),
					names.get(p.territoryCode()), p.year(), p.value(), p.source(), p.submittedBy(), p.submittedAt()))
			.toList();
		return new PageImpl<>(named, PageRequest.of(number, size), total);
	}

	private static List<String> scopes() {
		List<ma.tanmia.shared.Role> validators = List.of(IndicatorValues.VALIDATORS);
		return Authorizations.current().roles().stream().filter(r -> validators.contains(r.role()))
			.map(ScopedRole::scopePath).distinct().toList();
	}
}

package ma.tanmia.territory;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/** A unit's stored values as a flat map: what the audit trail shows before and after a change. */
final class TerritorySnapshot {

	private TerritorySnapshot() {
	}

	static Map<String, Object> of(JdbcClient jdbc, String code) {
		return jdbc.sql("""
				select u.code, u.level, u.commune_kind, p.code as parent_code, u.path, u.depth, u.name_ar, u.name_fr,
				       u.name_tzm, u.latitude, u.longitude, u.area_km2, u.declared_urban_communes,
				       u.declared_rural_communes, u.version,
				       (select string_agg(census_year || '=' || inhabitants || case when estimated then '~' else '' end,
				                          ' ' order by census_year)
				        from territorial_unit_population where territorial_unit = u.id) as populations
				from territorial_unit u left join territorial_unit p on p.id = u.parent_id
				where u.code = :code
				""")
			.param("code", code)
			.query((rs, n) -> {
				Map<String, Object> values = new LinkedHashMap<>();
				for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
					values.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
				}
				return values;
			})
			.optional()
			.orElse(null);
	}
}

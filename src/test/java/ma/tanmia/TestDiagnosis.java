package ma.tanmia;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Diagnosis figures written straight into the tables, for tests of the modules that read the
 * diagnosis: a commune of its own (the demonstration indicators cover every commune of the reference
 * data, so a hand computation needs one they do not), indicators, validated values and targets.
 */
public final class TestDiagnosis {

	private TestDiagnosis() {
	}

	/** A rural commune under {@code province} (created once); returns its path. */
	public static String commune(JdbcClient jdbc, String code, String province, double latitude, double longitude) {
		jdbc.sql("""
				insert into territorial_unit (code, level, commune_kind, parent_id, path, depth, name_ar, name_fr, latitude, longitude)
				select :c, 'COMMUNE', 'RURAL', id, path || :c || '/', depth + 1, 'جماعة تجريبية', 'Commune témoin', :lat, :lng
				from territorial_unit where code = :province on conflict do nothing
				""").param("c", code).param("province", province).param("lat", latitude).param("lng", longitude).update();
		return jdbc.sql("select path from territorial_unit where code = :c").param("c", code).query(String.class).single();
	}

	public static long indicator(JdbcClient jdbc, String code, String domain, String polarity) {
		return jdbc.sql("""
				insert into indicator (code, name_ar, name_fr, unit, domain, polarity, source, levels, aggregation)
				values (:c, :c, :c, '%', :d, :p, 'test', 'COMMUNE', 'POPULATION_WEIGHTED_MEAN') returning id
				""").param("c", code).param("d", domain).param("p", polarity).query(Long.class).single();
	}

	public static void value(JdbcClient jdbc, long indicator, String commune, String path, int year, double value,
			String status) {
		jdbc.sql("""
				insert into indicator_value (indicator_id, territory_code, territory_path, territory_level, year, value, source,
				    status, submitted_by)
				values (:i, :t, :path, 'COMMUNE', :y, :v, 'test', :s, 'admin')
				""").param("i", indicator).param("t", commune).param("path", path).param("y", year).param("v", value)
			.param("s", status).update();
	}

	public static void target(JdbcClient jdbc, long indicator, String commune, String path, int year, double value) {
		jdbc.sql("""
				insert into indicator_target (indicator_id, territory_code, territory_path, year, value, set_by)
				values (:i, :t, :path, :y, :v, 'admin')
				""").param("i", indicator).param("t", commune).param("path", path).param("y", year).param("v", value).update();
	}
}

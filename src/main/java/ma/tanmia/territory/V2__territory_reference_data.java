package ma.tanmia.territory;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Loads the reference territories shipped in {@code db/reference/territories.csv} (the 12 regions,
 * Souss-Massa's prefectures and provinces, the communes of Inezgane-Aït Melloul and Agadir
 * Ida-Outanane) through the same checks as the import screen. A Spring bean so Flyway finds it
 * inside the territory module.
 */
@Component
class V2__territory_reference_data extends BaseJavaMigration {

	static final String REFERENCE_FILE = "db/reference/territories.csv";

	@Override
	public void migrate(Context context) throws Exception {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
		try (var reader = new InputStreamReader(new ClassPathResource(REFERENCE_FILE).getInputStream(),
				StandardCharsets.UTF_8)) {
			new TerritoryImporter(jdbc).run(reader);
		}
	}
}

package ma.tanmia.project;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Fills {@code project_tally} (V60) for the projects already there, with the statement the
 * application keeps it live with ({@link ProjectTally#INSERT}): one definition of the figures. A
 * Spring bean so Flyway finds it inside the project module.
 */
@Component
class V61__project_evaluation_tally_backfill extends BaseJavaMigration {

	@Override
	public void migrate(Context context) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
		jdbc.sql(ProjectTally.REBUILD).update();
		jdbc.sql("analyze project_tally").update();
	}
}

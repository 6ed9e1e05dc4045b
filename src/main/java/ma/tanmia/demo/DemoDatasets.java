package ma.tanmia.demo;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which demonstration datasets a database already holds: each is loaded once, ever. */
@Component
class DemoDatasets {

	private final JdbcClient jdbc;

	DemoDatasets(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Marks a dataset as loaded, inside the caller's transaction; false when it already was. If the
	 * loading fails, the transaction rolls back and the dataset is tried again at the next start.
	 */
	boolean claim(String dataset) {
		return jdbc.sql("insert into demo_data_load (dataset) values (:d) on conflict do nothing").param("d", dataset)
			.update() > 0;
	}
}

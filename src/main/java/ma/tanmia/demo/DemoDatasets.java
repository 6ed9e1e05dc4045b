package ma.tanmia.demo;

import java.util.List;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demonstration datasets, each once ever (recorded in {@code demo_data_load}), in their
 * order, while the application starts and before the web server accepts a request: on a first start,
 * nobody can try to sign in before the demonstration accounts exist. (ApplicationReadyEvent, and even
 * ApplicationStartedEvent and runners, come after the connector opened; this lifecycle's phase is just
 * below the web server's.) Without an embedded database or with demo data disabled no dataset bean
 * exists, and nothing is loaded.
 */
@Component
class DemoDatasets implements SmartLifecycle {

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final List<DemoDataset> datasets;
	private volatile boolean running;

	DemoDatasets(JdbcClient jdbc, TransactionTemplate transaction, List<DemoDataset> datasets) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.datasets = datasets;
	}

	@Override
	public void start() {
		datasets.forEach(this::loadOnce);
		running = true;
	}

	/**
	 * Claims the dataset and loads it in one transaction: if the loading fails or gives up, the claim
	 * rolls back with it and the dataset is tried again at the next start.
	 */
	void loadOnce(DemoDataset dataset) {
		transaction.executeWithoutResult(status -> {
			if (claim(dataset.name())) {
				dataset.loadClaimed(status);
			}
		});
	}

	/** Marks a dataset as loaded, inside the caller's transaction; false when it already was. */
	private boolean claim(String dataset) {
		return jdbc.sql("insert into demo_data_load (dataset) values (:d) on conflict do nothing").param("d", dataset)
			.update() > 0;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
	}
}

package ma.tanmia.bench.synthetic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The {@code generate} command: every dataset in dependency order, in one transaction (a failed run
 * leaves nothing behind), then VACUUM ANALYZE so the planner sees national-scale statistics before
 * anything is measured.
 */
public final class Generation {

	/** Fixed so every run and every machine measures the same synthetic Kingdom. */
	public static final long SEED = 20260101L;

	private final DataSource dataSource;

	public Generation(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	public void run() throws SQLException {
		NationShape shape = NationShape.fromSeed(SEED);
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			if (count(connection, "select count(*) from territorial_unit where code like 'SYN-%'") > 0) {
				throw new IllegalStateException("Synthetic data already present; generate wipes data-bench first");
			}
			SyntheticNation nation = new SyntheticNation(connection, shape);
			timed("provinces", nation::provinces);
			timed("communes", nation::communes);
			timed("populations", nation::populations);
			// Later datasets (projects, progress updates) go here, after what they reference.
			connection.commit();
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				long start = System.nanoTime();
				statement.execute("vacuum analyze");
				System.out.printf("  %-14s %12s      %8.0f ms%n", "vacuum analyze", "", (System.nanoTime() - start) / 1e6);
			}
			new DatasetSizes(connection).print();
		}
	}

	@FunctionalInterface
	private interface Dataset {
		long write() throws SQLException;
	}

	private static void timed(String name, Dataset dataset) throws SQLException {
		long start = System.nanoTime();
		long rows = dataset.write();
		System.out.printf("  %-14s %,12d rows %8.0f ms%n", name, rows, (System.nanoTime() - start) / 1e6);
	}

	static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}

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
			try (Statement statement = connection.createStatement()) {
				// This session only: fewer disk flushes while writing, more memory for the GIN and btree work.
				statement.execute("set synchronous_commit = off");
				statement.execute("set maintenance_work_mem = '256MB'");
			}
			long planning = System.nanoTime();
			ProjectShape plan = ProjectShape.fromSeed(SEED, shape);
			System.out.printf("  %-18s %,12d projects %5.0f ms%n", "plan", plan.projects().size(),
					(System.nanoTime() - planning) / 1e6);
			SyntheticNation nation = new SyntheticNation(connection, shape, plan);
			timed("provinces", nation::provinces);
			timed("communes", nation::communes);
			timed("populations", nation::populations);
			timed("organizations", nation::organizations);
			timed("programs", nation::programs);
			timed("program nodes", nation::programNodes);
			timed("projects", nation::projects);
			timed("project funding", nation::projectFunding);
			timed("financial events", nation::financialEvents);
			timed("blockings", nation::blockings);
			timed("progress updates", nation::progressUpdates);
			timed("sequences", nation::sequences);
			// COPY bypasses ProjectEditing, which keeps the evaluation's tallies live: build them once, with
			// the application's own statement (ProjectTally.REBUILD), as migration V61 does.
			timed("evaluation tally", () -> {
				try (Statement statement = connection.createStatement()) {
					statement.execute((String) ma.tanmia.bench.AppInternals.constant("ma.tanmia.project.ProjectTally",
							"REBUILD"));
				}
				return count(connection, "select count(*) from project_tally");
			});
			long commit = System.nanoTime();
			connection.commit();
			System.out.printf("  %-18s %12s      %8.0f ms%n", "commit", "", (System.nanoTime() - commit) / 1e6);
			connection.setAutoCommit(true);
			try (Statement statement = connection.createStatement()) {
				long start = System.nanoTime();
				statement.execute("vacuum analyze");
				System.out.printf("  %-18s %12s      %8.0f ms%n", "vacuum analyze", "", (System.nanoTime() - start) / 1e6);
			}
		}
	}

	@FunctionalInterface
	interface Dataset {
		long write() throws SQLException;
	}

	static void timed(String name, Dataset dataset) throws SQLException {
		long start = System.nanoTime();
		long rows = dataset.write();
		System.out.printf("  %-18s %,12d rows %8.0f ms%n", name, rows, (System.nanoTime() - start) / 1e6);
	}

	static long count(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}
}

package ma.tanmia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import ma.tanmia.TanmiaApplication;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application, started on its own embedded PostgreSQL under {@code ./data-bench} so the
 * benchmark measures the production code path (Flyway migrations, beans, transactions, pool)
 * without ever touching the working database in {@code ./data}.
 *
 * <p>The overrides are passed as command-line arguments because those outrank environment
 * variables: a shell that exports {@code TANMIA_DB_URL} or {@code TANMIA_DATA_DIR} cannot redirect
 * synthetic data into a real database.
 */
public final class BenchApplication implements AutoCloseable {

	/** Relative to the project root, where {@code bench/run.sh} and Maven run from; in .gitignore. */
	public static final Path DATA_DIRECTORY = Path.of("data-bench");

	/** Password of the {@code admin} account FirstAdministrator creates in the bench database only. */
	public static final String ADMIN_PASSWORD = "Bench-Admin-2026";

	/** Password of the wali, governor and planner accounts {@code generate} opens (see BenchAccounts). */
	public static final String USER_PASSWORD = "Bench-User-2026";

	private final ConfigurableApplicationContext context;

	private BenchApplication(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Starts the application; with {@code webServer} Tomcat listens on a free port for page timings.
	 * Always a servlet context: SecurityConfiguration needs HttpSecurity, which only exists in a web
	 * application, so {@code web-application-type=none} cannot start. Port -1 keeps the servlet
	 * context without opening a socket.
	 */
	public static BenchApplication start(boolean webServer, List<String> properties) {
		for (String property : properties) {
			if (!property.startsWith("--") || property.matches("--(tanmia\\.db|spring\\.datasource|TANMIA_).*")) {
				throw new IllegalArgumentException("Not allowed as a bench application property: " + property);
			}
		}
		Path directory = DATA_DIRECTORY.toAbsolutePath().normalize();
		List<String> arguments = new ArrayList<>(properties);
		arguments.addAll(List.of("--tanmia.db.url=", "--tanmia.db.data-dir=" + directory, "--tanmia.db.ephemeral=false",
				"--tanmia.demo-data.enabled=false", "--TANMIA_ADMIN_PASSWORD=" + ADMIN_PASSWORD,
				"--server.port=" + (webServer ? "0" : "-1"), "--logging.level.root=WARN"));
		ConfigurableApplicationContext context = new SpringApplicationBuilder(TanmiaApplication.class)
			.web(WebApplicationType.SERVLET)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.run(arguments.toArray(String[]::new));
		BenchApplication application = new BenchApplication(context);
		application.checkDataDirectory(directory);
		return application;
	}

	/**
	 * Removes the bench data directory so {@code generate} always starts from the migrations alone.
	 * Refuses anything that is not an empty directory or a PostgreSQL cluster named data-bench.
	 */
	public static void wipeDataDirectory() throws IOException {
		Path directory = DATA_DIRECTORY.toAbsolutePath().normalize();
		if (!Files.exists(directory)) {
			return;
		}
		boolean empty;
		try (Stream<Path> entries = Files.list(directory)) {
			empty = entries.findAny().isEmpty();
		}
		if (!directory.getFileName().toString().equals("data-bench")
				|| !(empty || Files.exists(directory.resolve("PG_VERSION")))) {
			throw new IllegalStateException("Refusing to delete " + directory + ": not a bench database");
		}
		try (Stream<Path> tree = Files.walk(directory)) {
			for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	public DataSource dataSource() {
		return context.getBean(DataSource.class);
	}

	/** The URL the application's pool uses, so plain JDBC baselines reach the very same database. */
	public String jdbcUrl() {
		return context.getBean(HikariDataSource.class).getJdbcUrl();
	}

	public String jdbcUser() {
		return context.getBean(HikariDataSource.class).getUsername();
	}

	public int port() {
		if (context instanceof WebServerApplicationContext web) {
			return web.getWebServer().getPort();
		}
		throw new IllegalStateException("Started without a web server");
	}

	/**
	 * Second line of defence after the command-line overrides: the server that answers must be the
	 * one whose files are in data-bench, and it must never have received demonstration data.
	 */
	private void checkDataDirectory(Path expected) {
		try (Connection connection = dataSource().getConnection(); Statement statement = connection.createStatement()) {
			String actual;
			try (var rs = statement.executeQuery("show data_directory")) {
				rs.next();
				actual = rs.getString(1);
			}
			long demo;
			try (var rs = statement.executeQuery("select count(*) from demo_data_load")) {
				rs.next();
				demo = rs.getLong(1);
			}
			if (!Path.of(actual).toRealPath().equals(expected.toRealPath()) || demo > 0) {
				close();
				throw new IllegalStateException(
						"Not the bench database (data directory " + actual + ", demo loads " + demo + ")");
			}
		}
		catch (SQLException | IOException e) {
			close();
			throw new IllegalStateException("Could not check the bench database", e);
		}
	}

	@Override
	public void close() {
		context.close();
	}
}

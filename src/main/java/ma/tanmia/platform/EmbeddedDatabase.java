package ma.tanmia.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL 17 started by the application itself, so a fresh clone
 * needs nothing but a JDK. Its data survives restarts under {@code tanmia.db.data-dir}.
 *
 * <p>zonky switches fsync and synchronous_commit off for fast throw-away test databases; Tanmia
 * keeps real data here, so both are switched back on.
 *
 * <p>Only active when no external database is configured ({@code TANMIA_DB_URL} unset).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${tanmia.db.url:}'.isEmpty()")
class EmbeddedDatabase {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

	static final String DATABASE = "tanmia";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${tanmia.db.data-dir:./data}") Path dataDir,
			@Value("${tanmia.db.ephemeral:false}") boolean ephemeral,
			@Value("${tanmia.db.port:0}") int port) throws IOException {
		Path directory = ephemeral ? Files.createTempDirectory("tanmia-pg-") : dataDir.toAbsolutePath().normalize();
		Files.createDirectories(directory);
		log.info("Starting embedded PostgreSQL with data in {}", directory);
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setDataDirectory(directory)
			.setCleanDataDirectory(ephemeral)
			.setPGStartupWait(Duration.ofSeconds(60))
			.setServerConfig("fsync", ephemeral ? "off" : "on")
			.setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
			.setServerConfig("full_page_writes", ephemeral ? "off" : "on")
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("encoding", "UTF8");
		if (port > 0) {
			builder.setPort(port);
		}
		EmbeddedPostgres postgres = builder.start();
		createDatabaseIfMissing(postgres);
		return postgres;
	}

	@Bean(destroyMethod = "close")
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(postgres.getJdbcUrl("postgres", DATABASE));
		config.setUsername("postgres");
		config.setMaximumPoolSize(10);
		config.setPoolName("tanmia-embedded");
		// A JDBC batch of inserts (audit lines, progress reports of a bulk update) becomes multi-row
		// INSERTs: one round trip and one statement per 128 rows instead of one per row.
		config.addDataSourceProperty("reWriteBatchedInserts", "true");
		// Plan every statement with its values: a generic plan (what a prepared statement switches to
		// after five runs) cannot tell a commune's path range from the whole country's and picked
		// plans 2 to 30 times slower at national scale (docs/PERFORMANCE.md, "Projects").
		config.addDataSourceProperty("options", "-c plan_cache_mode=force_custom_plan");
		return new HikariDataSource(config);
	}

	private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
			check.setString(1, DATABASE);
			try (var rs = check.executeQuery()) {
				if (!rs.next()) {
					try (var create = connection.createStatement()) {
						create.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not prepare the embedded database", e);
		}
	}
}

package ma.tanmia.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import ma.tanmia.TanmiaApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default database as a newcomer gets it: data under a directory that survives restarts,
 * durable writes, demonstration data loaded once and never again.
 */
class EmbeddedDatabaseRestartTests {

	@TempDir
	Path dataDir;

	@Test
	void a_first_start_loads_the_demonstration_data_before_serving_and_a_restart_keeps_every_change_without_loading_it_again() {
		// Nobody can sign in before the demonstration accounts exist: they do when the web server starts.
		AtomicLong accountsWhenServing = new AtomicLong(-1);
		ApplicationListener<ApplicationEvent> serving = event -> {
			if (event instanceof WebServerInitializedEvent started) {
				accountsWhenServing.set(started.getApplicationContext().getBean(JdbcClient.class)
					.sql("select count(*) from user_account where username = 'planner.inezgane'").query(Long.class).single());
			}
		};
		try (ConfigurableApplicationContext first = start(serving)) {
			assertThat(accountsWhenServing.get()).as("demo accounts when the web server started").isEqualTo(1);
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
			assertThat(jdbc.sql("select dataset from demo_data_load order by dataset").query(String.class).list())
				.containsExactly("consultation-seeds", "ess-souss-massa", "foundation", "indicators-souss-massa",
						"prioritization-2022", "programs-2016-2027");
			jdbc.sql("update user_account set full_name = 'Renamed before restart' where username = 'planner.inezgane'")
				.update();
			jdbc.sql("delete from user_role where user_account = (select id from user_account where username = 'citizen.demo')")
				.update();
			jdbc.sql("delete from user_account where username = 'citizen.demo'").update();
		}
		assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();

		try (ConfigurableApplicationContext second = start(event -> {
			// nothing to watch on a restart
		})) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			assertThat(jdbc.sql("select full_name from user_account where username = 'planner.inezgane'")
				.query(String.class).single()).isEqualTo("Renamed before restart");
			assertThat(jdbc.sql("select count(*) from user_account where username = 'citizen.demo'")
				.query(Long.class).single()).as("a deleted demo account does not come back").isZero();
			assertThat(jdbc.sql("select count(*) from organization where code = 'CR-SM'").query(Long.class).single())
				.as("organizations are not duplicated").isEqualTo(1);
			assertThat(jdbc.sql("select count(*) from project where code like 'PAC-INE-01-2016-%'").query(Long.class).single())
				.as("projects are not loaded again").isEqualTo(31);
		}
	}

	private ConfigurableApplicationContext start(ApplicationListener<ApplicationEvent> listener) {
		return new SpringApplicationBuilder(TanmiaApplication.class).listeners(listener).run("--tanmia.db.ephemeral=false",
				"--tanmia.db.data-dir=" + dataDir, "--server.port=0");
	}
}

package ma.tanmia.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class DatabaseSettingsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void every_connection_plans_statements_with_their_values_so_a_communes_range_is_not_planned_like_the_countrys() {
		for (int i = 0; i < 3; i++) {
			assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("force_custom_plan");
		}
	}
}

package ma.tanmia.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demonstration prefectural program 2022–2027 is prioritized and programmed, and a demo agreement is late. */
@SpringBootTest
@AutoConfigureMockMvc
class PrioritizationDemoDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void the_demonstration_program_has_weights_from_comparisons_scores_and_a_chosen_solved_programming() {
		long program = jdbc.sql("select id from program where code = 'PDP-INE-2022'").query(Long.class).single();
		assertThat(jdbc.sql("select weight_method from prioritization_setup where program_id = :p").param("p", program)
			.query(String.class).single()).isEqualTo("AHP");
		assertThat(jdbc.sql("select count(distinct evaluator) from prioritization_score where program_id = :p")
			.param("p", program).query(Long.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select j.status from programming_job j join programming_scenario s on s.id = j.scenario_id
				where s.program_id = :p and s.chosen
				""").param("p", program).query(String.class).list()).containsOnly("DONE");
		assertThat(jdbc.sql("select count(*) from programming_scenario where program_id = :p and name like '%démonstration'")
			.param("p", program).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void the_demonstration_agreements_are_flagged_and_one_partner_is_late() {
		assertThat(jdbc.sql("select count(*) from agreement where demonstration").query(Long.class).single()).isEqualTo(2);
		// INDH committed 2 M for 2019 and 2 M for 2020 and paid 1 M: 3 M overdue.
		assertThat(jdbc.sql("""
				select coalesce(sum(amount), 0) from agreement_commitment c join agreement a on a.id = c.agreement_id
				where a.code = 'CONV-DEMO-INE-2019-01' and c.org_code = 'CPDH-INE' and c.year < 2021
				""").query(java.math.BigDecimal.class).single()).isEqualByComparingTo("4000000");
	}
}

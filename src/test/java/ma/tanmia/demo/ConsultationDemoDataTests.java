package ma.tanmia.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ConsultationDemoDataTests {

	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;

	@Test
	void the_two_seed_meetings_are_real_records_with_their_recommendations_and_round_tables() throws Exception {
		long inezgane = jdbc.sql("""
				select id from meeting where territory_code = 'MA-INE' and not demonstration
				  and (starts_at at time zone 'Africa/Casablanca')::date = date '2021-11-30'
				""").query(Long.class).single();
		assertThat(jdbc.sql("select count(*) from meeting_recommendation where meeting_id = :id").param("id", inezgane)
			.query(Long.class).single()).isEqualTo(5);
		long taroudant = jdbc.sql("""
				select id from meeting where territory_code = 'MA-TAR' and not demonstration
				  and (starts_at at time zone 'Africa/Casablanca')::date = date '2018-08-04'
				""").query(Long.class).single();
		assertThat(jdbc.sql("select string_agg(title, '|' order by position) from meeting_agenda_item where meeting_id = :id")
			.param("id", taroudant).query(String.class).single())
			.contains("المبادرة الوطنية للتنمية البشرية", "جودة المنتجات", "علامات ترميز الجودة", "التربية المالية");
		mvc.perform(get("/public/meetings/" + inezgane)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("تقليص العجز الاجتماعي والتفاوتات الترابية"),
					containsString("رؤساء الجماعات الترابية"))));
	}

	@Test
	void demonstration_proposals_and_petitions_are_flagged_and_say_so_in_their_title() {
		assertThat(jdbc.sql("select count(*) from proposal where demonstration and title like '%تجريبية%'").query(Long.class).single())
			.isEqualTo(jdbc.sql("select count(*) from proposal where author like '%.demo'").query(Long.class).single())
			.isGreaterThanOrEqualTo(4);
		assertThat(jdbc.sql("select count(*) from petition where demonstration and title like '%تجريبية%'").query(Long.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from proposal_answer").query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void the_demonstration_lighting_proposal_is_accepted_under_the_first_axis_of_inezganes_pac_and_the_demo_proposals_are_on_the_map() {
		assertThat(jdbc.sql("""
				select n.code || ' ' || p.code from proposal q join program_node n on n.id = q.priority_node_id
				join program p on p.id = q.priority_program_id
				where q.demonstration and q.author = 'citizen.demo' and q.status = 'ACCEPTED'""").query(String.class).single())
			.isEqualTo("A1 PAC-INE-01-2022");
		assertThat(jdbc.sql("select count(*) from proposal where demonstration and latitude is not null").query(Long.class).single())
			.isEqualTo(3);
	}
}

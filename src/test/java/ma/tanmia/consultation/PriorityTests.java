package ma.tanmia.consultation;

import java.util.List;

import ma.tanmia.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Traceability through priorities: an accepted proposal or a recommendation names an axis or
 * sub-program of a program covering its territory, and the pages show proposal → priority → projects
 * and their progress; the project page lists what was asked of its priority.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PriorityTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ConsultationFixtures fixtures;

	@BeforeAll
	void people() {
		fixtures.person("salma", Role.CITIZEN, "MA-INE-01");
	}

	long propose(String title) throws Exception {
		String location = mvc.perform(post("/consultation/proposals").with(csrf()).with(account(accounts, "salma"))
			.param("title", title).param("body", "Texte " + title).param("category", "ROADS").param("territoryCode", "MA-INE-01"))
			.andExpect(redirectedUrlPattern("/public/proposals/*")).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	long version(long proposal) {
		return jdbc.sql("select version from proposal where id = :id").param("id", proposal).query(Long.class).single();
	}

	/** The axis {@code code} of the demonstration program {@code program}. */
	long axis(String program, String code) {
		return jdbc.sql("select n.id from program_node n join program p on p.id = n.program_id where p.code = :p and n.code = :c")
			.param("p", program).param("c", code).query(Long.class).single();
	}

	@Test
	void an_accepted_proposal_names_an_axis_of_its_communes_program_and_its_page_shows_the_projects_under_it_with_their_progress()
			throws Exception {
		long id = propose("Désenclaver le douar Tikiouine");
		long axis = axis("PAC-INE-01-2022", "A1");
		// The projects the page must list: those carried under the axis or one of its sub-programs, by code.
		List<String> expected = jdbc.sql("""
				select code from project where node_id in (select id from program_node where id = :a or parent_id = :a)
				order by code limit 20""").param("a", axis).query(String.class).list();
		assertThat(expected).as("the demonstration PAC has projects under its first axis").isNotEmpty();

		mvc.perform(post("/consultation/proposals/" + id + "/answer").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(version(id))).param("status", "ACCEPTED").param("text", "Retenue dans l'axe A1")
			.param("priority", String.valueOf(axis)))
			.andExpect(flash().attribute("saved", true));
		assertThat(jdbc.sql("select priority_node_id from proposal where id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(axis);
		assertThat(jdbc.sql("select priority_node_id from proposal_answer where proposal_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(axis);

		String french = mvc.perform(get("/public/proposals/" + id).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Portée par la priorité"), containsString("id=\"priority-kind\">Axe<"),
					containsString("Infrastructures et équipements de base"), containsString("Projets programmés sous cette priorité"))))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(french).contains(expected);
		mvc.perform(get("/public/proposals/" + id).param("lang", "ar")).andExpect(content().string(allOf(
				containsString("تحملها الأولوية"), containsString("البنيات التحتية والتجهيزات الأساسية"),
				containsString("نسبة الإنجاز المادي"))));
	}

	@Test
	void the_priority_of_a_neighbouring_communes_program_is_refused_and_nothing_changes() throws Exception {
		long id = propose("Une priorité d'ailleurs");
		long before = version(id);
		mvc.perform(post("/consultation/proposals/" + id + "/answer").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(before)).param("status", "ACCEPTED").param("text", "Retenue")
			.param("priority", String.valueOf(axis("PAC-INE-02-2022", "A1"))))
			.andExpect(flash().attribute("error", "consultation.priority.elsewhere"));
		mvc.perform(post("/consultation/proposals/" + id + "/answer").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(before)).param("status", "ACCEPTED").param("text", "Retenue").param("priority", "999999"))
			.andExpect(flash().attribute("error", "consultation.priority.unknown"));
		assertThat(version(id)).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from proposal_answer where proposal_id = :id").param("id", id).query(Long.class).single())
			.isZero();
	}

	@Test
	void the_answer_form_offers_the_axes_of_the_pac_the_pdp_and_the_pdr_covering_the_commune_only() throws Exception {
		long id = propose("Choix des priorités");
		mvc.perform(get("/public/proposals/" + id).param("lang", "fr").with(account(accounts, "planner.inezgane")))
			.andExpect(content().string(allOf(containsString("name=\"priority\""),
					containsString("value=\"" + axis("PAC-INE-01-2022", "A1") + "\""),
					not(containsString("value=\"" + axis("PAC-INE-02-2022", "A1") + "\"")))));
	}

	@Test
	void a_project_page_lists_the_proposals_and_recommendations_retained_for_the_priority_it_serves() throws Exception {
		// A project of Inezgane carried under an axis or sub-program of its program.
		String project = jdbc.sql("""
				select code from project where territory_path like '/MA/MA-09/MA-INE/MA-INE-01/%' and node_id is not null
				order by code limit 1""").query(String.class).single();
		long node = jdbc.sql("select node_id from project where code = :c").param("c", project).query(Long.class).single();
		long id = propose("Demandé à la priorité du projet");
		mvc.perform(post("/consultation/proposals/" + id + "/answer").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(version(id))).param("status", "ACCEPTED").param("text", "Retenue")
			.param("priority", String.valueOf(node)))
			.andExpect(flash().attribute("saved", true));
		long meeting = fixtures.meeting("planner.inezgane", "MA-INE-01", "Atelier des priorités");
		mvc.perform(post("/consultation/meetings/" + meeting + "/recommendations").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("text", "Prioriser les pistes rurales"));
		long recommendation = jdbc.sql("select id from meeting_recommendation where meeting_id = :m").param("m", meeting)
			.query(Long.class).single();
		mvc.perform(post("/consultation/meetings/" + meeting + "/recommendations/" + recommendation).with(csrf())
			.with(account(accounts, "planner.inezgane")).param("version", "0").param("status", "IN_PROGRESS")
			.param("priority", String.valueOf(node)))
			.andExpect(flash().attribute("saved", true));

		mvc.perform(get("/consultation/contributions").param("project", project).param("lang", "fr")
			.with(account(accounts, "planner.inezgane")))
			.andExpect(content().string(allOf(containsString("Demandé à la priorité du projet"),
					containsString("Prioriser les pistes rurales"), containsString("par sa priorité"))));
		mvc.perform(get("/public/meetings/" + meeting).param("lang", "fr"))
			.andExpect(content().string(containsString("Portée par")));
	}

	@Test
	void an_organizer_edits_a_recommendation_as_seen_and_a_stale_form_or_another_communes_planner_changes_nothing()
			throws Exception {
		long meeting = fixtures.meeting("planner.inezgane", "MA-INE-01", "Atelier des recommandations");
		mvc.perform(post("/consultation/meetings/" + meeting + "/recommendations").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("text", "Évaluer les programmes passés").param("owner", "Commune"));
		long recommendation = jdbc.sql("select id from meeting_recommendation where meeting_id = :m").param("m", meeting)
			.query(Long.class).single();
		String path = "/consultation/meetings/" + meeting + "/recommendations/" + recommendation;

		mvc.perform(post(path).with(csrf()).with(account(accounts, "planner.aitmelloul")).param("version", "0")
			.param("status", "OPEN").param("text", "Pirate")).andExpect(status().isForbidden());
		mvc.perform(post(path).with(csrf()).with(account(accounts, "planner.inezgane")).param("version", "0").param("status", "OPEN")
			.param("text", "Évaluer d'abord les programmes du mandat passé").param("owner", "Division des collectivités locales")
			.param("dueOn", "2026-12-31")).andExpect(flash().attribute("saved", true));
		mvc.perform(post(path).with(csrf()).with(account(accounts, "planner.inezgane")).param("version", "0").param("status", "DONE")
			.param("text", "Version périmée")).andExpect(flash().attribute("error", "consultation.conflict"));
		mvc.perform(post(path).with(csrf()).with(account(accounts, "planner.inezgane")).param("version", "1").param("status", "OPEN")
			.param("text", " ")).andExpect(flash().attribute("error", "consultation.recommendation.required"));

		assertThat(jdbc.sql("select text || ' | ' || owner || ' | ' || due_on || ' | ' || status || ' | ' || version"
				+ " from meeting_recommendation where id = :id").param("id", recommendation).query(String.class).single())
			.isEqualTo("Évaluer d'abord les programmes du mandat passé | Division des collectivités locales | 2026-12-31 | OPEN | 1");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'MeetingRecommendation' and entity_id = :id")
			.param("id", String.valueOf(recommendation)).query(Long.class).single()).isEqualTo(2);
	}
}

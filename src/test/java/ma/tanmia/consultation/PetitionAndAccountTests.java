package ma.tanmia.consultation;

import java.math.BigDecimal;
import java.time.LocalDate;

import ma.tanmia.project.ProjectEditing;
import ma.tanmia.project.ProjectStatus;
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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PetitionAndAccountTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ConsultationFixtures fixtures;
	@Autowired
	ProjectEditing projects;

	@BeforeAll
	void people() {
		for (int i = 1; i <= 3; i++) {
			fixtures.person("signer" + i, Role.CITIZEN, "MA-INE-05");
		}
	}

	@Test
	void a_petition_collects_one_signature_per_account_and_becomes_admissible_only_at_the_threshold_of_its_collectivity()
			throws Exception {
		String location = mvc.perform(post("/consultation/petitions").with(csrf()).with(account(accounts, "signer1"))
			.param("title", "Transport scolaire à Temsia").param("body", "Nous demandons un bus scolaire.").param("councilCode", "MA-INE-05"))
			.andExpect(redirectedUrlPattern("/public/petitions/*")).andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		for (int i = 1; i <= 3; i++) {
			mvc.perform(post("/consultation/petitions/" + id + "/sign").with(csrf()).with(account(accounts, "signer" + i)))
				.andExpect(flash().attribute("saved", true));
		}
		mvc.perform(post("/consultation/petitions/" + id + "/sign").with(csrf()).with(account(accounts, "signer2")))
			.andExpect(flash().attribute("error", "consultation.signature.already"));
		assertThat(jdbc.sql("select signatures from petition where id = :id").param("id", id).query(Integer.class).single()).isEqualTo(3);

		// Temsia (27,955 inhabitants in 2014, under 35,000) needs 100 signatures by default: 3 are not enough.
		mvc.perform(post("/consultation/petitions/" + id + "/decide").with(csrf()).with(account(accounts, "governor.inezgane"))
			.param("version", "0").param("status", "ADMISSIBLE"))
			.andExpect(flash().attribute("error", "consultation.petition.threshold"));
		mvc.perform(post("/admin/petition-thresholds").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("level", "COMMUNE").param("fromInhabitants", "0").param("signatures", "3")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/petition-thresholds").with(csrf()).with(account(accounts, "admin"))
			.param("level", "COMMUNE").param("fromInhabitants", "0").param("signatures", "0"))
			.andExpect(flash().attribute("error", "consultation.threshold.positive"));
		try {
			mvc.perform(post("/admin/petition-thresholds").with(csrf()).with(account(accounts, "admin"))
				.param("level", "COMMUNE").param("fromInhabitants", "0").param("signatures", "3"))
				.andExpect(flash().attribute("saved", true));
			mvc.perform(post("/consultation/petitions/" + id + "/decide").with(csrf()).with(account(accounts, "planner.inezgane"))
				.param("version", "0").param("status", "ADMISSIBLE")).andExpect(status().isForbidden());
			mvc.perform(post("/consultation/petitions/" + id + "/decide").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("version", "0").param("status", "ANSWERED").param("text", "Trop tôt"))
				.andExpect(flash().attribute("error", "consultation.petition.step"));
			mvc.perform(post("/consultation/petitions/" + id + "/decide").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("version", "0").param("status", "ADMISSIBLE")).andExpect(flash().attribute("saved", true));
			long session = fixtures.session("governor.inezgane", "MA-INE-05", "Session ordinaire de février");
			long workshop = fixtures.meeting("governor.inezgane", "MA-INE-05", "Atelier de Temsia");
			mvc.perform(post("/consultation/petitions/" + id + "/decide").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("version", "1").param("status", "ON_AGENDA"))
				.andExpect(flash().attribute("error", "consultation.petition.sessionRequired"));
			mvc.perform(post("/consultation/petitions/" + id + "/decide").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("version", "1").param("status", "ON_AGENDA").param("meeting", String.valueOf(workshop)))
				.andExpect(flash().attribute("error", "consultation.petition.sessionRequired"));
			mvc.perform(post("/consultation/petitions/" + id + "/decide").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("version", "1").param("status", "ON_AGENDA").param("meeting", String.valueOf(session)))
				.andExpect(flash().attribute("saved", true));
			// Both pages show the link: the petition names its session, the session lists the petition on its agenda.
			mvc.perform(get("/public/petitions/" + id).param("lang", "fr")).andExpect(content().string(allOf(
					containsString("Inscrite à l&#39;ordre du jour de"), containsString("Session ordinaire de février"))));
			mvc.perform(get("/public/meetings/" + session).param("lang", "ar")).andExpect(content().string(allOf(
					containsString("العرائض المدرجة في جدول الأعمال"), containsString("Transport scolaire à Temsia"))));
			mvc.perform(post("/consultation/petitions/" + id + "/decide").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("version", "2").param("status", "ANSWERED")).andExpect(flash().attribute("error", "consultation.petition.reason"));
			mvc.perform(post("/consultation/petitions/" + id + "/decide").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("version", "2").param("status", "ANSWERED").param("text", "Un bus dès la rentrée"))
				.andExpect(flash().attribute("saved", true));
		}
		finally {
			jdbc.sql("update petition_threshold set signatures = 100 where level = 'COMMUNE' and from_inhabitants = 0").update();
		}
		mvc.perform(post("/consultation/petitions/" + id + "/sign").with(csrf()).with(account(accounts, "citizen.demo")))
			.andExpect(flash().attribute("error", "consultation.signature.closed"));
		mvc.perform(get("/public/petitions/" + id).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Réponse donnée"), containsString("Un bus dès la rentrée"))));
	}

	@Test
	void a_visitor_opens_a_citizen_account_over_their_commune_and_bad_input_is_explained_without_creating_anything()
			throws Exception {
		long before = jdbc.sql("select count(*) from user_account").query(Long.class).single();
		mvc.perform(post("/public/register").param("lang", "fr").with(csrf()).param("username", "Fatima Z").param("fullName", "Fatima")
			.param("password", "Un-mot-de-passe-1").param("confirmation", "Un-mot-de-passe-1").param("commune", "MA-INE-03"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Identifiant invalide")));
		mvc.perform(post("/public/register").param("lang", "fr").with(csrf()).param("username", "fatima.z").param("fullName", "Fatima")
			.param("password", "court").param("confirmation", "court").param("commune", "MA-INE-03"))
			.andExpect(content().string(containsString("au moins 10 caractères")));
		mvc.perform(post("/public/register").param("lang", "fr").with(csrf()).param("username", "fatima.z").param("fullName", "Fatima")
			.param("password", "Un-mot-de-passe-1").param("confirmation", "Un-mot-de-passe-1").param("commune", "MA-INE"))
			.andExpect(content().string(containsString("Choisissez une commune.")));
		mvc.perform(post("/public/register").param("lang", "fr").with(csrf()).param("username", "admin").param("fullName", "X")
			.param("password", "Un-mot-de-passe-1").param("confirmation", "Un-mot-de-passe-1").param("commune", "MA-INE-03"))
			.andExpect(content().string(containsString("Cet identifiant est déjà pris.")));
		mvc.perform(post("/public/register").param("username", "fatima.z").param("fullName", "Fatima")
			.param("password", "Un-mot-de-passe-1").param("confirmation", "Un-mot-de-passe-1").param("commune", "MA-INE-03"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(before);

		mvc.perform(get("/public/register")).andExpect(status().isOk());
		mvc.perform(post("/public/register").with(csrf()).param("username", "fatima.z").param("fullName", "فاطمة الزهراء")
			.param("email", "fatima@example.org").param("password", "Un-mot-de-passe-1").param("confirmation", "Un-mot-de-passe-1")
			.param("commune", "MA-INE-03"))
			.andExpect(redirectedUrl("/login?registered"));
		var fatima = accounts.loadUserByUsername("fatima.z");
		assertThat(fatima.getAuthorities()).extracting(Object::toString).singleElement().asString().contains("CITIZEN");
		mvc.perform(post("/consultation/proposals").with(csrf()).with(account(accounts, "fatima.z")).param("title", "Parc")
			.param("body", "Un parc pour les enfants").param("category", "ENVIRONMENT").param("territoryCode", "MA-INE-03"))
			.andExpect(redirectedUrlPattern("/public/proposals/*"));
	}

	@Test
	void a_project_page_shows_the_recommendations_behind_it_and_its_followers_hear_of_its_progress() throws Exception {
		String project = fixtures.projectOfInezgane();
		long meeting = fixtures.meeting("planner.inezgane", "MA-INE-01", "Atelier de suivi");
		mvc.perform(post("/consultation/meetings/" + meeting + "/recommendations").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("text", "Réduire le déficit social des quartiers").param("owner", "Commune d'Inezgane"));
		long recommendation = jdbc.sql("select id from meeting_recommendation where meeting_id = :m").param("m", meeting)
			.query(Long.class).single();
		mvc.perform(post("/consultation/meetings/" + meeting + "/recommendations/" + recommendation).with(csrf())
			.with(account(accounts, "planner.inezgane")).param("version", "0").param("status", "IN_PROGRESS").param("projectCode", "NOPE"))
			.andExpect(flash().attribute("error", "consultation.project.unknown"));
		mvc.perform(post("/consultation/meetings/" + meeting + "/recommendations/" + recommendation).with(csrf())
			.with(account(accounts, "planner.inezgane")).param("version", "0").param("status", "IN_PROGRESS").param("projectCode", project))
			.andExpect(flash().attribute("saved", true));

		mvc.perform(get("/projects/" + project).with(account(accounts, "planner.inezgane")))
			.andExpect(content().string(containsString("hx-get=\"/consultation/contributions?project=" + project + "\"")));
		mvc.perform(get("/consultation/contributions").param("project", project).param("lang", "fr")
			.with(account(accounts, "planner.inezgane")))
			.andExpect(content().string(allOf(containsString("Réduire le déficit social des quartiers"),
					containsString("Atelier de suivi"), containsString("avancement physique"))));
		mvc.perform(get("/consultation/contributions").param("project", project).with(account(accounts, "planner.aitmelloul")))
			.andExpect(status().isForbidden());

		mvc.perform(post("/consultation/follow").with(csrf()).with(account(accounts, "planner.inezgane")).param("project", project))
			.andExpect(redirectedUrl("/projects/" + project + "#contributions"));
		ma.tanmia.RunAs.account(accounts, "planner.inezgane", () -> {
			projects.reportProgress(project, ProjectStatus.IN_PROGRESS, new BigDecimal("42"), LocalDate.now(), "test", "planner.inezgane");
			return null;
		});
		assertThat(jdbc.sql("select count(*) from consultation_notification where account = 'planner.inezgane' and link = :l")
			.param("l", "/projects/" + project).query(Long.class).single()).isEqualTo(1);
	}
}

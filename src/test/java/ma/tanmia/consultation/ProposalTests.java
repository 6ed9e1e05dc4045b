package ma.tanmia.consultation;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProposalTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ConsultationFixtures fixtures;
	@Autowired
	Proposals proposals;

	@BeforeAll
	void people() {
		fixtures.person("amina", Role.CITIZEN, "MA-INE-01");
		fixtures.person("youssef", Role.CITIZEN, "MA-INE-01");
		fixtures.person("hassan", Role.CITIZEN, "MA-INE-02");
		fixtures.person("nadia", Role.CITIZEN, "MA-INE-01");
		fixtures.person("karim", Role.CITIZEN, "MA-INE-01");
		fixtures.person("busy.citizen", Role.CITIZEN, "MA-INE-01");
		fixtures.person("moderator.ine", Role.MODERATOR, "MA-INE");
		fixtures.person("moderator.agadir", Role.MODERATOR, "MA-AGD");
	}

	long propose(String as, String title) throws Exception {
		String location = mvc.perform(post("/consultation/proposals").with(csrf()).with(account(accounts, as))
			.param("title", title).param("body", "Texte de la proposition " + title).param("category", "YOUTH_AND_SPORT")
			.param("territoryCode", "MA-INE-01").param("latitude", "30.354").param("longitude", "-9.536"))
			.andExpect(redirectedUrlPattern("/public/proposals/*")).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	@Test
	void a_citizen_files_a_proposal_anyone_reads_it_and_the_authors_email_is_never_shown() throws Exception {
		long id = propose("amina", "Un terrain de sport au quartier Tarrast");
		mvc.perform(get("/public/proposals/" + id).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Un terrain de sport au quartier Tarrast"), containsString("amina"),
					not(containsString("amina@example.org")))));
		mvc.perform(get("/api/v1/proposals").param("territory", "MA-INE").with(account(accounts, "hassan")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(content().string(not(containsString("@example.org"))));
		assertThat(jdbc.sql("select actor from audit_entry where entity_type = 'Proposal' and entity_id = :id")
			.param("id", String.valueOf(id)).query(String.class).single()).isEqualTo("amina");
	}

	@Test
	void an_account_supports_a_proposal_once_and_the_database_refuses_a_second_support() throws Exception {
		long id = propose("amina", "Éclairage de la corniche");
		mvc.perform(post("/consultation/proposals/" + id + "/support").with(csrf()).with(account(accounts, "youssef")))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/consultation/proposals/" + id + "/support").with(csrf()).with(account(accounts, "youssef")))
			.andExpect(flash().attribute("error", "consultation.support.already"));
		assertThat(jdbc.sql("select supports from proposal where id = :id").param("id", id).query(Integer.class).single()).isEqualTo(1);
		assertThatThrownBy(() -> jdbc.sql("insert into proposal_support (proposal_id, account) values (:id, 'youssef')")
			.param("id", id).update()).isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
		mvc.perform(post("/consultation/proposals/" + id + "/support").with(csrf())).andExpect(result ->
				assertThat(result.getResponse().getStatus()).isIn(302, 401));
		assertThat(jdbc.sql("select count(*) from proposal_support where proposal_id = :id").param("id", id).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void an_account_files_at_most_five_proposals_an_hour() throws Exception {
		for (int i = 1; i <= 5; i++) {
			propose("busy.citizen", "Proposition " + i);
		}
		long before = fixtures.count("proposal");
		mvc.perform(post("/consultation/proposals").param("lang", "fr").with(csrf()).with(account(accounts, "busy.citizen"))
			.param("title", "Sixième").param("body", "Encore").param("category", "OTHER").param("territoryCode", "MA-INE-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vous avez atteint la limite horaire")));
		assertThat(fixtures.count("proposal")).isEqualTo(before);
	}

	@Test
	void a_proposal_without_title_or_with_half_a_location_is_refused_with_a_clear_message_and_nothing_is_saved() throws Exception {
		long before = fixtures.count("proposal");
		mvc.perform(post("/consultation/proposals").param("lang", "fr").with(csrf()).with(account(accounts, "hassan"))
			.param("title", " ").param("body", "Texte").param("category", "WATER").param("territoryCode", "MA-INE-02"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Le titre, le texte, le thème et l&#39;unité territoriale sont obligatoires.")));
		mvc.perform(post("/consultation/proposals").param("lang", "fr").with(csrf()).with(account(accounts, "hassan"))
			.param("title", "Eau").param("body", "Texte").param("category", "WATER").param("territoryCode", "MA-INE-02")
			.param("latitude", "30.1"))
			.andExpect(content().string(containsString("Localisation invalide")));
		mvc.perform(post("/consultation/proposals").param("lang", "fr").with(csrf()).with(account(accounts, "hassan"))
			.param("title", "Eau").param("body", "Texte").param("category", "WATER").param("territoryCode", "XX-99"))
			.andExpect(content().string(containsString("Unité territoriale inconnue.")));
		assertThat(fixtures.count("proposal")).isEqualTo(before);
	}

	@Test
	void a_moderator_of_the_prefecture_hides_a_proposal_with_a_reason_only_its_author_and_moderators_still_see() throws Exception {
		long id = propose("nadia", "Proposition à masquer");
		mvc.perform(post("/consultation/proposals/" + id + "/hide").with(csrf()).with(account(accounts, "youssef"))
			.param("reason", "x")).andExpect(status().isForbidden());
		mvc.perform(post("/consultation/proposals/" + id + "/hide").with(csrf()).with(account(accounts, "moderator.agadir"))
			.param("reason", "x")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select hidden from proposal where id = :id").param("id", id).query(Boolean.class).single()).isFalse();

		mvc.perform(post("/consultation/proposals/" + id + "/hide").with(csrf()).with(account(accounts, "moderator.ine"))
			.param("reason", "")).andExpect(flash().attribute("error", "consultation.hide.reason"));
		mvc.perform(post("/consultation/proposals/" + id + "/hide").with(csrf()).with(account(accounts, "moderator.ine"))
			.param("reason", "Propos injurieux")).andExpect(flash().attribute("saved", true));

		mvc.perform(get("/public/proposals/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/public/proposals/" + id).with(account(accounts, "youssef"))).andExpect(status().isNotFound());
		mvc.perform(get("/public/proposals/" + id).param("lang", "fr").with(account(accounts, "nadia")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Masqué par la modération : Propos injurieux")));
		mvc.perform(get("/public/proposals").param("territory", "MA-INE-01"))
			.andExpect(content().string(not(containsString("Proposition à masquer"))));
		mvc.perform(get("/consultation/moderation").with(account(accounts, "youssef"))).andExpect(status().isForbidden());
		mvc.perform(get("/consultation/moderation").with(account(accounts, "moderator.ine"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Proposition à masquer")));
	}

	@Test
	void the_answer_of_the_communes_planner_is_kept_accepted_links_the_project_and_the_author_and_supporters_are_notified()
			throws Exception {
		long id = propose("amina", "Réhabiliter la maison de jeunes");
		mvc.perform(post("/consultation/proposals/" + id + "/support").with(csrf()).with(account(accounts, "hassan")));
		String project = fixtures.projectOfInezgane();
		long version = jdbc.sql("select version from proposal where id = :id").param("id", id).query(Long.class).single();

		mvc.perform(post("/consultation/proposals/" + id + "/answer").with(csrf()).with(account(accounts, "planner.aitmelloul"))
			.param("version", String.valueOf(version)).param("status", "ACCEPTED").param("text", "Oui").param("projectCode", project))
			.andExpect(status().isForbidden());
		mvc.perform(post("/consultation/proposals/" + id + "/answer").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(version)).param("status", "ACCEPTED").param("text", "Retenue"))
			.andExpect(flash().attribute("error", "consultation.answer.project"));
		mvc.perform(post("/consultation/proposals/" + id + "/answer").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(version)).param("status", "UNDER_STUDY").param("text", "Étude en cours"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/consultation/proposals/" + id + "/answer").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(version)).param("status", "REJECTED").param("text", "Trop tard"))
			.andExpect(flash().attribute("error", "consultation.conflict"));
		mvc.perform(post("/consultation/proposals/" + id + "/answer").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(version + 1)).param("status", "ACCEPTED").param("text", "Retenue dans le PAC")
			.param("projectCode", project))
			.andExpect(flash().attribute("saved", true));

		assertThat(jdbc.sql("select status || ' ' || project_code from proposal where id = :id").param("id", id).query(String.class)
			.single()).isEqualTo("ACCEPTED " + project);
		assertThat(jdbc.sql("select string_agg(status, ',' order by id) from proposal_answer where proposal_id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("UNDER_STUDY,ACCEPTED");
		assertThat(jdbc.sql("select count(*) from consultation_notification where account in ('amina', 'hassan') and link = :l")
			.param("l", "/public/proposals/" + id).query(Long.class).single()).isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = 'hassan@example.org' and body like :b")
			.param("b", "%/public/proposals/" + id).query(Long.class).single()).isEqualTo(2);
		mvc.perform(get("/consultation/notifications").param("lang", "fr").with(account(accounts, "hassan")))
			.andExpect(content().string(containsString("Réponse officielle à la proposition : Réhabiliter la maison de jeunes")));
		mvc.perform(get("/consultation/contributions").param("project", project).with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Réhabiliter la maison de jeunes")));
		mvc.perform(get("/admin/outbox").with(account(accounts, "planner.inezgane"))).andExpect(status().isForbidden());
		mvc.perform(get("/admin/outbox").with(account(accounts, "admin"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("hassan@example.org")));
	}

	@Test
	void a_duplicate_is_merged_and_its_supports_move_over_still_one_per_account() throws Exception {
		long original = propose("amina", "Piste cyclable");
		long duplicate = propose("youssef", "Une piste pour vélos");
		mvc.perform(post("/consultation/proposals/" + original + "/support").with(csrf()).with(account(accounts, "hassan")));
		mvc.perform(post("/consultation/proposals/" + duplicate + "/support").with(csrf()).with(account(accounts, "hassan")));
		mvc.perform(post("/consultation/proposals/" + duplicate + "/support").with(csrf()).with(account(accounts, "amina")));
		mvc.perform(post("/consultation/proposals/" + duplicate + "/merge").with(csrf()).with(account(accounts, "moderator.ine"))
			.param("into", String.valueOf(original))).andExpect(flash().attribute("saved", true));
		// hassan supported both (counted once), amina only the duplicate: 2 supports.
		assertThat(jdbc.sql("select supports from proposal where id = :id").param("id", original).query(Integer.class).single())
			.isEqualTo(2);
		assertThat(jdbc.sql("select status from proposal where id = :id").param("id", duplicate).query(String.class).single())
			.isEqualTo("MERGED");
	}

	@Test
	void comments_are_plain_text_can_be_reported_once_and_hidden_by_a_moderator() throws Exception {
		long id = propose("karim", "Jardin public");
		mvc.perform(post("/consultation/comments").with(csrf()).with(account(accounts, "youssef")).param("subject", "PROPOSAL")
			.param("key", String.valueOf(id)).param("body", "<script>alert(1)</script>Bonne idée"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(get("/public/proposals/" + id)).andExpect(content().string(allOf(
				containsString("&lt;script&gt;alert(1)&lt;/script&gt;Bonne idée"), not(containsString("<script>alert")))));
		long comment = jdbc.sql("select id from consultation_comment where subject_key = :k").param("k", String.valueOf(id))
			.query(Long.class).single();
		mvc.perform(post("/consultation/comments/" + comment + "/report").with(csrf()).with(account(accounts, "hassan"))
			.param("reason", "Spam")).andExpect(flash().attribute("saved", true));
		mvc.perform(post("/consultation/comments/" + comment + "/report").with(csrf()).with(account(accounts, "hassan"))
			.param("reason", "Spam")).andExpect(flash().attribute("error", "consultation.report.already"));
		mvc.perform(get("/consultation/moderation").with(account(accounts, "moderator.ine")))
			.andExpect(content().string(containsString("Bonne idée")));
		mvc.perform(get("/consultation/moderation").with(account(accounts, "moderator.agadir")))
			.andExpect(content().string(not(containsString("Bonne idée"))));
		mvc.perform(post("/consultation/comments/" + comment + "/hide").with(csrf()).with(account(accounts, "hassan"))
			.param("reason", "Spam")).andExpect(status().isForbidden());
		mvc.perform(post("/consultation/comments/" + comment + "/hide").with(csrf()).with(account(accounts, "moderator.ine"))
			.param("reason", "Hors sujet")).andExpect(flash().attribute("saved", true));
		mvc.perform(get("/public/proposals/" + id).param("lang", "fr")).andExpect(content().string(allOf(
				containsString("Masqué par la modération : Hors sujet"), not(containsString("Bonne idée")))));
		mvc.perform(post("/consultation/comments").with(csrf()).with(account(accounts, "youssef")).param("subject", "PROPOSAL")
			.param("key", String.valueOf(id)).param("body", "   ")).andExpect(flash().attribute("error", "consultation.comment.required"));
	}
}

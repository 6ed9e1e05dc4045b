package ma.tanmia.identity;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

	static final String PASSWORD = "Tanmia-Demo-2026";

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;

	@Test
	void five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused_for_a_while() throws Exception {
		for (int attempt = 0; attempt < UserAccount.FREE_ATTEMPTS; attempt++) {
			mvc.perform(formLogin().user("sector.health").password("wrong-" + attempt))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin().user("sector.health").password(PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", "").param("lang", "fr"))
			.andExpect(content().string(containsString("Compte suspendu temporairement")));

		jdbc.sql("update user_account set locked_until = now() - interval '1 second' where username = 'sector.health'")
			.update();
		mvc.perform(formLogin().user("sector.health").password(PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select failed_logins from user_account where username = 'sector.health'")
			.query(Integer.class).single()).isZero();
	}

	@Test
	void the_chosen_language_is_remembered_in_the_account_and_restored_at_the_next_sign_in() throws Exception {
		Cookie[] browser = signIn("partner.indh", PASSWORD);
		mvc.perform(get("/").param("lang", "fr").cookie(browser))
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")));
		assertThat(jdbc.sql("select preferred_language from user_account where username = 'partner.indh'")
			.query(String.class).single()).isEqualTo("fr");

		// A new browser, Arabic by default, signs in: the interface switches to the person's French.
		Cookie[] otherBrowser = signIn("partner.indh", PASSWORD);
		assertThat(otherBrowser).anySatisfy(cookie -> {
			assertThat(cookie.getName()).isEqualTo("tanmia-lang");
			assertThat(cookie.getValue()).isEqualTo("fr");
		});
		mvc.perform(get("/").cookie(otherBrowser))
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")));
	}

	/** Signs in as a browser would and returns its cookies: the session (Spring Session's SESSION) and the language. */
	private Cookie[] signIn(String username, String password) throws Exception {
		MvcResult result = mvc.perform(formLogin().user(username).password(password)).andExpect(redirectedUrl("/"))
			.andReturn();
		return result.getResponse().getCookies();
	}

	@Test
	void pages_are_arabic_right_to_left_by_default_and_french_left_to_right_on_request() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")))
			.andExpect(content().string(containsString("bootstrap.rtl.min.css")));
		mvc.perform(get("/login").param("lang", "fr"))
			.andExpect(content().string(containsString("<html lang=\"fr\" dir=\"ltr\">")))
			.andExpect(content().string(containsString("Connexion")));
	}

	@Test
	void a_person_changes_their_password_after_proving_the_current_one() throws Exception {
		Cookie[] session = signIn("coop.argan", PASSWORD);

		mvc.perform(post("/account/password").param("lang", "fr").cookie(session).with(csrf())
			.param("current", "not-my-password").param("next", "Argan-Tamanar-2026").param("confirmation", "Argan-Tamanar-2026"))
			.andExpect(content().string(containsString("Le mot de passe actuel est incorrect.")));
		mvc.perform(post("/account/password").cookie(session).with(csrf())
			.param("current", PASSWORD).param("next", "Argan-Tamanar-2026").param("confirmation", "Argan-Tamanar-2026"))
			.andExpect(content().string(containsString("id=\"password-changed\"")));

		mvc.perform(formLogin().user("coop.argan").password(PASSWORD)).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin().user("coop.argan").password("Argan-Tamanar-2026")).andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PASSWORD' and entity_id = 'coop.argan'")
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where after_state::text like '%{bcrypt}%'")
			.query(Long.class).single()).as("no password hash in the audit trail").isZero();
	}
}

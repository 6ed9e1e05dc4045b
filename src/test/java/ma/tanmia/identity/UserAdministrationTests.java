package ma.tanmia.identity;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class UserAdministrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void an_administrator_opens_an_account_scoped_to_a_commune_who_can_then_sign_in() throws Exception {
		mvc.perform(post("/admin/users").with(csrf()).with(account(accounts, "admin"))
			.param("username", "planner.dcheira").param("fullName", "مخطط جماعة الدشيرة")
			.param("organizationCode", "CC-INE-03").param("password", "Dcheira-Plan-2026").param("enabled", "true")
			.param("grants[0].role", "PLANNER").param("grants[0].territoryCode", "MA-INE-03"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(formLogin().user("planner.dcheira").password("Dcheira-Plan-2026")).andExpect(redirectedUrl("/"));
		assertThat(jdbc.sql("select role || '@' || territory_code from user_role r join user_account a on a.id = r.user_account where a.username = 'planner.dcheira'")
			.query(String.class).list()).containsExactly("PLANNER@MA-INE-03");
		assertThat(jdbc.sql("select actor from audit_entry where entity_type = 'UserAccount' and entity_id = 'planner.dcheira' and action = 'CREATE'")
			.query(String.class).single()).isEqualTo("admin");
	}

	@Test
	void the_form_explains_each_mistake_and_opens_nothing() throws Exception {
		long before = jdbc.sql("select count(*) from user_account").query(Long.class).single();
		mvc.perform(post("/admin/users").param("lang", "fr").with(csrf()).with(account(accounts, "admin"))
			.param("username", "admin").param("fullName", "").param("organizationCode", "NO-SUCH-ORG")
			.param("password", "short").param("grants[0].role", "PLANNER").param("grants[0].territoryCode", "ZZ-99"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cet identifiant est déjà utilisé.")))
			.andExpect(content().string(containsString("Aucun organisme ne porte ce code.")))
			.andExpect(content().string(containsString("Aucune unité territoriale ne porte ce code.")))
			.andExpect(content().string(containsString("Ce champ est obligatoire.")));
		assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void the_audit_screen_lists_changes_filtered_by_person() throws Exception {
		mvc.perform(get("/admin/audit").param("actor", "system").param("entityType", "Organization")
			.param("lang", "fr").with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<span>Organisme</span>")))
			.andExpect(content().string(containsString("CR-SM")))
			.andExpect(content().string(containsString("Création")));
	}
}

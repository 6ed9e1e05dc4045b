package ma.tanmia.territory;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TerritoryAccessTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void a_commune_planner_edits_their_own_commune_and_the_change_is_audited_with_before_and_after() throws Exception {
		long version = version("MA-INE-05");
		mvc.perform(post("/territories/MA-INE-05").with(csrf()).with(account(accounts, "planner.region"))
			.param("nameAr", "التمسية").param("nameFr", "Temsia").param("nameTzm", "ⵜⵎⵙⵉⵢⴰ")
			.param("population2014", "27955").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/territories/MA-INE-05"));

		assertThat(jdbc.sql("select name_tzm from territorial_unit where code = 'MA-INE-05'").query(String.class).single())
			.isEqualTo("ⵜⵎⵙⵉⵢⴰ");
		var audit = jdbc.sql("""
				select actor, before_state->>'name_tzm' as before_tzm, after_state->>'name_tzm' as after_tzm
				from audit_entry where entity_type = 'TerritorialUnit' and entity_id = 'MA-INE-05' and action = 'UPDATE'
				order by id desc limit 1
				""").query().singleRow();
		assertThat(audit.get("actor")).isEqualTo("planner.region");
		assertThat(audit.get("before_tzm")).isNull();
		assertThat(audit.get("after_tzm")).isEqualTo("ⵜⵎⵙⵉⵢⴰ");
	}

	@Test
	void a_commune_planner_cannot_edit_another_commune_and_nothing_changes() throws Exception {
		long version = version("MA-INE-02");
		mvc.perform(get("/territories/MA-INE-02/edit").with(account(accounts, "planner.inezgane")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/territories/MA-INE-02").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("nameAr", "مخترق").param("nameFr", "Piraté").param("version", String.valueOf(version)))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Exception"))));
		assertThat(jdbc.sql("select name_fr from territorial_unit where code = 'MA-INE-02'").query(String.class).single())
			.isEqualTo("Aït Melloul");
		assertThat(version("MA-INE-02")).isEqualTo(version);
	}

	@Test
	void the_edit_button_shows_only_where_the_person_may_edit() throws Exception {
		mvc.perform(get("/territories/MA-INE-01").with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"edit-unit\"")));
		mvc.perform(get("/territories/MA-INE-02").with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"edit-unit\""))));
		mvc.perform(get("/territories/MA-INE-02").with(account(accounts, "governor.inezgane")))
			.andExpect(content().string(not(containsString("id=\"edit-unit\""))));
	}

	@Test
	void a_commune_planner_cannot_open_the_admin_screens() throws Exception {
		for (String page : new String[] { "/admin/users", "/admin/audit", "/admin/users/new", "/territories/import" }) {
			mvc.perform(get(page).with(account(accounts, "planner.inezgane"))).andExpect(status().isForbidden());
		}
		mvc.perform(get("/admin/users").with(account(accounts, "admin"))).andExpect(status().isOk());
	}

	@Test
	void pages_and_api_refuse_anonymous_visitors() throws Exception {
		mvc.perform(get("/territories/MA-09").accept(org.springframework.http.MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/api/v1/territories/MA-09")).andExpect(status().isUnauthorized());
	}

	@Test
	void the_api_returns_a_unit_and_its_children_page_by_page() throws Exception {
		mvc.perform(get("/api/v1/territories/MA-INE").with(account(accounts, "citizen.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.code").value("MA-INE"))
			.andExpect(jsonPath("$.level").value("PREFECTURE"))
			.andExpect(jsonPath("$.name.fr").value("Inezgane-Aït Melloul"))
			.andExpect(jsonPath("$.parentCode").value("MA-09"))
			.andExpect(jsonPath("$.declaredCommunes").value(6))
			.andExpect(jsonPath("$.population[0].censusYear").value(2014))
			.andExpect(jsonPath("$.population[0].inhabitants").value(541118));
		mvc.perform(get("/api/v1/territories/MA-AGD/children?size=5&page=2").with(account(accounts, "citizen.demo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalElements").value(13))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.content.length()").value(3));
		mvc.perform(get("/api/v1/territories/NOPE").with(account(accounts, "citizen.demo")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("not_found"));
	}

	@Test
	void an_unknown_unit_page_is_a_friendly_not_found_page() throws Exception {
		mvc.perform(get("/territories/NOPE").param("lang", "fr").with(account(accounts, "citizen.demo")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("existe pas")));
	}

	private long version(String code) {
		return jdbc.sql("select version from territorial_unit where code = :c").param("c", code).query(Long.class).single();
	}
}

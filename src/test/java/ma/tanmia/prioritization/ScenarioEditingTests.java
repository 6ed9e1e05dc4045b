package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import ma.tanmia.RunAs;
import ma.tanmia.program.Program;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Scenarios are edited and deleted by the program's planners, against the version they saw, audited. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioEditingTests {

	@Autowired
	PrioritizationFixtures fixtures;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Programming programming;

	Program imsouane;
	static final String PLANNER = "planner.prio.ma-agd-05";

	@BeforeAll
	void program() {
		imsouane = fixtures.pac("MA-AGD-05");
		fixtures.person("governor.prio.editing", Role.GOVERNOR_OFFICE, "MA-AGD", "MA-AGD-05");
		fixtures.project(imsouane, "SE-A", 1_000_000, true, true, List.of());
	}

	Scenario scenario(String name) {
		return RunAs.account(accounts, PLANNER, () -> programming.save(imsouane.id(), new Scenario.Draft(name, 2023, 6,
				Map.of("COMMUNE", java.util.Collections.nCopies(6, new BigDecimal("2000000"))), List.of(), null, 0, 0, 0, 5)));
	}

	Map<String, Object> row(long id) {
		return jdbc.sql("select name, rural_min_percent, version from programming_scenario where id = :id").param("id", id)
			.query().singleRow();
	}

	String form(Scenario s, long version, String name, int rural) {
		return "version=" + version + "&name=" + name + "&firstYear=2023&years=6&timeLimitSeconds=5&ruralMinPercent=" + rural
				+ "&provinceMinPercent=0&maxStartsPerYear=0&precedences=&cap_COMMUNE_0=1&cap_COMMUNE_1=1&cap_COMMUNE_2=1"
				+ "&cap_COMMUNE_3=1&cap_COMMUNE_4=1&cap_COMMUNE_5=1";
	}

	@Test
	void a_planner_edits_a_scenario_against_the_version_seen_and_a_stale_edit_changes_nothing() throws Exception {
		Scenario s = scenario("À modifier");
		mvc.perform(get("/programming/scenarios/" + s.id() + "/edit").with(account(accounts, PLANNER)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("value=\"À modifier\"")))
			.andExpect(content().string(containsString("value=\"2000000\"")));
		mvc.perform(post("/programming/scenarios/" + s.id()).with(csrf()).with(account(accounts, PLANNER))
			.contentType("application/x-www-form-urlencoded").content(form(s, s.version(), "Modifié", 20)))
			.andExpect(flash().attribute("saved", true));
		assertThat(row(s.id())).containsEntry("name", "Modifié").containsEntry("rural_min_percent", 20)
			.containsEntry("version", s.version() + 1);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ProgrammingScenario' and entity_id = :id and action = 'UPDATE'")
			.param("id", String.valueOf(s.id())).query(Long.class).single()).isEqualTo(1);
		// Someone who opened the form before that change: refused, nothing changed.
		mvc.perform(post("/programming/scenarios/" + s.id()).with(csrf()).with(account(accounts, PLANNER))
			.contentType("application/x-www-form-urlencoded").content(form(s, s.version(), "Trop tard", 50)))
			.andExpect(flash().attribute("error", "programming.scenario.conflict"));
		assertThat(row(s.id())).containsEntry("name", "Modifié").containsEntry("rural_min_percent", 20);
	}

	@Test
	void a_mixed_language_scenario_name_is_shown_isolated_and_escaped_wherever_it_is_quoted() throws Exception {
		Scenario s = scenario("ميزانيات ضيقة — budgets <b>serrés</b>");
		String escaped = "ميزانيات ضيقة — budgets &lt;b&gt;serrés&lt;/b&gt;";
		String edit = mvc.perform(get("/programming/scenarios/" + s.id() + "/edit").param("lang", "fr")
			.with(account(accounts, PLANNER))).andReturn().getResponse().getContentAsString();
		assertThat(edit).contains("Modifier le scénario « <bdi>" + escaped + "</bdi> »").doesNotContain("<b>serrés");
		String programming = mvc.perform(get("/programs/" + imsouane.id() + "/programming").param("lang", "fr")
			.with(account(accounts, PLANNER))).andReturn().getResponse().getContentAsString();
		assertThat(programming).contains("<bdi>" + escaped + "</bdi>").doesNotContain("<b>serrés");
	}

	@Test
	void a_scenario_is_deleted_with_its_runs_but_the_chosen_programming_is_refused_with_a_clear_message() throws Exception {
		Scenario chosen = scenario("Retenu");
		Scenario other = scenario("Écarté");
		RunAs.account(accounts, PLANNER, () -> {
			programming.runAndWait(chosen.id());
			programming.runAndWait(other.id());
			programming.choose(chosen.id());
			return null;
		});
		long version = row(chosen.id()).get("version") instanceof Number n ? n.longValue() : -1;
		mvc.perform(post("/programming/scenarios/" + chosen.id() + "/delete").with(csrf()).with(account(accounts, PLANNER))
			.param("version", String.valueOf(version)))
			.andExpect(flash().attribute("error", "programming.scenario.chosenKept"));
		assertThat(jdbc.sql("select count(*) from programming_scenario where id = :id").param("id", chosen.id())
			.query(Long.class).single()).isEqualTo(1);
		// The chosen one cannot be edited either.
		mvc.perform(post("/programming/scenarios/" + chosen.id()).with(csrf()).with(account(accounts, PLANNER))
			.contentType("application/x-www-form-urlencoded").content(form(chosen, version, "Retenu", 30)))
			.andExpect(flash().attribute("error", "programming.scenario.chosenFixed"));

		mvc.perform(post("/programming/scenarios/" + other.id() + "/delete").with(csrf()).with(account(accounts, PLANNER))
			.param("version", String.valueOf(other.version())))
			.andExpect(flash().attribute("saved", true));
		assertThat(jdbc.sql("select count(*) from programming_scenario where id = :id").param("id", other.id())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from programming_job where scenario_id = :id").param("id", other.id())
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'ProgrammingScenario' and entity_id = :id and action = 'DELETE'")
			.param("id", String.valueOf(other.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void the_governors_office_and_other_planners_can_neither_edit_nor_delete_a_scenario() throws Exception {
		Scenario s = scenario("Protégé");
		for (String who : List.of("governor.prio.editing", "planner.aitmelloul")) {
			mvc.perform(get("/programming/scenarios/" + s.id() + "/edit").with(account(accounts, who)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/programming/scenarios/" + s.id()).with(csrf()).with(account(accounts, who))
				.contentType("application/x-www-form-urlencoded").content(form(s, s.version(), "Pris", 40)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/programming/scenarios/" + s.id() + "/delete").with(csrf()).with(account(accounts, who))
				.param("version", String.valueOf(s.version())))
				.andExpect(status().isForbidden());
		}
		assertThat(row(s.id())).containsEntry("name", "Protégé").containsEntry("rural_min_percent", 0)
			.containsEntry("version", s.version());
	}
}

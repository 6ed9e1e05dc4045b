package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ma.tanmia.RunAs;
import ma.tanmia.program.Program;
import ma.tanmia.project.PlannedFunding;
import ma.tanmia.project.ProjectEditing;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Choosing a scenario writes it into the projects. The instance, by hand (all candidates unscored, so
 * each is worth 1 × (12 − start index); caps COMMUNE and REGION 10 M MAD a year, INDH 0; A before B,
 * B before C):
 *
 * <pre>
 *   A  6 M, COMMUNE 4 M + REGION 2 M, planned 2023-01-01 → 2023-12-31 (1 year)  → starts 2023 (12)
 *   B  5 M, no funding plan (the commune's own budget), 2023 (1 year)             → 2024, after A (11)
 *   C  5 M, COMMUNE 3 M + REGION 2 M, planned 2023-04-01 → 2025-03-31 (2 years)   → 2025, after B (10)
 *   D  1 M, INDH 1 M (1 year)                                                    → left out: INDH cap 0 in 2023
 * </pre>
 *
 * Written once chosen: A 2023-01-01 → 2023-12-31, COMMUNE 4,000,000 and REGION 2,000,000 in 2023; B
 * 2024-01-01 → 2024-12-31, COMMUNE 5,000,000 in 2024; C moved two years, 2025-04-01 → 2027-03-31,
 * COMMUNE 3,000,000 and REGION 2,000,000 each spread over the solver's two years of works: 1,500,000 and
 * 1,000,000 in 2025 and in 2026. D untouched.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammingChoiceTests {

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
	@Autowired
	ProjectEditing editing;

	Program tamri;
	Program aqesri;

	@BeforeAll
	void programs() {
		tamri = fixtures.pac("MA-AGD-12");
		aqesri = fixtures.pac("MA-AGD-09");
		fixtures.person("governor.prio.choice", Role.GOVERNOR_OFFICE, "MA-AGD", "MA-AGD-12");
		for (Program program : List.of(tamri, aqesri)) {
			String p = program == tamri ? "CH-" : "CQ-";
			fixtures.project(program, p + "A", 6_000_000, true, true, List.of(
					new PlannedFunding("COMMUNE", 2023, new BigDecimal("4000000")),
					new PlannedFunding("REGION", 2023, new BigDecimal("2000000"))));
			fixtures.project(program, p + "B", 5_000_000, true, true, List.of());
			fixtures.project(program, p + "C", 5_000_000, true, true, List.of(
					new PlannedFunding("COMMUNE", 2023, new BigDecimal("3000000")),
					new PlannedFunding("REGION", 2023, new BigDecimal("2000000"))),
					LocalDate.of(2023, 4, 1), LocalDate.of(2025, 3, 31));
			fixtures.project(program, p + "D", 1_000_000, true, true, List.of(
					new PlannedFunding("INDH", 2023, new BigDecimal("1000000"))));
		}
	}

	/** Saves and runs the scenario of the class comment in the program; returns its id. */
	long solvedScenario(Program program, String p) {
		String planner = "planner.prio." + program.territoryCode().toLowerCase();
		List<BigDecimal> ten = java.util.Collections.nCopies(6, new BigDecimal("10000000"));
		Map<String, List<BigDecimal>> caps = Map.of("COMMUNE", ten, "REGION", ten, "INDH",
				java.util.Collections.nCopies(6, BigDecimal.ZERO));
		return RunAs.account(accounts, planner, () -> {
			Scenario s = programming.save(program.id(), new Scenario.Draft("Choix " + System.nanoTime(), 2023, 6, caps,
					List.of(List.of(p + "A", p + "B"), List.of(p + "B", p + "C")), null, 0, 0, 0, 10));
			programming.runAndWait(s.id());
			return s.id();
		});
	}

	String dates(String code) {
		return jdbc.sql("select planned_start || ' ' || planned_end from project where code = :c").param("c", code)
			.query(String.class).single();
	}

	Map<String, BigDecimal> funding(String code) {
		Map<String, BigDecimal> lines = new TreeMap<>();
		jdbc.sql("""
				select f.source_code, f.year, f.amount from project_funding f join project p on p.id = f.project_id
				where p.code = :c
				""").param("c", code)
			.query((rs, n) -> lines.put(rs.getString(1) + " " + rs.getInt(2), rs.getBigDecimal(3).stripTrailingZeros()))
			.list();
		return lines;
	}

	long version(String code) {
		return jdbc.sql("select version from project where code = :c").param("c", code).query(Long.class).single();
	}

	@Test
	void choosing_a_scenario_writes_the_planned_dates_and_yearly_funding_of_the_projects_it_schedules_and_leaves_the_others() throws Exception {
		long scenarioId = solvedScenario(tamri, "CH-");
		long versionD = version("CH-D");
		String planner = "planner.prio.ma-agd-12";
		// The confirmation shows what will change, and what is left out and why.
		mvc.perform(get("/programming/scenarios/" + scenarioId + "/choose").with(account(accounts, planner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"changes\"")))
			.andExpect(content().string(containsString("CH-C")))
			.andExpect(content().string(containsString("id=\"not-programmed\"")))
			.andExpect(content().string(containsString("CH-D")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"conflicts\""))));
		mvc.perform(post("/programming/scenarios/" + scenarioId + "/choose").with(csrf()).with(account(accounts, planner)))
			.andExpect(flash().attribute("saved", true));

		assertThat(dates("CH-A")).isEqualTo("2023-01-01 2023-12-31");
		assertThat(funding("CH-A")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
				"COMMUNE 2023", new BigDecimal("4E+6"), "REGION 2023", new BigDecimal("2E+6"))));
		assertThat(dates("CH-B")).isEqualTo("2024-01-01 2024-12-31");
		assertThat(funding("CH-B")).containsExactlyEntriesOf(Map.of("COMMUNE 2024", new BigDecimal("5E+6")));
		assertThat(dates("CH-C")).isEqualTo("2025-04-01 2027-03-31");
		assertThat(funding("CH-C")).containsExactlyEntriesOf(new TreeMap<>(Map.of(
				"COMMUNE 2025", new BigDecimal("1.5E+6"), "COMMUNE 2026", new BigDecimal("1.5E+6"),
				"REGION 2025", new BigDecimal("1E+6"), "REGION 2026", new BigDecimal("1E+6"))));
		// D, left out, is untouched.
		assertThat(version("CH-D")).isEqualTo(versionD);
		assertThat(dates("CH-D")).isEqualTo("2023-01-01 2023-12-31");
		assertThat(funding("CH-D")).containsExactlyEntriesOf(Map.of("INDH 2023", new BigDecimal("1E+6")));
		// The scenario is the program's programming; each project's change is in the audit trail.
		assertThat(jdbc.sql("select chosen from programming_scenario where id = :id").param("id", scenarioId)
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Project' and entity_id in ('CH-A', 'CH-B', 'CH-C') and action = 'UPDATE'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(3);
		mvc.perform(get("/programs/" + tamri.id() + "/programming").with(account(accounts, planner)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"chosen-not-programmed\"")));
		// Years read as years in both languages: "2026–2028", never grouped like amounts ("2 026", "2.026").
		for (String language : new String[] { "fr", "ar" }) {
			String page = mvc.perform(get("/programs/" + tamri.id() + "/programming").param("lang", language)
				.with(account(accounts, planner))).andReturn().getResponse().getContentAsString();
			assertThat(page).contains("2026–2028").doesNotContainPattern("\\b2[\\u00a0\\u202f .,]0[2-3][0-9]\\b");
		}
	}

	@Test
	void a_project_changed_since_the_run_blocks_the_choice_which_lists_it_and_writes_nothing() throws Exception {
		long scenarioId = solvedScenario(aqesri, "CQ-");
		String planner = "planner.prio.ma-agd-09";
		RunAs.account(accounts, planner, () -> {
			editing.reviseAll(List.of(new ProjectEditing.Revision("CQ-B", version("CQ-B"),
					new ProjectEditing.Rescheduling("CQ-B", version("CQ-B"), LocalDate.of(2023, 11, 30), true, true), null)), planner);
			return null;
		});
		long versionA = version("CQ-A");
		mvc.perform(get("/programming/scenarios/" + scenarioId + "/choose").with(account(accounts, planner)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"conflicts\"")));
		mvc.perform(post("/programming/scenarios/" + scenarioId + "/choose").with(csrf()).with(account(accounts, planner)))
			.andExpect(redirectedUrl("/programming/scenarios/" + scenarioId + "/choose"))
			.andExpect(flash().attribute("error", "programming.choose.conflict"))
			.andExpect(flash().attribute("errorArgs", org.hamcrest.Matchers.arrayContaining("CQ-B")));
		// Nothing written: A keeps its version and plan, the scenario is not chosen.
		assertThat(version("CQ-A")).isEqualTo(versionA);
		assertThat(funding("CQ-A")).containsOnlyKeys("COMMUNE 2023", "REGION 2023");
		assertThat(jdbc.sql("select chosen from programming_scenario where id = :id").param("id", scenarioId)
			.query(Boolean.class).single()).isFalse();
	}

	@Test
	void only_a_planner_of_the_program_sees_the_confirmation_or_chooses() throws Exception {
		long scenarioId = solvedScenario(tamri, "CH-");
		long versionA = version("CH-A");
		for (String other : List.of("governor.prio.choice", "planner.aitmelloul")) {
			mvc.perform(get("/programming/scenarios/" + scenarioId + "/choose").with(account(accounts, other)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/programming/scenarios/" + scenarioId + "/choose").with(csrf()).with(account(accounts, other)))
				.andExpect(status().isForbidden());
		}
		assertThat(version("CH-A")).isEqualTo(versionA);
		assertThat(jdbc.sql("select chosen from programming_scenario where id = :id").param("id", scenarioId)
			.query(Boolean.class).single()).isFalse();
	}
}

package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ma.tanmia.RunAs;
import ma.tanmia.TestDiagnosis;
import ma.tanmia.program.Program;
import ma.tanmia.project.Competence;
import ma.tanmia.project.ProjectDescription;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The social-deficit and citizen-support criteria fed by the diagnosis and the consultation. By hand,
 * in a test commune of its own (the demonstration indicators cover every commune of the reference
 * data), validated values only, latest year:
 *
 * <pre>
 *   roads indicator   2024: 60 against a target of 80 → deficit 20 / 80 = 25 %   (2023: 10, older; 2025: 0, not validated)
 *   water indicator   2024: 72 against 90 → 20 %; second water indicator (lower is better) 5 against 10 → reached, 0 %
 *
 *   FA (roads)   mean deficit 25 %          → 10 × 25 / 25 = 10.0   proposals 10 + 20 supports = 30 → 10.0
 *   FB (water)   mean deficit (20 + 0) / 2 = 10 % → 10 × 10 / 25 = 4.0   one proposal, 15 supports (a hidden one, 100, not counted) → 5.0
 *   FC (health)  no indicator → unscored     no proposal → 0.0
 * </pre>
 *
 * With the eight criteria weighted 1/8: total(FA) = 0.125 × 10 × 10 + 0.125 × 10 × 10 = 25;
 * total(FB) = 0.125 × 4 × 10 + 0.125 × 5 × 10 = 11.25; total(FC) = 0.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FedCriteriaTests {

	@Autowired
	PrioritizationFixtures fixtures;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Prioritization prioritization;
	@Autowired
	ProjectEditing editing;

	Program amskroud;
	static final String COMMUNE = "MA-TIZ-FED";
	static final String PLANNER = "planner.prio.ma-tiz-fed";

	@BeforeAll
	void diagnosisAndConsultation() {
		String path = TestDiagnosis.commune(jdbc, COMMUNE, "MA-TIZ", 29.7, -9.7);
		amskroud = fixtures.pac(COMMUNE);
		fixtures.person("governor.prio.fed", Role.GOVERNOR_OFFICE, "MA-TIZ", COMMUNE);
		project("FA", "ROADS");
		project("FB", "WATER");
		project("FC", "HEALTH");
		long roads = indicator("FED-ROADS", "ROADS", "HIGHER_IS_BETTER");
		long water = indicator("FED-WATER", "WATER", "HIGHER_IS_BETTER");
		long sewage = indicator("FED-WATER-LOSS", "WATER", "LOWER_IS_BETTER");
		value(roads, path, 2023, 10, "VALIDATED");
		value(roads, path, 2024, 60, "VALIDATED");
		value(roads, path, 2025, 0, "SUBMITTED");
		target(roads, path, 2024, 80);
		value(water, path, 2024, 72, "VALIDATED");
		target(water, path, 2024, 90);
		value(sewage, path, 2024, 5, "VALIDATED");
		target(sewage, path, 2024, 10);
		proposal(path, "FA", 10, false);
		proposal(path, "FA", 20, false);
		proposal(path, "FB", 15, false);
		proposal(path, "FB", 100, true);
	}

	void project(String code, String sector) {
		RunAs.account(accounts, "admin", () -> editing.register(code, amskroud.id(),
				new ProjectDescription("مشروع " + code, "Projet " + code, null, null, null, sector, Competence.OWN, COMMUNE,
						null, null, null, null, null, BigDecimal.valueOf(1_000_000), true, true, LocalDate.of(2023, 1, 1),
						LocalDate.of(2023, 12, 31)),
				List.of(), false));
	}

	long indicator(String code, String domain, String polarity) {
		return TestDiagnosis.indicator(jdbc, code, domain, polarity);
	}

	void value(long indicator, String path, int year, double value, String status) {
		TestDiagnosis.value(jdbc, indicator, COMMUNE, path, year, value, status);
	}

	void target(long indicator, String path, int year, double value) {
		TestDiagnosis.target(jdbc, indicator, COMMUNE, path, year, value);
	}

	void proposal(String path, String project, int supports, boolean hidden) {
		jdbc.sql("""
				insert into proposal (author, title, body, category, territory_code, territory_path, project_code, supports,
				    hidden, hidden_reason)
				values ('citizen.fed.test', 'Proposition', 'Texte', 'ROADS', :t, :path, :p, :s, :h, :r)
				""").param("t", COMMUNE).param("path", path).param("p", project).param("s", supports).param("h", hidden)
			.param("r", hidden ? "abus" : null).update();
	}

	Map<String, BigDecimal> fedScores(String evaluator) {
		Map<String, BigDecimal> scores = new java.util.TreeMap<>();
		jdbc.sql("""
				select p.code, s.score from prioritization_score s join project p on p.id = s.project_id
				where s.program_id = :prog and s.evaluator = :e
				""").param("prog", amskroud.id()).param("e", evaluator)
			.query((rs, n) -> scores.put(rs.getString(1), rs.getBigDecimal(2).stripTrailingZeros())).list();
		return scores;
	}

	@Test
	void refreshing_scores_the_deficit_from_the_diagnosis_and_the_support_from_the_consultation_with_their_figures() throws Exception {
		mvc.perform(post("/programs/" + amskroud.id() + "/priorities/fed").with(csrf()).with(account(accounts, PLANNER)))
			.andExpect(status().is3xxRedirection());
		assertThat(fedScores(FedCriteria.DIAGNOSIS)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
				"FA", new BigDecimal("1E+1"), "FB", new BigDecimal("4"))));
		assertThat(fedScores(FedCriteria.CONSULTATION)).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
				"FA", new BigDecimal("1E+1"), "FB", new BigDecimal("5"), "FC", BigDecimal.ZERO)));
		Map<String, BigDecimal> totals = new java.util.HashMap<>();
		RunAs.account(accounts, PLANNER, () -> prioritization.ranking(amskroud.id(), null))
			.forEach(r -> totals.put(r.project().code(), r.total()));
		assertThat(totals.get("FA")).isEqualByComparingTo("25");
		assertThat(totals.get("FB")).isEqualByComparingTo("11.25");
		assertThat(totals.get("FC")).isEqualByComparingTo("0");
		// The page shows the figures behind the scores.
		mvc.perform(get("/programs/" + amskroud.id() + "/priorities").param("lang", "fr").with(account(accounts, PLANNER)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"fed-table\"")))
			.andExpect(content().string(containsString("FED-WATER (2024) : 72 pour un objectif de 90, soit 20 %")))
			.andExpect(content().string(containsString("30 soutien(s) sur 2 proposition(s)")));
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'PrioritizationFedScores' and entity_id = :c")
			.param("c", amskroud.code()).query(Long.class).single()).isPositive();
	}

	@Test
	void the_governors_office_cannot_refresh_the_fed_scores() throws Exception {
		long before = jdbc.sql("select count(*) from audit_entry where entity_type = 'PrioritizationFedScores'").query(Long.class).single();
		Map<String, BigDecimal> scores = fedScores(FedCriteria.DIAGNOSIS);
		mvc.perform(post("/programs/" + amskroud.id() + "/priorities/fed").with(csrf()).with(account(accounts, "governor.prio.fed")))
			.andExpect(status().isForbidden());
		assertThat(fedScores(FedCriteria.DIAGNOSIS)).isEqualTo(scores);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'PrioritizationFedScores'").query(Long.class).single())
			.isEqualTo(before);
	}
}

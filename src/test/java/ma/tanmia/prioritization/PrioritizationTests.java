package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.RunAs;
import ma.tanmia.program.Program;
import ma.tanmia.project.PlannedFunding;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrioritizationTests {

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

	Program idmine;
	long road;
	long school;
	long bigDam;

	@BeforeAll
	void aCommuneWithCandidates() {
		idmine = fixtures.pac("MA-AGD-10");
		fixtures.pac("MA-AGD-11");
		fixtures.person("eval.prio.one", Role.COMMITTEE_MEMBER, "MA-AGD-10", "MA-AGD-10");
		fixtures.person("eval.prio.two", Role.COMMITTEE_MEMBER, "MA-AGD-10", "MA-AGD-10");
		fixtures.person("governor.prio.agd", Role.GOVERNOR_OFFICE, "MA-AGD", "MA-AGD-10");
		road = fixtures.project(idmine, "PRIO-ROAD", 5_000_000, true, true, List.of());
		school = fixtures.project(idmine, "PRIO-SCHOOL", 30_000_000, true, false, List.of());
		bigDam = fixtures.project(idmine, "PRIO-DAM", 150_000_000, false, false, List.of());
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String username) {
		return request.with(account(accounts, username));
	}

	Map<String, BigDecimal> weights() {
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		jdbc.sql("select code, weight from prioritization_criterion where program_id = :p").param("p", idmine.id())
			.query((rs, n) -> weights.put(rs.getString(1), rs.getBigDecimal(2))).list();
		return weights;
	}

	@Test
	void the_program_starts_with_the_eight_standard_criteria_equally_weighted() throws Exception {
		mvc.perform(as(get("/programs/" + idmine.id() + "/priorities"), "planner.prio.ma-agd-10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("w_SOCIAL_DEFICIT")));
		assertThat(weights()).hasSize(8);
	}

	@Test
	void pairwise_comparisons_give_the_weights_and_a_consistency_ratio_with_a_warning_when_contradictory() throws Exception {
		prioritization(idmine.id(), "planner.prio.ma-agd-10");
		List<String> codes = StandardCriteria.ALL.stream().map(StandardCriteria.Definition::code).toList();
		// Consistent: every criterion equal except SOCIAL_DEFICIT, 3 times any other. With a = SOCIAL_DEFICIT's
		// weight and b each other's, a = 3b and a + 7b = 1: b = 0.1, a = 0.3, and CR = 0.
		var request = as(post("/programs/" + idmine.id() + "/priorities/comparisons"), "planner.prio.ma-agd-10").with(csrf());
		for (int i = 0; i < codes.size(); i++) {
			for (int j = i + 1; j < codes.size(); j++) {
				request.param("c_" + codes.get(i) + "|" + codes.get(j), i == 0 ? "3" : "1");
			}
		}
		mvc.perform(request).andExpect(flash().attribute("saved", true));
		assertThat(weights().get("SOCIAL_DEFICIT")).isEqualByComparingTo("0.300000");
		assertThat(weights().get("JOBS")).isEqualByComparingTo("0.100000");
		assertThat(jdbc.sql("select weight_method from prioritization_setup where program_id = :p").param("p", idmine.id())
			.query(String.class).single()).isEqualTo("AHP");

		// Contradictory: jobs 9 × equity, equity 9 × attractiveness, attractiveness 9 × jobs.
		var cycle = as(post("/programs/" + idmine.id() + "/priorities/comparisons"), "planner.prio.ma-agd-10").with(csrf());
		for (int i = 0; i < codes.size(); i++) {
			for (int j = i + 1; j < codes.size(); j++) {
				String value = "1";
				if (i == 1 && j == 2 || i == 2 && j == 3) {
					value = "9";
				}
				if (i == 1 && j == 3) {
					value = "0.111111";
				}
				cycle.param("c_" + codes.get(i) + "|" + codes.get(j), value);
			}
		}
		mvc.perform(cycle).andExpect(flash().attribute("warning", "prioritization.ahp.inconsistent"));
		mvc.perform(as(get("/programs/" + idmine.id() + "/priorities"), "planner.prio.ma-agd-10"))
			.andExpect(content().string(containsString("id=\"cr-warning\"")));
		setEqualWeights();
	}

	private void prioritization(long programId, String who) {
		RunAs.account(accounts, who, () -> prioritization.criteria(programId));
	}

	private void setEqualWeights() throws Exception {
		var request = as(post("/programs/" + idmine.id() + "/priorities/weights"), "planner.prio.ma-agd-10").with(csrf());
		StandardCriteria.ALL.forEach(d -> request.param("w_" + d.code(), "1"));
		mvc.perform(request).andExpect(flash().attribute("saved", true));
	}

	@Test
	void invited_evaluators_scores_are_averaged_and_each_criterion_contributes_its_weighted_mean() throws Exception {
		Program program = fixtures.pac("MA-AGD-13");
		long a = fixtures.project(program, "PRIO-T-A", 1_000_000, true, true, List.of());
		long b = fixtures.project(program, "PRIO-T-B", 1_000_000, true, true, List.of());
		fixtures.person("eval.prio.t1", Role.COMMITTEE_MEMBER, "MA-AGD-13", "MA-AGD-13");
		fixtures.person("eval.prio.t2", Role.COMMITTEE_MEMBER, "MA-AGD-13", "MA-AGD-13");
		String planner = "planner.prio.ma-agd-13";
		// Weights: jobs 3, maturity 1, the rest 0 → 0.75 and 0.25.
		var weights = as(post("/programs/" + program.id() + "/priorities/weights"), planner).with(csrf());
		StandardCriteria.ALL.forEach(d -> weights.param("w_" + d.code(),
				d.code().equals("JOBS") ? "3" : d.code().equals("MATURITY") ? "1" : "0"));
		mvc.perform(weights).andExpect(flash().attribute("saved", true));
		for (String evaluator : List.of("eval.prio.t1", "eval.prio.t2")) {
			mvc.perform(as(post("/programs/" + program.id() + "/priorities/evaluators"), planner).with(csrf())
				.param("username", evaluator)).andExpect(flash().attribute("saved", true));
		}
		// A: jobs 8 and 6 (mean 7), maturity 10 and 10 → 0.75 × 7 × 10 + 0.25 × 10 × 10 = 52.5 + 25 = 77.5
		// B: jobs 9 (one evaluator only), maturity 2 → 0.75 × 9 × 10 + 0.25 × 2 × 10 = 67.5 + 5 = 72.5
		score(program, a, "eval.prio.t1", "8", "10");
		score(program, a, "eval.prio.t2", "6", "10");
		score(program, b, "eval.prio.t1", "9", "2");
		mvc.perform(as(get("/programs/" + program.id() + "/priorities/score"), "eval.prio.t1"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("s_JOBS")));
		mvc.perform(as(get("/programs/" + program.id() + "/priorities/score"), planner)).andExpect(status().isForbidden());
		var ranking = RunAs.account(accounts, planner, () -> prioritization.ranking(program.id(), null));
		assertThat(ranking).extracting(r -> r.project().code()).containsExactly("PRIO-T-A", "PRIO-T-B");
		assertThat(ranking.get(0).total()).isEqualByComparingTo("77.5");
		assertThat(ranking.get(0).contributions().get("JOBS")).isEqualByComparingTo("52.5");
		assertThat(ranking.get(0).contributions().get("MATURITY")).isEqualByComparingTo("25");
		assertThat(ranking.get(0).evaluators()).isEqualTo(2);
		assertThat(ranking.get(1).total()).isEqualByComparingTo("72.5");
		assertThat(ranking.get(1).missing()).contains("SOCIAL_DEFICIT");

		// Someone not invited is refused, and nothing is stored.
		mvc.perform(as(post("/programs/" + program.id() + "/priorities/score/" + a), planner).with(csrf())
			.param("s_JOBS", "0")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from prioritization_score where program_id = :p and evaluator = :e")
			.param("p", program.id()).param("e", planner).query(Long.class).single()).isZero();
		// A score out of range is refused with its reason.
		mvc.perform(as(post("/programs/" + program.id() + "/priorities/score/" + a), "eval.prio.t1").with(csrf())
			.param("s_JOBS", "11")).andExpect(flash().attribute("error", "prioritization.score.range"));
	}

	private void score(Program program, long project, String evaluator, String jobs, String maturity) throws Exception {
		mvc.perform(as(post("/programs/" + program.id() + "/priorities/score/" + project), evaluator).with(csrf())
			.param("s_JOBS", jobs).param("s_MATURITY", maturity)).andExpect(flash().attribute("saved", true));
	}

	@Test
	void an_unknown_account_cannot_be_invited() throws Exception {
		mvc.perform(as(post("/programs/" + idmine.id() + "/priorities/evaluators"), "planner.prio.ma-agd-10").with(csrf())
			.param("username", "nobody.here")).andExpect(flash().attribute("error", "prioritization.evaluator.unknown"));
	}

	@Test
	void the_horizon_is_proposed_from_maturity_and_cost_and_a_planner_may_change_it() throws Exception {
		var ranking = RunAs.account(accounts, "planner.prio.ma-agd-10", () -> prioritization.ranking(idmine.id(), null));
		Map<String, Horizon> proposed = new LinkedHashMap<>();
		ranking.forEach(r -> proposed.put(r.project().code(), r.proposed()));
		// Ready and 5 M MAD: short; land but no studies, 30 M: medium; nothing ready and 150 M: long.
		assertThat(proposed).containsEntry("PRIO-ROAD", Horizon.SHORT).containsEntry("PRIO-SCHOOL", Horizon.MEDIUM)
			.containsEntry("PRIO-DAM", Horizon.LONG);
		mvc.perform(as(post("/programs/" + idmine.id() + "/priorities/horizons/" + school), "planner.prio.ma-agd-10")
			.with(csrf()).param("horizon", "SHORT")).andExpect(flash().attribute("saved", true));
		var after = RunAs.account(accounts, "planner.prio.ma-agd-10", () -> prioritization.ranking(idmine.id(), null));
		var edited = after.stream().filter(r -> r.project().id() == school).findFirst().orElseThrow();
		assertThat(edited.horizon()).isEqualTo(Horizon.SHORT);
		assertThat(edited.proposed()).isEqualTo(Horizon.MEDIUM);
	}

	@Test
	void a_planner_of_another_commune_can_neither_see_nor_change_the_priorities() throws Exception {
		Map<String, BigDecimal> before = weights();
		mvc.perform(as(get("/programs/" + idmine.id() + "/priorities"), "planner.prio.ma-agd-11"))
			.andExpect(status().isForbidden());
		var request = as(post("/programs/" + idmine.id() + "/priorities/weights"), "planner.prio.ma-agd-11").with(csrf());
		StandardCriteria.ALL.forEach(d -> request.param("w_" + d.code(), d.code().equals("JOBS") ? "1" : "0"));
		mvc.perform(request).andExpect(status().isForbidden());
		mvc.perform(as(post("/programs/" + idmine.id() + "/priorities/horizons/" + road), "planner.prio.ma-agd-11")
			.with(csrf()).param("horizon", "LONG")).andExpect(status().isForbidden());
		assertThat(weights()).isEqualTo(before);
	}

	@Test
	void the_governors_office_sees_the_priorities_of_its_communes_but_does_not_change_them() throws Exception {
		Map<String, BigDecimal> before = weights();
		mvc.perform(as(get("/programs/" + idmine.id() + "/priorities"), "governor.prio.agd")).andExpect(status().isOk());
		var request = as(post("/programs/" + idmine.id() + "/priorities/weights"), "governor.prio.agd").with(csrf());
		StandardCriteria.ALL.forEach(d -> request.param("w_" + d.code(), d.code().equals("JOBS") ? "1" : "0"));
		mvc.perform(request).andExpect(status().isForbidden());
		mvc.perform(as(post("/programs/" + idmine.id() + "/priorities/evaluators"), "governor.prio.agd").with(csrf())
			.param("username", "eval.prio.one")).andExpect(status().isForbidden());
		assertThat(weights()).isEqualTo(before);
	}

	@Test
	void weight_changes_are_audited() throws Exception {
		setEqualWeights();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'PrioritizationWeights' and entity_id = :c")
			.param("c", idmine.code()).query(Long.class).single()).isPositive();
	}
}

package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.tanmia.program.Program;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Four projects in Aqesri whose evaluation was worked out by hand:
 * <pre>
 * P1  1 000 000 completed                                   unexecuted 0
 * P2  2 000 000 blocked at 25 %, partner contribution unpaid unexecuted 1 500 000 → financing
 * P3  4 000 000 in progress 50 %, sector coordination and budget not mobilized
 *                                                            unexecuted 2 000 000 → 1 000 000 each
 * P4  1 000 000 programmed, no cause                         unexecuted 1 000 000 → no cause
 * total 8 000 000; not completed 3 of 4 (75 %); unexecuted 4 500 000;
 * financing 2 500 000 (55.6 %), governance 1 000 000 (22.2 %), no cause 22.2 %;
 * physical rate (1 + 0.5 + 2) / 8 = 43.75 % → 43.8; paid 1 500 000 / 8 000 000 = 18.75 % → 18.8
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MandateEvaluationTests {

	static final String COMMUNE = "MA-AGD-09";

	@Autowired
	ProjectFixtures fixtures;
	@Autowired
	MandateEvaluation evaluation;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;

	@BeforeAll
	void fourProjects() {
		Program pac = fixtures.pac(COMMUNE);
		fixtures.project(pac, "EV-P1", "ملعب القرب", "Terrain de proximité", "SPORT_YOUTH", 1_000_000,
				List.of(new PlannedFunding("COMMUNE", 2017, BigDecimal.valueOf(1_000_000))));
		fixtures.project(pac, "EV-P2", "تزويد الدواوير بالماء", "Adduction d'eau des douars", "WATER", 2_000_000,
				List.of(new PlannedFunding("PARTNER", 2018, BigDecimal.valueOf(1_200_000)),
						new PlannedFunding("COMMUNE", 2018, BigDecimal.valueOf(800_000))));
		fixtures.project(pac, "EV-P3", "تهيئة الطريق الإقليمية", "Aménagement de la route", "ROADS", 4_000_000,
				List.of(new PlannedFunding("STATE", 2019, BigDecimal.valueOf(4_000_000))));
		fixtures.project(pac, "EV-P4", "سوق أسبوعي", "Souk hebdomadaire", "ECONOMY", 1_000_000, List.of());
		fixtures.progress("EV-P1", ProjectStatus.COMPLETED, 100, LocalDate.of(2019, 5, 2));
		fixtures.progress("EV-P2", ProjectStatus.BLOCKED, 25, LocalDate.of(2019, 9, 1));
		fixtures.progress("EV-P3", ProjectStatus.IN_PROGRESS, 50, LocalDate.of(2020, 2, 1));
		fixtures.blocking("EV-P2", "PARTNER_CONTRIBUTION_UNPAID");
		fixtures.blocking("EV-P3", "SECTOR_COORDINATION");
		fixtures.blocking("EV-P3", "BUDGET_NOT_MOBILIZED");
		fixtures.finance("EV-P1", "COMMUNE", false, 1_000_000);
		fixtures.finance("EV-P1", "COMMUNE", true, 1_000_000);
		fixtures.finance("EV-P3", "STATE", false, 2_000_000);
		fixtures.finance("EV-P3", "STATE", true, 500_000);
	}

	@Test
	void the_evaluation_answers_financing_with_the_figures_worked_out_by_hand() {
		EvaluationReport report = ma.tanmia.RunAs.account(accounts, "admin",
				() -> evaluation.evaluate("2016-2021", COMMUNE).orElseThrow());

		var t = report.totals();
		assertThat(t.projects()).isEqualTo(4);
		assertThat(t.cost()).isEqualByComparingTo("8000000");
		assertThat(t.completed()).isEqualTo(1);
		assertThat(t.notCompletedShare()).isEqualByComparingTo("75.0");
		assertThat(t.unexecutedAmount()).isEqualByComparingTo("4500000");
		assertThat(t.physicalRate()).isEqualByComparingTo("43.8");
		assertThat(t.financialRate()).isEqualByComparingTo("18.8");
		assertThat(t.paid()).isEqualByComparingTo("1500000");

		assertThat(report.byCauseFamily()).extracting(EvaluationReport.CauseShare::code, c -> c.amount().longValue(),
				EvaluationReport.CauseShare::projects)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("FINANCING", 2_500_000L, 2L),
					org.assertj.core.groups.Tuple.tuple("GOVERNANCE", 1_000_000L, 1L));
		assertThat(report.noCause().projects()).isEqualTo(1);
		assertThat(report.noCause().shareOfUnexecuted()).isEqualByComparingTo("22.2");
		assertThat(report.answer().verdict()).isEqualTo("FINANCING");
		assertThat(report.answer().financingShare()).isEqualByComparingTo("55.6");
		assertThat(report.answer().governanceShare()).isEqualByComparingTo("22.2");

		assertThat(report.byCause()).extracting(EvaluationReport.CauseShare::code, c -> c.amount().longValue())
			.contains(org.assertj.core.groups.Tuple.tuple("PARTNER_CONTRIBUTION_UNPAID", 1_500_000L),
					org.assertj.core.groups.Tuple.tuple("BUDGET_NOT_MOBILIZED", 1_000_000L),
					org.assertj.core.groups.Tuple.tuple("SECTOR_COORDINATION", 1_000_000L));
		var state = report.byFundingSource().stream().filter(s -> s.code().equals("STATE")).findFirst().orElseThrow();
		assertThat(state.planned()).isEqualByComparingTo("4000000");
		assertThat(state.committed()).isEqualByComparingTo("2000000");
		assertThat(state.paid()).isEqualByComparingTo("500000");
		assertThat(state.paymentRate()).isEqualByComparingTo("12.5");
		assertThat(report.byStatus()).extracting(EvaluationReport.Group::key)
			.containsExactlyInAnyOrder("COMPLETED", "BLOCKED", "IN_PROGRESS", "PROGRAMMED");
	}

	@Test
	void the_page_states_the_answer_in_the_readers_language_and_links_each_figure_to_its_projects() throws Exception {
		mvc.perform(get("/evaluation").param("mandate", "2016-2021").param("territory", COMMUNE).param("lang", "fr")
			.with(account(accounts, "planner.ma-agd-09")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sur 4 projets programmés")))
			.andExpect(content().string(containsString("75\u00a0% n&#39;ont pas été achevés")))
			.andExpect(content().string(containsString("55,6\u00a0% du montant non exécuté est bloqué par des causes de financement")))
			.andExpect(content().string(containsString("data-verdict=\"FINANCING\"")))
			.andExpect(content().string(containsString("unexecuted=true&amp;causeFamily=FINANCING")));
		mvc.perform(get("/evaluation").param("mandate", "2016-2021").param("territory", COMMUNE)
			.with(account(accounts, "planner.ma-agd-09")))
			.andExpect(content().string(containsString("من أصل 4 مشروعا مبرمجا")))
			.andExpect(content().string(containsString("التمويل وتعبئة الموارد هو العائق الأول")));
	}

	@Test
	void the_drill_down_lists_exactly_the_projects_behind_a_figure() throws Exception {
		mvc.perform(get("/projects").param("mandate", "2016-2021").param("territory", COMMUNE).param("unexecuted", "true")
			.param("causeFamily", "FINANCING").with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">EV-P2<")))
			.andExpect(content().string(containsString(">EV-P3<")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">EV-P4<"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">EV-P1<"))));
	}

	@Test
	void the_api_returns_the_same_figures_as_json() throws Exception {
		mvc.perform(get("/api/v1/evaluation").param("mandate", "2016-2021").param("territory", COMMUNE)
			.with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totals.projects").value(4))
			.andExpect(jsonPath("$.totals.notCompletedPercent").value(75.0))
			.andExpect(jsonPath("$.byCauseFamily[0].code").value("FINANCING"))
			.andExpect(jsonPath("$.byCauseFamily[0].count").value(2))
			.andExpect(jsonPath("$.byCauseFamily[0].amount").value(2500000.0))
			.andExpect(jsonPath("$.byCommune[0].key").value(COMMUNE))
			.andExpect(jsonPath("$.answer.verdict").value("FINANCING"));
	}

	@Test
	void a_planner_of_another_commune_cannot_evaluate_this_one() throws Exception {
		mvc.perform(get("/api/v1/evaluation").param("mandate", "2016-2021").param("territory", COMMUNE)
			.with(account(accounts, "planner.inezgane")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/evaluation").param("mandate", "2016-2021").param("territory", COMMUNE)
			.with(account(accounts, "planner.inezgane")))
			.andExpect(status().isForbidden());
	}
}

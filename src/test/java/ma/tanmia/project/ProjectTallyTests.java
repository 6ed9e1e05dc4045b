package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ma.tanmia.program.Program;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static ma.tanmia.RunAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The evaluation reads figures kept per cell (project_tally) in the same transaction as each write:
 * after every kind of write, the evaluation of a commune gives the figures worked out by hand, and the
 * live figures of the whole database equal a recomputation from scratch.
 */
@SpringBootTest
class ProjectTallyTests {

	static final String COMMUNE = "MA-AGD-01";

	@Autowired
	ProjectFixtures fixtures;
	@Autowired
	ProjectEditing editing;
	@Autowired
	ProjectRepository projects;
	@Autowired
	MandateEvaluation evaluation;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	TransactionTemplate transaction;

	@Test
	void the_evaluation_follows_every_kind_of_write_as_soon_as_it_is_committed() {
		Program pac = fixtures.pac(COMMUNE);
		// Plan funding: two projects registered with their funding plans.
		fixtures.project(pac, "TL-P1", "ماء", "Eau", "WATER", 1_000_000,
				List.of(new PlannedFunding("COMMUNE", 2017, new BigDecimal("600000")),
						new PlannedFunding("STATE", 2018, new BigDecimal("400000"))));
		fixtures.project(pac, "TL-P2", "طريق", "Piste", "ROADS", 500_000,
				List.of(new PlannedFunding("INDH", 2018, new BigDecimal("500000"))));
		EvaluationReport report = evaluate();
		// 2 projects, 1 500 000, nothing done: all unexecuted, and without any cause.
		assertThat(report.totals().projects()).isEqualTo(2);
		assertThat(report.totals().cost()).isEqualByComparingTo("1500000");
		assertThat(report.totals().unexecutedAmount()).isEqualByComparingTo("1500000");
		assertThat(report.noCause().projects()).isEqualTo(2);
		assertThat(report.noCause().amount()).isEqualByComparingTo("1500000");
		assertSource(report, "COMMUNE", "600000", "0", "0");
		assertSource(report, "STATE", "400000", "0", "0");
		assertSource(report, "INDH", "500000", "0", "0");

		// Commit, then pay.
		fixtures.finance("TL-P1", "COMMUNE", false, 600_000);
		assertSource(evaluate(), "COMMUNE", "600000", "600000", "0");
		fixtures.finance("TL-P1", "COMMUNE", true, 250_000);
		report = evaluate();
		assertSource(report, "COMMUNE", "600000", "600000", "250000");
		assertThat(report.totals().committed()).isEqualByComparingTo("600000");
		assertThat(report.totals().paid()).isEqualByComparingTo("250000");
		// 250 000 / 1 500 000 = 16.67 % → 16.7
		assertThat(report.totals().financialRate()).isEqualByComparingTo("16.7");

		// A progress report: P1 at 40 % executes 400 000; unexecuted 600 000 + 500 000.
		fixtures.progress("TL-P1", ProjectStatus.IN_PROGRESS, 40, LocalDate.of(2019, 4, 1));
		report = evaluate();
		// 400 000 / 1 500 000 = 26.67 % → 26.7
		assertThat(report.totals().physicalRate()).isEqualByComparingTo("26.7");
		assertThat(report.totals().unexecutedAmount()).isEqualByComparingTo("1100000");
		assertThat(report.byStatus()).extracting(EvaluationReport.Group::key, EvaluationReport.Group::projects)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("IN_PROGRESS", 1L),
					org.assertj.core.groups.Tuple.tuple("PROGRAMMED", 1L));

		// A blocking: P2's 500 000 go to land (500 000 / 1 100 000 = 45.45 % → 45.5), P1's 600 000 stay without cause.
		fixtures.blocking("TL-P2", "LAND_NOT_SECURED");
		report = evaluate();
		assertThat(report.byCauseFamily()).extracting(EvaluationReport.CauseShare::code, c -> c.amount().longValue(),
				EvaluationReport.CauseShare::shareOfUnexecuted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LAND", 500_000L, new BigDecimal("45.5")));
		assertThat(report.noCause().projects()).isEqualTo(1);
		assertThat(report.noCause().amount()).isEqualByComparingTo("600000");

		// A bulk update (the path of Excel bulk updates): P1 completed, P2 at 20 %.
		account(accounts, "admin", () -> {
			editing.reportProgressAll(List.of(
					new ProjectEditing.ProgressReport("TL-P1", version("TL-P1"), ProjectStatus.COMPLETED,
							new BigDecimal("100"), LocalDate.of(2020, 6, 1), null),
					new ProjectEditing.ProgressReport("TL-P2", version("TL-P2"), ProjectStatus.IN_PROGRESS,
							new BigDecimal("20"), LocalDate.of(2020, 6, 1), null)), "admin");
			return null;
		});
		report = evaluate();
		// executed 1 000 000 + 100 000 of 1 500 000 = 73.33 % → 73.3; unexecuted only P2's 400 000, all land.
		assertThat(report.totals().completed()).isEqualTo(1);
		assertThat(report.totals().physicalRate()).isEqualByComparingTo("73.3");
		assertThat(report.totals().unexecutedAmount()).isEqualByComparingTo("400000");
		assertThat(report.byCauseFamily()).extracting(EvaluationReport.CauseShare::code, c -> c.amount().longValue(),
				EvaluationReport.CauseShare::shareOfUnexecuted)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("LAND", 400_000L, new BigDecimal("100.0")));
		assertThat(report.noCause().projects()).isZero();

		// A correction of the project sheet: P2 now costs 800 000, the commune adds 300 000 to its funding.
		account(accounts, "admin", () -> editing.describe("TL-P2", version("TL-P2"),
				new ProjectDescription("طريق", "Piste", null, null, null, "ROADS", Competence.SHARED, COMMUNE, null, null,
						null, null, null, new BigDecimal("800000"), true, true, LocalDate.of(2017, 1, 1),
						LocalDate.of(2019, 12, 31)),
				Set.of(new Project.FundingLine("INDH", 2018, new BigDecimal("500000")),
						new Project.FundingLine("COMMUNE", 2019, new BigDecimal("300000")))));
		report = evaluate();
		// cost 1 800 000; P2 unexecuted 800 000 × 80 % = 640 000; executed 1 000 000 + 160 000 → 64.44 % → 64.4
		assertThat(report.totals().cost()).isEqualByComparingTo("1800000");
		assertThat(report.totals().unexecutedAmount()).isEqualByComparingTo("640000");
		assertThat(report.totals().physicalRate()).isEqualByComparingTo("64.4");
		assertThat(report.byCompetence()).extracting(EvaluationReport.Group::key, g -> g.cost().longValue())
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("OWN", 1_000_000L),
					org.assertj.core.groups.Tuple.tuple("SHARED", 800_000L));
		assertSource(report, "COMMUNE", "900000", "600000", "250000");
		assertSource(report, "INDH", "500000", "0", "0");

		// A write refused and rolled back (a payment over what the source committed) changes nothing.
		assertThatThrownBy(() -> fixtures.finance("TL-P2", "INDH", true, 1_000)).isInstanceOf(ProjectRuleBroken.class);
		assertSource(evaluate(), "INDH", "500000", "0", "0");
	}

	@Test
	void the_live_figures_of_the_whole_database_equal_a_recomputation_from_scratch() {
		// Demonstration data (written through ProjectEditing, one transaction per dataset) and every other test's writes.
		fixtures.project(fixtures.pac("MA-AGD-12"), "TL-P3", "سوق", "Souk", "ECONOMY", 300_000, List.of());
		fixtures.blocking("TL-P3", "OTHER");
		String columns = "mandate_code, territory_path, territory_code, breakdown, key, family, projects, cost, completed,"
				+ " executed, committed, paid, unexecuted";
		transaction.executeWithoutResult(status -> {
			jdbc.sql("create temporary table live_tally on commit drop as select " + columns + " from project_tally").update();
			long live = jdbc.sql("select count(*) from live_tally").query(Long.class).single();
			jdbc.sql(ProjectTally.REBUILD).update();
			long differences = jdbc.sql("select count(*) from ((select " + columns + " from live_tally except select "
					+ columns + " from project_tally) union all (select " + columns + " from project_tally except select "
					+ columns + " from live_tally)) d").query(Long.class).single();
			status.setRollbackOnly();
			assertThat(live).isGreaterThan(100);
			assertThat(differences).isZero();
		});
	}

	@Test
	void a_chosen_programming_that_rewrites_a_funding_plan_moves_the_planned_amounts_of_the_evaluation() {
		fixtures.project(fixtures.pac("MA-AGD-03"), "TL-P5", "مركز", "Centre", "HEALTH", 800_000,
				List.of(new PlannedFunding("COMMUNE", 2018, new BigDecimal("800000"))));
		// The programming replaces the commune's 800 000 by 300 000 (commune) + 500 000 (INDH).
		account(accounts, "admin", () -> {
			editing.program(List.of(new ProjectEditing.Programmed("TL-P5", version("TL-P5"), LocalDate.of(2019, 1, 1),
					LocalDate.of(2020, 12, 31), List.of(new PlannedFunding("COMMUNE", 2019, new BigDecimal("300000")),
							new PlannedFunding("INDH", 2020, new BigDecimal("500000"))))));
			return null;
		});
		EvaluationReport report = account(accounts, "admin", () -> evaluation.evaluate("2016-2021", "MA-AGD-03").orElseThrow());
		assertSource(report, "COMMUNE", "300000", "0", "0");
		assertSource(report, "INDH", "500000", "0", "0");
	}

	private EvaluationReport evaluate() {
		return account(accounts, "admin", () -> evaluation.evaluate("2016-2021", COMMUNE).orElseThrow());
	}

	private long version(String code) {
		return projects.findByCode(code).orElseThrow().version();
	}

	private static void assertSource(EvaluationReport report, String source, String planned, String committed, String paid) {
		var line = report.byFundingSource().stream().filter(s -> s.code().equals(source)).findFirst().orElseThrow();
		assertThat(line.planned()).as(source + " planned").isEqualByComparingTo(planned);
		assertThat(line.committed()).as(source + " committed").isEqualByComparingTo(committed);
		assertThat(line.paid()).as(source + " paid").isEqualByComparingTo(paid);
	}
}

package ma.tanmia.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.tanmia.RunAs;
import ma.tanmia.identity.UserAdministration;
import ma.tanmia.organization.OrganizationKind;
import ma.tanmia.organization.Organizations;
import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramKind;
import ma.tanmia.program.Programs;
import ma.tanmia.project.Competence;
import ma.tanmia.project.MandateEvaluation;
import ma.tanmia.project.ProjectDescription;
import ma.tanmia.project.ProjectEditing;
import ma.tanmia.project.UnpaidCommitments;
import ma.tanmia.shared.LocalizedName;
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

/**
 * An agreement of Imsouane: the commune and a partner co-finance a project. The partner committed
 * 3 M MAD for 2020 and 2 M for 2021 and paid 1 M: 4 M of past years unpaid, a late payment that the
 * evaluation of 2016–2021 reports as a financing cause. The commune paid its 5 M for 2020: not late.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementTests {

	static final String PLANNER = "planner.agr.imsouane";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Organizations organizations;
	@Autowired
	UserAdministration users;
	@Autowired
	Programs programs;
	@Autowired
	ProjectEditing editing;
	@Autowired
	Agreements agreements;
	@Autowired
	MandateEvaluation evaluation;

	long id;

	@BeforeAll
	void anAgreementWithALatePartner() throws Exception {
		RunAs.account(accounts, "admin", () -> {
			var council = organizations.register("AGR-CC-05", OrganizationKind.COMMUNAL_COUNCIL,
					new LocalizedName("مجلس إمسوان", "Conseil d'Imsouane", null), "MA-AGD-05", null);
			organizations.register("AGR-PARTNER", OrganizationKind.PARTNER,
					new LocalizedName("شريك", "Partenaire", null), "MA-AGD-05", null);
			users.open(new UserAdministration.NewAccount(PLANNER, "Test-Agr-2026", "Planner", null, council.id(),
					List.of(new UserAdministration.Grant(Role.PLANNER, "MA-AGD-05"))));
			Program pac = programs.open("AGR-PAC-05", ProgramKind.PAC, "2016-2021", "MA-AGD-05", "AGR-CC-05",
					new LocalizedName("برنامج", "PAC Imsouane", null), false);
			return editing.register("AGR-P1", pac.id(), new ProjectDescription("مشروع", "Port de pêche", null, null, null,
					"ECONOMY", Competence.SHARED, "MA-AGD-05", null, null, null, null, null, new BigDecimal("10000000"),
					true, true, LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)), List.of(), false);
		});
		String location = mvc.perform(post("/agreements").with(csrf()).with(account(accounts, PLANNER))
				.param("code", "AGR-1").param("territoryCode", "MA-AGD-05").param("objectAr", "اتفاقية ميناء الصيد")
				.param("objectFr", "Convention du port de pêche").param("signedOn", "2020-01-15"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		step("/parties", "orgCode", "AGR-CC-05");
		step("/parties", "orgCode", "AGR-PARTNER");
		step("/projects", "projectCode", "AGR-P1");
		step("/commitments", "orgCode", "AGR-PARTNER", "year", "2020", "amount", "3000000");
		step("/commitments", "orgCode", "AGR-PARTNER", "year", "2021", "amount", "2000000");
		step("/commitments", "orgCode", "AGR-CC-05", "year", "2020", "amount", "5000000");
		step("/payments", "orgCode", "AGR-PARTNER", "paidOn", "2021-06-01", "amount", "1000000");
		step("/payments", "orgCode", "AGR-CC-05", "paidOn", "2020-03-01", "amount", "5000000");
	}

	long version() {
		return jdbc.sql("select version from agreement where id = :id").param("id", id).query(Long.class).single();
	}

	void step(String path, String... params) throws Exception {
		var request = post("/agreements/" + id + path).with(csrf()).with(account(accounts, PLANNER))
			.param("version", String.valueOf(version()));
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request).andExpect(flash().attribute("saved", true));
	}

	@Test
	void a_party_that_has_not_paid_the_commitments_of_past_years_is_flagged_late() throws Exception {
		Agreement.Detail detail = RunAs.account(accounts, PLANNER, () -> agreements.detail(id, LocalDate.of(2026, 1, 10)))
			.orElseThrow();
		assertThat(detail.balance("AGR-PARTNER").committedDue()).isEqualByComparingTo("5000000");
		assertThat(detail.balance("AGR-PARTNER").late()).isEqualByComparingTo("4000000");
		assertThat(detail.balance("AGR-CC-05").isLate()).isFalse();
		// On 10 January 2021 only 2020 is over: the partner owed 3 M and had paid nothing yet.
		Agreement.Detail early = RunAs.account(accounts, PLANNER, () -> agreements.detail(id, LocalDate.of(2021, 1, 10)))
			.orElseThrow();
		assertThat(early.balance("AGR-PARTNER").late()).isEqualByComparingTo("3000000");
		mvc.perform(get("/agreements/" + id).with(account(accounts, PLANNER)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"late-alert\"")));
		mvc.perform(get("/agreements").with(account(accounts, PLANNER)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("AGR-1")))
			.andExpect(content().string(containsString("badge text-bg-danger")));
	}

	@Test
	void overdue_unpaid_commitments_reach_the_evaluation_as_a_financing_cause() throws Exception {
		UnpaidCommitments.Unpaid unpaid = RunAs.account(accounts, PLANNER,
				() -> evaluation.unpaidCommitments("2016-2021", "MA-AGD-05")).orElseThrow();
		assertThat(unpaid.amount()).isEqualByComparingTo("4000000");
		assertThat(unpaid.agreements()).isEqualTo(1);
		assertThat(unpaid.projects()).isEqualTo(1);
		mvc.perform(get("/evaluation").param("mandate", "2016-2021").param("territory", "MA-AGD-05")
			.with(account(accounts, PLANNER))).andExpect(content().string(containsString("id=\"unpaid-commitments\"")));
	}

	@Test
	void a_payment_above_what_the_party_still_owes_is_refused_and_nothing_is_recorded() throws Exception {
		long payments = jdbc.sql("select count(*) from agreement_payment where agreement_id = :id").param("id", id)
			.query(Long.class).single();
		mvc.perform(post("/agreements/" + id + "/payments").with(csrf()).with(account(accounts, PLANNER))
			.param("version", String.valueOf(version())).param("orgCode", "AGR-PARTNER").param("paidOn", "2022-01-01")
			.param("amount", "9000000")).andExpect(flash().attribute("error", "agreement.payment.overCommitted"));
		assertThat(jdbc.sql("select count(*) from agreement_payment where agreement_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(payments);
	}

	@Test
	void an_edit_from_a_stale_page_is_refused() throws Exception {
		mvc.perform(post("/agreements/" + id + "/commitments").with(csrf()).with(account(accounts, PLANNER))
			.param("version", String.valueOf(version() - 1)).param("orgCode", "AGR-PARTNER").param("year", "2022")
			.param("amount", "1")).andExpect(flash().attribute("error", "agreement.conflict"));
		assertThat(jdbc.sql("select count(*) from agreement_commitment where agreement_id = :id and year = 2022")
			.param("id", id).query(Long.class).single()).isZero();
	}

	@Test
	void an_amendment_changes_a_commitment_and_both_are_audited() throws Exception {
		step("/amendments", "signedOn", "2022-02-01", "summary", "Report de la part 2021", "orgCode", "AGR-CC-05",
				"year", "2030", "amount", "100000");
		assertThat(jdbc.sql("select amount from agreement_commitment where agreement_id = :id and org_code = 'AGR-CC-05' and year = 2030")
			.param("id", id).query(BigDecimal.class).single()).isEqualByComparingTo("100000");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Agreement' and entity_id = 'AGR-1'")
			.query(Long.class).single()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void a_planner_of_another_commune_neither_reads_nor_changes_the_agreement() throws Exception {
		long before = version();
		mvc.perform(get("/agreements/" + id).with(account(accounts, "planner.aitmelloul"))).andExpect(status().isForbidden());
		mvc.perform(post("/agreements/" + id + "/payments").with(csrf()).with(account(accounts, "planner.aitmelloul"))
			.param("version", String.valueOf(before)).param("orgCode", "AGR-PARTNER").param("paidOn", "2022-01-01")
			.param("amount", "1")).andExpect(status().isForbidden());
		mvc.perform(post("/agreements").with(csrf()).with(account(accounts, "planner.aitmelloul"))
			.param("code", "AGR-X").param("territoryCode", "MA-AGD-05").param("objectAr", "x").param("objectFr", "x"))
			.andExpect(status().isForbidden());
		assertThat(version()).isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from agreement where code = 'AGR-X'").query(Long.class).single()).isZero();
	}
}

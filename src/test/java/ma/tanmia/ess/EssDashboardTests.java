package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopedRole;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Dashboard figures against counts made by hand, the API's filters, the Excel export. */
@SpringBootTest
@AutoConfigureMockMvc
class EssDashboardTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	CooperativeRegistry registry;
	@Autowired
	CooperativeProducts products;
	@Autowired
	Financing financing;
	@Autowired
	Trainings trainings;
	@Autowired
	EssDashboard dashboard;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	/** An administrator who also sits on the committee of Agadir Ida-Outanane, to walk every step. */
	static void signInAsAgadirCommittee() {
		var roles = List.of(new ScopedRole(Role.ADMINISTRATOR, "MA", "/MA/"),
				new ScopedRole(Role.COMMITTEE_MEMBER, "MA-AGD", "/MA/MA-09/MA-AGD/"));
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("tester", null, roles));
	}

	long coop(String number, ValueChain chain, int members, int women, int youth) {
		return registry.register(new CooperativeDetails(number, LocalDate.of(2015, 1, 1), "تعاونية " + number,
				"Coopérative " + number, LegalForm.COOPERATIVE, chain, "MA-AGD-05", members, women, youth,
				BigDecimal.ZERO, CooperativeStatus.ACTIVE, false), false);
	}

	void label(long coop, LabelKind kind, LocalDate from, LocalDate until) {
		long product = products.addProduct(coop, "منتوج", "Produit");
		products.addLabel(product, new QualityLabel(kind, "Label", "Organisme", "C-" + coop + "-" + kind, from, until));
	}

	static ApplicationRequest request(String budget, String requested, String cash, String inKind) {
		return new ApplicationRequest("مشروع", "Projet", List.of(new ApplicationRequest.Line("Équipement", new BigDecimal(budget))),
				new BigDecimal(requested), new BigDecimal(cash), new BigDecimal(inKind));
	}

	@Test
	@Transactional
	void the_dashboard_of_a_commune_adds_up_its_cooperatives_financing_labels_and_trainings() {
		signInAsAgadirCommittee();
		LocalDate today = CooperativeRegistry.today();
		long a = coop("T-DASH-A", ValueChain.ARGAN, 10, 6, 2);
		long b = coop("T-DASH-B", ValueChain.ARGAN, 20, 5, 4);
		long c = coop("T-DASH-C", ValueChain.HONEY, 30, 30, 0);
		label(a, LabelKind.PGI, today.minusDays(100), today.plusDays(10)); // active, expires within 90 days
		label(b, LabelKind.PGI, today.minusDays(400), today.minusDays(1)); // lapsed yesterday: neither
		label(c, LabelKind.ORGANIC, today.minusDays(10), today.plusDays(200)); // active, not expiring soon
		financing.openCall(new CallSpec("T-CALL-DASH", FinancingProgram.INDH_INCOME_YOUTH, "طلب", "Appel",
				today.minusDays(30), today.plusDays(30), new BigDecimal("60"), new BigDecimal("300000"), new BigDecimal("50"),
				Set.of(), Set.of()), false);
		financing.submit("T-CALL-DASH", a, request("100000", "60000", "40000", "0"), today, false);
		String rb = financing.submit("T-CALL-DASH", b, request("200000", "120000", "60000", "20000"), today, false);
		financing.confirmEligibility(rb, null, today, null);
		financing.score(rb, null, 80, today, null);
		financing.approve(rb, null, new BigDecimal("100000"), today, "ok");
		financing.signAgreement(rb, null, "C-1", today);
		financing.payTranche(rb, null, new BigDecimal("30000"), today);
		String rc = financing.submit("T-CALL-DASH", c, request("50000", "30000", "20000", "0"), today, false);
		financing.confirmEligibility(rc, null, today, null);
		financing.score(rc, null, 30, today, null);
		financing.reject(rc, null, today, "non");
		long training = trainings.schedule(new Trainings.TrainingSpec(TrainingKind.QUALITY, "جودة", "Qualité", today, today,
				"Formateur", "MA-AGD-05"), false);
		trainings.recordParticipation(training, new Trainings.Participation(a, 5, 4, 3, 1));

		EssDashboard.Board board = dashboard.of("/MA/MA-09/MA-AGD/MA-AGD-05/", 90);
		EssDashboard.Figures total = board.total();
		assertThat(total.cooperatives).isEqualTo(3);
		assertThat(total.members).isEqualTo(60); // 10 + 20 + 30
		assertThat(total.women).isEqualTo(41); // 6 + 5 + 30
		assertThat(total.womenPct()).isCloseTo(68.33, org.assertj.core.data.Offset.offset(0.01)); // 41 / 60
		assertThat(total.youth).isEqualTo(6);
		assertThat(total.applications).isEqualTo(3);
		assertThat(total.requested).isEqualByComparingTo("210000"); // 60,000 + 120,000 + 30,000
		assertThat(total.approved).isEqualByComparingTo("100000"); // only B
		assertThat(total.paid).isEqualByComparingTo("30000");
		assertThat(total.labelsActive).isEqualTo(2); // A and C
		assertThat(total.labelsExpiring).isEqualTo(1); // A
		assertThat(total.trainings).isEqualTo(1);
		assertThat(total.trainees).isEqualTo(5);
		assertThat(board.areas()).containsOnlyKeys(""); // everything sits at the commune itself

		EssDashboard.Figures argan = board.chains().get(ValueChain.ARGAN);
		assertThat(argan.cooperatives).isEqualTo(2);
		assertThat(argan.members).isEqualTo(30);
		assertThat(argan.women).isEqualTo(11);
		assertThat(argan.requested).isEqualByComparingTo("180000");
		assertThat(argan.labelsExpiring).isEqualTo(1);
		EssDashboard.Figures honey = board.chains().get(ValueChain.HONEY);
		assertThat(honey.members).isEqualTo(30);
		assertThat(honey.requested).isEqualByComparingTo("30000");
		assertThat(honey.labelsActive).isEqualTo(1);

		// The prefecture's board puts the commune's figures in its own row.
		EssDashboard.Board prefecture = dashboard.of("/MA/MA-09/MA-AGD/", 90);
		assertThat(prefecture.areas().get("MA-AGD-05").members).isEqualTo(60);
		assertThat(prefecture.areas().get("MA-AGD-05").requested).isEqualByComparingTo("210000");

		// Expiring-label alerts: only A's, on the dashboard and on A's page.
		assertThat(products.expiring("/MA/MA-09/MA-AGD/MA-AGD-05/", null, 90, 10)).hasSize(1);
		assertThat(products.expiring(null, a, 90, 10)).singleElement().satisfies(e -> assertThat(e.daysLeft()).isEqualTo(10));
		assertThat(products.expiring(null, a, 5, 10)).isEmpty();
	}

	@Test
	void the_api_filters_by_territory_value_chain_and_label_held_today() throws Exception {
		// Demonstration data: three saffron cooperatives in Taroudant, two holding the PDO today (the third's lapsed).
		mvc.perform(get("/api/v1/cooperatives").param("territory", "MA-TAR").param("valueChain", "SAFFRON")
			.with(account(accounts, "admin")))
			.andExpect(jsonPath("$.totalElements").value(3));
		mvc.perform(get("/api/v1/cooperatives").param("territory", "MA-TAR").param("valueChain", "SAFFRON")
			.param("label", "PDO").with(account(accounts, "admin")))
			.andExpect(jsonPath("$.totalElements").value(2));
		mvc.perform(get("/api/v1/cooperatives").param("territory", "MA-INE").param("valueChain", "ARGAN")
			.with(account(accounts, "admin")))
			.andExpect(jsonPath("$.totalElements").value(2));
		mvc.perform(get("/api/v1/cooperatives").param("territory", "MA-TAR").param("size", "2").param("page", "1")
			.with(account(accounts, "admin")))
			.andExpect(jsonPath("$.totalElements").value(5))
			.andExpect(jsonPath("$.totalPages").value(3))
			.andExpect(jsonPath("$.content.length()").value(2));
		// The Inezgane partner's scope: Taroudant's cooperatives are not theirs to read.
		mvc.perform(get("/api/v1/cooperatives").param("territory", "MA-TAR").with(account(accounts, "partner.indh")))
			.andExpect(jsonPath("$.totalElements").value(0));
	}

	@Test
	void a_territory_without_cooperatives_shows_a_dash_for_the_share_of_women_not_an_empty_value() throws Exception {
		mvc.perform(get("/ess").param("territory", "MA-01").param("lang", "fr").with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dont femmes : —")));
	}

	@Test
	void the_dashboard_page_and_its_excel_export_show_the_province() throws Exception {
		mvc.perform(get("/ess").param("territory", "MA-09").param("lang", "fr").with(account(accounts, "planner.region")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-area=\"MA-TAR\"")))
			.andExpect(content().string(containsString("Safran de Taliouine")));
		byte[] xlsx = mvc.perform(get("/ess/export.xlsx").param("territory", "MA-TAR").param("lang", "fr")
			.with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			// header + the five cooperatives of Taroudant
			assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(5);
			assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Unité territoriale");
		}
	}

	@Test
	@Transactional
	void trainings_count_attendance_within_those_registered_and_are_scheduled_only_in_the_officers_scope() {
		signInAsAgadirCommittee();
		LocalDate today = CooperativeRegistry.today();
		long coop = coop("T-TRAIN-A", ValueChain.POTTERY, 12, 8, 3);
		long training = trainings.schedule(new Trainings.TrainingSpec(TrainingKind.FINANCIAL_EDUCATION, "تربية مالية",
				"Éducation financière", today, today.plusDays(1), "Formatrice", "MA-AGD-05"), false);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> trainings.recordParticipation(training,
				new Trainings.Participation(coop, 5, 6, 2, 1)))
			.isInstanceOfSatisfying(EssRuleBroken.class,
					e -> assertThat(e.messageKey()).isEqualTo("ess.training.participants.exceed"));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> trainings.recordParticipation(training,
				new Trainings.Participation(coop, 5, 4, 6, 1)))
			.isInstanceOf(EssRuleBroken.class);
		trainings.recordParticipation(training, new Trainings.Participation(coop, 5, 4, 2, 1));
		// 4 of 5 attended: 80 %
		assertThat(trainings.list(coop, 10)).singleElement().satisfies(t -> {
			assertThat(t.registered()).isEqualTo(5);
			assertThat(t.attendancePct()).isEqualTo(80.0);
		});
		SecurityContextHolder.clearContext();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> ma.tanmia.RunAs.account(accounts, "partner.indh",
				() -> trainings.schedule(new Trainings.TrainingSpec(TrainingKind.QUALITY, "ج", "Q", today, today, "F",
						"MA-TAR"), false)))
			.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
	}
}

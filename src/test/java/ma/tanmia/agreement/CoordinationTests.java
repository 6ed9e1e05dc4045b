package ma.tanmia.agreement;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.tanmia.RunAs;
import ma.tanmia.TestDiagnosis;
import ma.tanmia.organization.OrganizationKind;
import ma.tanmia.organization.Organizations;
import ma.tanmia.program.Program;
import ma.tanmia.program.ProgramKind;
import ma.tanmia.program.Programs;
import ma.tanmia.project.Competence;
import ma.tanmia.project.ProjectDescription;
import ma.tanmia.project.ProjectEditing;
import ma.tanmia.shared.LocalizedName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Amskroud: the commune and a public agency both bring drinking water (an overlap), the commune also
 * builds a road; every other sector has no project there (gaps).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	Organizations organizations;
	@Autowired
	Programs programs;
	@Autowired
	ProjectEditing editing;
	@Autowired
	Coordination coordination;
	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@BeforeAll
	void twoOwnersOfWater() {
		RunAs.account(accounts, "admin", () -> {
			organizations.register("CO-CC-04", OrganizationKind.COMMUNAL_COUNCIL, new LocalizedName("مجلس", "Conseil d'Amskroud", null),
					"MA-AGD-04", null);
			organizations.register("CO-AGENCY", OrganizationKind.PUBLIC_AGENCY, new LocalizedName("وكالة", "Agence de l'eau", null),
					"MA-AGD-04", null);
			Program pac = programs.open("CO-PAC-04", ProgramKind.PAC, "2022-2027", "MA-AGD-04", "CO-CC-04",
					new LocalizedName("برنامج", "PAC Amskroud", null), false);
			project(pac, "CO-1", "WATER", "CO-CC-04");
			project(pac, "CO-2", "WATER", "CO-AGENCY");
			project(pac, "CO-3", "ROADS", "CO-CC-04");
			return null;
		});
	}

	private void project(Program pac, String code, String sector, String owner) {
		editing.register(code, pac.id(), new ProjectDescription("مشروع", "Projet " + code, null, null, null, sector,
				Competence.OWN, "MA-AGD-04", null, new BigDecimal("30.5"), new BigDecimal("-9.3"), owner, null,
				new BigDecimal("1000000"), true, true, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), List.of(), false);
	}

	@Test
	void the_same_sector_in_the_same_commune_with_two_owners_is_an_overlap_and_empty_sectors_are_gaps() {
		Coordination.View view = RunAs.account(accounts, "admin", () -> coordination.of("MA-AGD-04")).orElseThrow();
		assertThat(view.interventions()).extracting(i -> i.project().code()).containsExactlyInAnyOrder("CO-1", "CO-2", "CO-3");
		assertThat(view.overlaps()).hasSize(1);
		assertThat(view.overlaps().get(0).sectorCode()).isEqualTo("WATER");
		assertThat(view.overlaps().get(0).owners()).extracting(o -> o.code()).containsExactly("CO-CC-04", "CO-AGENCY");
		// Gaps come from the diagnosis (the demonstration indicators here): never a sector with a project.
		assertThat(view.gaps()).extracting(Coordination.Gap::sectorCode).doesNotContain("WATER", "ROADS");
		assertThat(view.gaps()).allSatisfy(g -> assertThat(g.deficits()).isNotEmpty()
			.allSatisfy(d -> assertThat(d.gap()).isPositive()));
		assertThat(view.byOwnerKind()).containsEntry("COMMUNAL_COUNCIL", 2L).containsEntry("PUBLIC_AGENCY", 1L);
	}

	@Test
	void the_page_the_map_points_and_the_excel_export_show_the_interventions() throws Exception {
		mvc.perform(get("/coordination").param("territory", "MA-AGD-04").with(account(accounts, "admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"coordination-map\"")))
			.andExpect(content().string(containsString("CO-2")));
		mvc.perform(get("/coordination/interventions.json").param("territory", "MA-AGD-04").with(account(accounts, "admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("\"ownerKind\":\"PUBLIC_AGENCY\"")));
		byte[] xlsx = mvc.perform(get("/coordination/export.xlsx").param("territory", "MA-AGD-04")
				.with(account(accounts, "admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
			// One row per deficit of each gap.
			assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(
					RunAs.account(accounts, "admin", () -> coordination.of("MA-AGD-04")).orElseThrow().gaps().stream()
						.mapToInt(g -> g.deficits().size()).sum());
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(3);
			assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(1);
		}
	}

	@Test
	void a_person_cannot_look_at_a_territory_outside_their_scope() throws Exception {
		mvc.perform(get("/coordination").param("territory", "MA-AGD-04").with(account(accounts, "planner.aitmelloul")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/coordination/export.xlsx").param("territory", "MA-AGD-04")
			.with(account(accounts, "planner.aitmelloul"))).andExpect(status().isForbidden());
	}

	/**
	 * In a test commune of its own (no demonstration values): water 72 against a target of 90 (deficit
	 * 20 %), roads 60 against 80 (25 %), health distance 5 km against 10 km, lower is better (reached).
	 * A water project is located there. Gaps: roads only — water has a project, health no deficit.
	 */
	@Test
	void a_gap_is_a_deficit_of_the_diagnosis_in_a_sector_with_no_project_in_the_commune() throws Exception {
		String commune = "MA-TIZ-COORD";
		RunAs.account(accounts, "admin", () -> {
			String path = TestDiagnosis.commune(jdbc, commune, "MA-TIZ", 29.7, -9.7);
			deficit("CO-WATER", "WATER", "HIGHER_IS_BETTER", commune, path, 72, 90);
			deficit("CO-ROADS", "ROADS", "HIGHER_IS_BETTER", commune, path, 60, 80);
			deficit("CO-HEALTH", "HEALTH", "LOWER_IS_BETTER", commune, path, 5, 10);
			organizations.register("CO-CC-TIZ", OrganizationKind.COMMUNAL_COUNCIL, new LocalizedName("مجلس", "Conseil témoin", null),
					commune, null);
			Program pac = programs.open("CO-PAC-TIZ", ProgramKind.PAC, "2022-2027", commune, "CO-CC-TIZ",
					new LocalizedName("برنامج", "PAC témoin", null), false);
			editing.register("CO-TIZ-1", pac.id(), new ProjectDescription("مشروع", "Projet d'eau", null, null, null, "WATER",
					Competence.OWN, commune, null, null, null, "CO-CC-TIZ", null, new BigDecimal("1000000"), true, true,
					LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)), List.of(), false);
			return null;
		});
		Coordination.View view = RunAs.account(accounts, "admin", () -> coordination.of(commune)).orElseThrow();
		assertThat(view.gaps()).hasSize(1);
		Coordination.Gap gap = view.gaps().get(0);
		assertThat(gap.sectorCode()).isEqualTo("ROADS");
		assertThat(gap.deficits()).singleElement().satisfies(d -> {
			assertThat(d.indicatorCode()).isEqualTo("CO-ROADS");
			assertThat(d.gap()).isEqualTo(20.0);
			assertThat(d.percentOfGoal()).isEqualTo(25.0);
		});
		mvc.perform(get("/coordination").param("territory", commune).param("lang", "fr").with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CO-ROADS (2024) : 60 pour un objectif de 80, déficit 25 %")));
		mvc.perform(get("/coordination/gaps.json").param("territory", commune).with(account(accounts, "admin")))
			.andExpect(status().isOk()).andExpect(content().string(containsString("\"code\":\"" + commune + "\"")));
		byte[] xlsx = mvc.perform(get("/coordination/export.xlsx").param("territory", commune)
				.with(account(accounts, "admin"))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var row = workbook.getSheetAt(2).getRow(1);
			assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2024);
			assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(60);
			assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(80);
			assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(25);
			assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(1);
		}
	}

	private void deficit(String code, String domain, String polarity, String commune, String path, double value, double target) {
		long id = TestDiagnosis.indicator(jdbc, code, domain, polarity);
		TestDiagnosis.value(jdbc, id, commune, path, 2024, value, "VALIDATED");
		TestDiagnosis.target(jdbc, id, commune, path, 2024, target);
	}
}

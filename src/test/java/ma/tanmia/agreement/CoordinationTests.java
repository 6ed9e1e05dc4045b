package ma.tanmia.agreement;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import ma.tanmia.RunAs;
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
		assertThat(view.gaps()).hasSize(1);
		assertThat(view.gaps().get(0).sectors()).hasSize(view.sectors().size() - 2).doesNotContain("WATER", "ROADS");
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
}

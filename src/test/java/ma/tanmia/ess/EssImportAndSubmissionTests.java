package ma.tanmia.ess;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The registry import (all or nothing, located errors) and the submission form's rule explanations. */
@SpringBootTest
@AutoConfigureMockMvc
class EssImportAndSubmissionTests {

	static final String HEADER = "registration_number,registered_on,name_ar,name_fr,legal_form,value_chain,territory_code,"
			+ "members_total,members_women,members_youth,capital,status,in_directory\n";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	long count(String prefix) {
		return jdbc.sql("select count(*) from ess_cooperative where registration_number like :p").param("p", prefix + "%")
			.query(Long.class).single();
	}

	MockMultipartFile csv(String name, String rows) {
		return new MockMultipartFile("file", name, "text/csv", (HEADER + rows).getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void a_file_with_errors_is_refused_whole_with_each_error_located_and_nothing_is_written() throws Exception {
		var file = csv("registre.csv", """
				T-IMP-1,2020-01-15,تعاونية أ,Coop A,COOPERATIVE,HONEY,MA-AGD-03,10,4,2,5000,ACTIVE,oui
				T-IMP-2,15/02/2019,تعاونية ب,Coop B,cooperative,argan,MA-AGD-04,20,25,3,,,non
				T-IMP-3,2019-02-30,تعاونية ج,Coop C,COOPERATIVE,SAFFRON,MA-AGD-04,5,1,1,,,
				T-IMP-4,2019-02-01,تعاونية د,Coop D,COOPERATIVE,SAFFRON,MA-XX-99,5,1,1,,,
				""");
		mvc.perform(multipart("/ess/cooperatives/import").file(file).with(csrf()).with(account(accounts, "admin"))
			.param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("problems", org.hamcrest.Matchers.contains(
					new ImportProblem("registre.csv", 3, "I", "members_women", "ess.cooperative.women.exceed", java.util.List.of(25, 20)),
					new ImportProblem("registre.csv", 4, "B", "registered_on", "ess.import.error.date", java.util.List.of("2019-02-30")),
					new ImportProblem("registre.csv", 5, "G", "territory_code", "ess.cooperative.territory.unknown",
							java.util.List.of("MA-XX-99")))))
			.andExpect(content().string(allOf(containsString("Le nombre de femmes (25) dépasse le nombre d&#39;adhérents (20)."),
					containsString("« 2019-02-30 » n&#39;est pas une date"))));
		// row 2 was valid on its own, yet nothing was written
		assertThat(count("T-IMP-")).isZero();
	}

	@Test
	void a_valid_csv_registers_new_cooperatives_and_updates_known_ones_with_audit() throws Exception {
		mvc.perform(multipart("/ess/cooperatives/import").file(csv("ok.csv", """
				T-OK-1,2020-01-15,تعاونية أ,Coop A,COOPERATIVE,HONEY,MA-AGD-03,10,4,2,5000,ACTIVE,oui
				T-OK-2,15/02/2019,تعاونية ب,Coop B,cooperative,argan,MA-AGD-04,20,15,3,,,non
				""")).with(csrf()).with(account(accounts, "admin")))
			.andExpect(model().attribute("result", new CooperativeImport.Result(2, 0)));
		mvc.perform(multipart("/ess/cooperatives/import").file(csv("ok2.csv", """
				T-OK-2,15/02/2019,تعاونية ب,Coop B,COOPERATIVE,ARGAN,MA-AGD-04,22,16,3,,,oui
				""")).with(csrf()).with(account(accounts, "admin")))
			.andExpect(model().attribute("result", new CooperativeImport.Result(0, 1)));
		assertThat(jdbc.sql("select members_total from ess_cooperative where registration_number = 'T-OK-2'")
			.query(Integer.class).single()).isEqualTo(22);
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Cooperative' and entity_id like 'T-OK-%'")
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void an_xlsx_workbook_with_real_dates_is_imported() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (var workbook = new XSSFWorkbook()) {
			var sheet = workbook.createSheet("registre");
			String[] header = HEADER.strip().split(",");
			var head = sheet.createRow(0);
			for (int i = 0; i < header.length; i++) {
				head.createCell(i).setCellValue(header[i]);
			}
			var row = sheet.createRow(1);
			row.createCell(0).setCellValue("T-XLSX-1");
			var date = row.createCell(1);
			date.setCellValue(LocalDate.of(2018, 6, 1));
			var style = workbook.createCellStyle();
			style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
			date.setCellStyle(style);
			row.createCell(2).setCellValue("تعاونية الصبار");
			row.createCell(3).setCellValue("Coopérative du cactus");
			row.createCell(4).setCellValue("COOPERATIVE");
			row.createCell(5).setCellValue("CACTUS");
			row.createCell(6).setCellValue("MA-AGD-06");
			row.createCell(7).setCellValue(12);
			row.createCell(8).setCellValue(12);
			row.createCell(9).setCellValue(4);
			row.createCell(10).setCellValue(15000.5);
			workbook.write(bytes);
		}
		mvc.perform(multipart("/ess/cooperatives/import")
			.file(new MockMultipartFile("file", "registre.xlsx", "application/octet-stream", bytes.toByteArray()))
			.with(csrf()).with(account(accounts, "admin")))
			.andExpect(model().attribute("result", new CooperativeImport.Result(1, 0)));
		var row = jdbc.sql("select registered_on, capital, members_women from ess_cooperative where registration_number = 'T-XLSX-1'")
			.query().singleRow();
		assertThat(row.get("registered_on").toString()).isEqualTo("2018-06-01");
		assertThat((java.math.BigDecimal) row.get("capital")).isEqualByComparingTo("15000.5");
	}

	@Test
	void an_officer_cannot_import_cooperatives_outside_their_scope() throws Exception {
		mvc.perform(multipart("/ess/cooperatives/import").file(csv("scope.csv", """
				T-SCOPE-1,2020-01-15,تعاونية,Coop,COOPERATIVE,HONEY,MA-AGD-03,10,4,2,0,ACTIVE,non
				""")).with(csrf()).with(account(accounts, "partner.indh")))
			.andExpect(model().attribute("problems", org.hamcrest.Matchers.contains(new ImportProblem("scope.csv", 2, "G",
					"territory_code", "ess.import.error.outOfScope", java.util.List.of("MA-AGD-03")))));
		assertThat(count("T-SCOPE-")).isZero();
	}

	@Test
	void a_submission_above_sixty_percent_is_refused_with_the_figures_and_sixty_percent_is_accepted() throws Exception {
		long own = jdbc.sql("select id from ess_cooperative where registration_number = 'DEMO-INE-0001'").query(Long.class).single();
		long before = jdbc.sql("select count(*) from ess_application").query(Long.class).single();
		// 310,000 of 500,000 = 62 % > 60 %, and above the 300,000 MAD ceiling
		mvc.perform(post("/ess/applications").with(csrf()).with(account(accounts, "coop.argan")).param("lang", "fr")
			.param("cooperative", String.valueOf(own)).param("callCode", "DEMO-INDH-P3").param("titleAr", "مشروع")
			.param("titleFr", "Projet").param("lines[0].label", "Équipement").param("lines[0].amount", "400000")
			.param("lines[1].label", "Local").param("lines[1].amount", "100000").param("requested", "310000")
			.param("ownCash", "190000").param("ownInKind", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("représente 62"), containsString("cet appel finance au plus 60"),
					containsString("dépasse le plafond de l"))));
		assertThat(jdbc.sql("select count(*) from ess_application").query(Long.class).single()).isEqualTo(before);
		// 300,000 of 500,000 = 60 %: accepted
		mvc.perform(post("/ess/applications").with(csrf()).with(account(accounts, "coop.argan"))
			.param("cooperative", String.valueOf(own)).param("callCode", "DEMO-INDH-P3").param("titleAr", "مشروع")
			.param("titleFr", "Projet").param("lines[0].label", "Équipement").param("lines[0].amount", "400000")
			.param("lines[1].label", "Local").param("lines[1].amount", "100000").param("requested", "300000")
			.param("ownCash", "150000").param("ownInKind", "50000"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from ess_application where cooperative_id = :c and budget = 500000 and status = 'SUBMITTED'")
			.param("c", own).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void a_manager_cannot_submit_for_another_cooperative() throws Exception {
		long other = jdbc.sql("select id from ess_cooperative where registration_number = 'DEMO-INE-0002'").query(Long.class).single();
		long before = jdbc.sql("select count(*) from ess_application").query(Long.class).single();
		mvc.perform(post("/ess/applications").with(csrf()).with(account(accounts, "coop.argan"))
			.param("cooperative", String.valueOf(other)).param("callCode", "DEMO-INDH-P3").param("titleAr", "م")
			.param("titleFr", "P").param("lines[0].label", "x").param("lines[0].amount", "100").param("requested", "60")
			.param("ownCash", "40"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from ess_application").query(Long.class).single()).isEqualTo(before);
	}
}

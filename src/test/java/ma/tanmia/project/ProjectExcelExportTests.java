package ma.tanmia.project;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.Cookie;
import ma.tanmia.program.Programs;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ProjectExcelExportTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	Programs programs;
	@Autowired
	ProjectEditing editing;
	@Autowired
	MandateEvaluation evaluation;

	@Autowired
	ProjectRepository repository;

	ExcelFixtures fixtures;

	/** Two projects in Inezgane, one in Aït Melloul; created once for the class (the database outlives a test). */
	@BeforeEach
	void projects() {
		fixtures = new ExcelFixtures(programs, editing, accounts);
		if (repository.findByCode("XL-EXP-A1").isEmpty()) {
			fixtures.project("XL-EXP-A1", ExcelFixtures.INEZGANE, "ROADS", new BigDecimal("1250000.50"));
			fixtures.project("XL-EXP-A2", ExcelFixtures.INEZGANE, "WATER", new BigDecimal("300000.00"));
			fixtures.project("XL-EXP-B1", ExcelFixtures.AIT_MELLOUL, "ROADS", new BigDecimal("700000.00"));
			fixtures.as("admin", () -> editing.reportProgress("XL-EXP-A1", ProjectStatus.IN_PROGRESS,
					new BigDecimal("35"), LocalDate.of(2025, 3, 10), "Chantier ouvert", "admin"));
		}
	}

	@Test
	void a_commune_planners_export_holds_only_the_filtered_projects_he_may_see() throws Exception {
		assertThat(codes(export("planner.inezgane", "q=XL-EXP"))).containsExactly("XL-EXP-A1", "XL-EXP-A2");
		assertThat(codes(export("admin", "q=XL-EXP"))).containsExactly("XL-EXP-A1", "XL-EXP-A2", "XL-EXP-B1");
		assertThat(codes(export("admin", "q=XL-EXP&sector=ROADS"))).containsExactly("XL-EXP-A1", "XL-EXP-B1");
		assertThat(codes(export("planner.inezgane", "q=XL-EXP&status=IN_PROGRESS"))).containsExactly("XL-EXP-A1");
		assertThat(codes(export("governor.inezgane", "q=XL-EXP")))
			.as("the prefecture's governor sees both communes").containsExactly("XL-EXP-A1", "XL-EXP-A2", "XL-EXP-B1");
	}

	@Test
	void the_export_is_an_arabic_right_to_left_sheet_with_amounts_as_numbers_and_dates_as_dates() throws Exception {
		MvcResult result = mvc.perform(get("/projects/export.xlsx?q=XL-EXP-A1").with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getContentType()).startsWith(Spreadsheets.CONTENT_TYPE);
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.matches("attachment; filename=\"projects-\\d{4}-\\d{2}-\\d{2}\\.xlsx\"; filename\\*=UTF-8''.+\\.xlsx")
			.contains("%D8%A7%D9%84%D9%85%D8%B4%D8%A7%D8%B1%D9%8A%D8%B9"); // المشاريع
		try (XSSFWorkbook workbook = open(result)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("المشاريع");
			assertThat(sheet.isRightToLeft()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
			assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));

			Row header = sheet.getRow(0);
			assertThat(header.getCell(0).getStringCellValue()).isEqualTo("الرمز");
			assertThat(header.getCell(ProjectExport.Col.COST.ordinal()).getStringCellValue()).isEqualTo("الكلفة (درهم)");

			Row row = sheet.getRow(1);
			assertThat(row.getCell(0).getStringCellValue()).isEqualTo("XL-EXP-A1");
			assertThat(row.getCell(ProjectExport.Col.TITLE.ordinal()).getStringCellValue()).isEqualTo("مشروع XL-EXP-A1");
			assertThat(row.getCell(ProjectExport.Col.STATUS.ordinal()).getStringCellValue()).isEqualTo("في طور الإنجاز");
			Cell cost = row.getCell(ProjectExport.Col.COST.ordinal());
			assertThat(cost.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(cost.getNumericCellValue()).isEqualTo(1250000.50);
			assertThat(cost.getCellStyle().getDataFormatString()).contains("#,##0.00").contains("د.م.");
			Cell progress = row.getCell(ProjectExport.Col.PHYSICAL.ordinal());
			assertThat(progress.getNumericCellValue()).isEqualTo(35.0);
			Cell plannedEnd = row.getCell(ProjectExport.Col.PLANNED_END.ordinal());
			assertThat(DateUtil.isCellDateFormatted(plannedEnd)).isTrue();
			assertThat(plannedEnd.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 30));
			assertThat(row.getCell(ProjectExport.Col.ACTUAL_START.ordinal()).getLocalDateTimeCellValue().toLocalDate())
				.isEqualTo(LocalDate.of(2025, 3, 10));
			assertThat(row.getCell(ProjectExport.Col.LOCATION.ordinal()).getStringCellValue()).isNotBlank()
				.isNotEqualTo(ExcelFixtures.INEZGANE);
		}
	}

	@Test
	void a_french_reader_gets_french_headers_left_to_right_and_amounts_in_mad() throws Exception {
		MvcResult result = mvc.perform(get("/projects/export.xlsx?q=XL-EXP-A2").cookie(new Cookie("tanmia-lang", "fr"))
			.with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).contains("filename*=UTF-8''projets-");
		try (XSSFWorkbook workbook = open(result)) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Projets");
			assertThat(sheet.isRightToLeft()).isFalse();
			assertThat(sheet.getRow(0).getCell(ProjectExport.Col.STATUS.ordinal()).getStringCellValue()).isEqualTo("État");
			assertThat(sheet.getRow(1).getCell(ProjectExport.Col.TITLE.ordinal()).getStringCellValue())
				.isEqualTo("Projet XL-EXP-A2");
			assertThat(sheet.getRow(1).getCell(ProjectExport.Col.COST.ordinal()).getCellStyle().getDataFormatString())
				.contains("MAD");
			assertThat(sheet.getRow(1).getCell(ProjectExport.Col.LAND.ordinal()).getStringCellValue()).isEqualTo("Non");
		}
	}

	@Test
	void the_evaluation_export_has_a_summary_and_one_sheet_per_breakdown() throws Exception {
		MvcResult result = mvc.perform(get("/evaluation/export.xlsx?mandate=2022-2027&territory=MA-INE")
			.cookie(new Cookie("tanmia-lang", "fr")).with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk())
			.andReturn();
		EvaluationReport report = fixtures.as("governor.inezgane",
				() -> evaluation.evaluate("2022-2027", "MA-INE").orElseThrow());
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.contains("filename=\"evaluation-2022-2027-MA-INE-");
		try (XSSFWorkbook workbook = open(result)) {
			List<String> sheets = new ArrayList<>();
			workbook.forEach(s -> sheets.add(s.getSheetName()));
			assertThat(sheets).containsExactly("Synthèse", "Par état", "Familles de causes", "Causes de blocage",
					"Par territoire", "Par secteur", "Par compétence", "Par axe", "Sources de financement");
			XSSFSheet summary = workbook.getSheet("Synthèse");
			assertThat(value(summary, "Mandat").getStringCellValue()).isEqualTo("2022-2027");
			assertThat(value(summary, "Projets").getNumericCellValue()).isEqualTo(report.totals().projects());
			assertThat(value(summary, "Coût (MAD)").getNumericCellValue())
				.isEqualTo(report.totals().cost().doubleValue());
			assertThat(value(summary, "Part du financement dans le non-exécuté (%)").getNumericCellValue())
				.isEqualTo(report.answer().financingShare().doubleValue());
			XSSFSheet byTerritory = workbook.getSheet("Par territoire");
			assertThat(byTerritory.getLastRowNum()).isEqualTo(report.byTerritory().size());
			assertThat(byTerritory.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Libellé");
			assertThat(byTerritory.getCTWorksheet().isSetAutoFilter()).isTrue();
			XSSFSheet byStatus = workbook.getSheet("Par état");
			List<String> statuses = new ArrayList<>();
			for (int i = 1; i <= byStatus.getLastRowNum(); i++) {
				statuses.add(byStatus.getRow(i).getCell(0).getStringCellValue());
			}
			assertThat(statuses).contains("En cours", "Programmé");
		}
	}

	@Test
	void an_evaluation_outside_the_readers_scope_is_refused() throws Exception {
		mvc.perform(get("/evaluation/export.xlsx?mandate=2022-2027&territory=MA-AGD").with(account(accounts, "planner.inezgane")))
			.andExpect(status().isForbidden());
	}

	private Cell value(XSSFSheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
				return row.getCell(1);
			}
		}
		throw new AssertionError("No line " + label);
	}

	private MvcResult export(String username, String query) throws Exception {
		return mvc.perform(get("/projects/export.xlsx?" + query).with(account(accounts, username)))
			.andExpect(status().isOk())
			.andReturn();
	}

	private static XSSFWorkbook open(MvcResult result) throws Exception {
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private static List<String> codes(MvcResult result) throws Exception {
		try (XSSFWorkbook workbook = open(result)) {
			List<String> codes = new ArrayList<>();
			XSSFSheet sheet = workbook.getSheetAt(0);
			for (int i = 1; i <= sheet.getLastRowNum(); i++) {
				codes.add(sheet.getRow(i).getCell(0).getStringCellValue());
			}
			return codes;
		}
	}
}

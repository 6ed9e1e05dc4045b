package ma.tanmia.project;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import ma.tanmia.program.Programs;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Updating projects in bulk through Excel, as a planner does it: download the template, change it,
 * upload it, read the preview, commit; and the ways a file is refused whole, with nothing written.
 */
@SpringBootTest
@AutoConfigureMockMvc
class BulkUpdateTests {

	static final Cookie FRENCH = new Cookie("tanmia-lang", "fr");
	static final String PLANNER = "planner.inezgane";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	Programs programs;
	@Autowired
	ProjectEditing editing;
	@Autowired
	ProjectRepository projects;
	@Autowired
	BulkUpdates bulk;
	@Autowired
	JdbcClient jdbc;

	ExcelFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ExcelFixtures(programs, editing, accounts);
	}

	private void projectsOnce(String prefix, int count, String commune) {
		for (int i = 1; i <= count; i++) {
			if (projects.findByCode(prefix + i).isEmpty()) {
				fixtures.project(prefix + i, commune);
			}
		}
	}

	@Test
	void a_planner_updates_projects_from_the_template_sees_every_change_before_committing_and_the_audit_trail_keeps_them()
			throws Exception {
		projectsOnce("XL-BLK-HAPPY-", 3, ExcelFixtures.INEZGANE);
		LocalDate yesterday = BulkUpdates.today().minusDays(1);

		try (XSSFWorkbook workbook = template(PLANNER, "q=XL-BLK-HAPPY&language=fr")) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Projets");
			assertThat(sheet.isRightToLeft()).isFalse();
			assertThat(text(sheet.getRow(0), BulkColumn.STATUS)).isEqualTo("État");
			assertThat(sheet.isColumnHidden(BulkColumn.VERSION.ordinal())).isTrue();
			assertThat(sheet.getProtect()).as("key columns are locked").isTrue();
			assertThat(sheet.getRow(1).getCell(BulkColumn.CODE.ordinal()).getCellStyle().getLocked()).isTrue();
			assertThat(sheet.getRow(1).getCell(BulkColumn.STATUS.ordinal()).getCellStyle().getLocked()).isFalse();
			assertThat(sheet.getDataValidations()).extracting(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn())
				.contains(BulkColumn.STATUS.ordinal(), BulkColumn.PROGRESS.ordinal(), BulkColumn.LAND_SECURED.ordinal());
			assertThat(sheet.getLastRowNum()).isEqualTo(3);

			Row h1 = row(sheet, "XL-BLK-HAPPY-1");
			assertThat(text(h1, BulkColumn.STATUS)).isEqualTo("Programmé");
			set(h1, BulkColumn.STATUS, "En cours");
			set(h1, BulkColumn.PROGRESS, 40);
			set(h1, BulkColumn.REPORT_DATE, yesterday);
			set(h1, BulkColumn.COMMENT, "Chantier ouvert");
			set(h1, BulkColumn.PLANNED_END, LocalDate.of(2027, 3, 31));
			Row h2 = row(sheet, "XL-BLK-HAPPY-2");
			set(h2, BulkColumn.LAND_SECURED, "Oui");
			set(h2, BulkColumn.STUDIES_DONE, "Oui");
			set(h2, BulkColumn.PLANNED_END, LocalDate.of(2026, 12, 31));

			MvcResult uploaded = mvc.perform(multipart("/projects/bulk").file(xlsx("maj.xlsx", workbook)).cookie(FRENCH)
				.with(csrf()).with(account(accounts, PLANNER)))
				.andExpect(status().is3xxRedirection())
				.andReturn();
			UUID token = token(uploaded);

			mvc.perform(get("/projects/bulk/" + token).cookie(FRENCH).with(account(accounts, PLANNER)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("2 projets à mettre à jour")))
				.andExpect(content().string(containsString("1 ligne sans changement")))
				.andExpect(content().string(containsString("Rien n&#39;a encore été enregistré.")))
				.andExpect(content().string(containsString("XL-BLK-HAPPY-1")))
				.andExpect(content().string(containsString("Programmé")))
				.andExpect(content().string(containsString("En cours")))
				.andExpect(content().string(containsString("40 %")))
				.andExpect(content().string(containsString("Chantier ouvert")))
				.andExpect(content().string(containsString("Foncier apuré")))
				.andExpect(content().string(containsString("31 décembre 2026")));
			assertThat(projects.findByCode("XL-BLK-HAPPY-1").orElseThrow().status())
				.as("the preview writes nothing").isEqualTo(ProjectStatus.PROGRAMMED);

			mvc.perform(post("/projects/bulk/" + token + "/commit").with(csrf()).with(account(accounts, PLANNER)))
				.andExpect(status().is3xxRedirection());
			BulkUpdates.Upload done = finished(token, PLANNER);
			assertThat(done.state()).isEqualTo(BulkUpdates.State.DONE);
			assertThat(done.done()).isEqualTo(2);
			mvc.perform(get("/projects/bulk/" + token).cookie(FRENCH).with(account(accounts, PLANNER)))
				.andExpect(content().string(containsString("2 projets mis à jour")));
			mvc.perform(get("/projects/bulk/" + token + "/progress").with(account(accounts, PLANNER)))
				.andExpect(header().string("HX-Redirect", containsString("/projects/bulk/" + token)));
		}

		Project h1 = projects.findByCode("XL-BLK-HAPPY-1").orElseThrow();
		assertThat(h1.status()).isEqualTo(ProjectStatus.IN_PROGRESS);
		assertThat(h1.physicalProgress()).isEqualByComparingTo("40");
		assertThat(h1.actualStart()).isEqualTo(yesterday);
		assertThat(h1.plannedEnd()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(h1.version()).as("rescheduled and its progress reported: one change, one version").isEqualTo(1);
		Project h2 = projects.findByCode("XL-BLK-HAPPY-2").orElseThrow();
		assertThat(h2.landSecured()).isTrue();
		assertThat(h2.studiesDone()).isTrue();
		assertThat(h2.plannedEnd()).isEqualTo(LocalDate.of(2026, 12, 31));
		assertThat(projects.findByCode("XL-BLK-HAPPY-3").orElseThrow().version()).isZero();

		assertThat(jdbc.sql("""
				select pp.recorded_on, pp.recorded_by, pp.status, pp.comment from project_progress pp
				join project p on p.id = pp.project_id where p.code = 'XL-BLK-HAPPY-1'
				""").query().listOfRows())
			.containsExactly(Map.of("recorded_on", java.sql.Date.valueOf(yesterday), "recorded_by", PLANNER,
					"status", "IN_PROGRESS", "comment", "Chantier ouvert"));
		assertThat(jdbc.sql("""
				select entity_id, count(*) from audit_entry
				where entity_type = 'Project' and action = 'UPDATE' and actor = :actor and entity_id like 'XL-BLK-HAPPY-%'
				group by entity_id order by entity_id
				""").param("actor", PLANNER).query((rs, n) -> rs.getString(1) + "=" + rs.getLong(2)).list())
			.containsExactly("XL-BLK-HAPPY-1=1", "XL-BLK-HAPPY-2=1");
		assertThat(jdbc.sql("""
				select before_state ->> 'planned_end', after_state ->> 'planned_end', before_state ->> 'status',
				       after_state ->> 'status', after_state ->> 'version' from audit_entry
				where entity_type = 'Project' and entity_id = 'XL-BLK-HAPPY-1' and actor = :actor
				""").param("actor", PLANNER).query((rs, n) -> rs.getString(2) + " " + rs.getString(3) + "→" + rs.getString(4)
				+ " v" + rs.getString(5)).single())
			.as("the one audit line holds both changes").isEqualTo("2027-03-31 PROGRAMMED→IN_PROGRESS v1");
		assertThat(jdbc.sql("""
				select before_state ->> 'planned_end', after_state ->> 'planned_end', after_state ->> 'land_secured' from audit_entry
				where entity_type = 'Project' and entity_id = 'XL-BLK-HAPPY-2' and actor = :actor
				""").param("actor", PLANNER).query((rs, n) -> rs.getString(1) + "→" + rs.getString(2) + " land " + rs.getString(3))
			.single()).endsWith("→2026-12-31 land true");
	}

	@Test
	void a_file_with_several_bad_rows_is_refused_with_each_problem_located_and_nothing_is_written() throws Exception {
		projectsOnce("XL-BLK-ERR-", 6, ExcelFixtures.INEZGANE);
		Map<String, Object> before = fingerprint("XL-BLK-ERR-%");
		long uploadsBefore = jdbc.sql("select count(*) from project_bulk_upload").query(Long.class).single();

		byte[] file;
		try (XSSFWorkbook workbook = template(PLANNER, "q=XL-BLK-ERR&language=fr")) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			set(row(sheet, "XL-BLK-ERR-1"), BulkColumn.STATUS, "Presque fini");                 // row 2
			set(row(sheet, "XL-BLK-ERR-2"), BulkColumn.PROGRESS, 140);                          // row 3
			Row e3 = row(sheet, "XL-BLK-ERR-3");                                                // row 4
			set(e3, BulkColumn.STATUS, "Achevé");
			set(e3, BulkColumn.PROGRESS, 60);
			Row e4 = row(sheet, "XL-BLK-ERR-4");                                                // row 5
			set(e4, BulkColumn.PROGRESS, 10);
			set(e4, BulkColumn.REPORT_DATE, BulkUpdates.today().plusDays(3));
			Row e5 = row(sheet, "XL-BLK-ERR-5");                                                // row 6
			set(e5, BulkColumn.PROGRESS, 20);
			set(e5, BulkColumn.REPORT_DATE, "31/02/2025");
			set(row(sheet, "XL-BLK-ERR-6"), BulkColumn.PROGRESS, 15);                           // row 7: fine
			Row unknown = copy(row(sheet, "XL-BLK-ERR-6"), sheet.createRow(7));             // row 8
			set(unknown, BulkColumn.CODE, "XL-NOPE-1");
			copy(row(sheet, "XL-BLK-ERR-6"), sheet.createRow(8));                          // row 9
			file = bytes(workbook);
		}

		BulkUpdates.Checked checked = fixtures.as(PLANNER, () -> upload(file));
		assertThat(checked.accepted()).isFalse();
		assertThat(checked.problems()).allSatisfy(p -> assertThat(p.sheet()).isEqualTo("Projets"));
		assertThat(checked.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
			.containsExactly("2:C:bulk.error.status.unknown", "3:D:bulk.error.progress.range",
					"4:D:project.progress.completed", "5:E:bulk.error.date.future", "6:E:bulk.error.date.format",
					"8:A:bulk.error.code.unknown", "9:A:bulk.error.code.duplicate");

		mvc.perform(multipart("/projects/bulk").file(new MockMultipartFile("file", "erreurs.xlsx",
				Spreadsheets.CONTENT_TYPE, file)).cookie(FRENCH).with(csrf()).with(account(accounts, PLANNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("erreurs.xlsx\u2069 » est refusé : 7 problèmes. Rien n&#39;a été modifié.")))
			.andExpect(content().string(containsString("« Presque fini » n&#39;est pas un état")))
			.andExpect(content().string(containsString("140 % : l&#39;avancement est compris entre 0 et 100.")))
			.andExpect(content().string(containsString("Un projet achevé est à 100 %.")))
			.andExpect(content().string(containsString("« 31/02/2025 » n&#39;est pas une date")))
			.andExpect(content().string(containsString("Aucun projet ne porte le code « XL-NOPE-1 ».")))
			.andExpect(content().string(containsString("Le projet XL-BLK-ERR-6 figure déjà à la ligne 7.")))
			.andExpect(content().string(containsString("Avancement physique (%)")));

		assertThat(fingerprint("XL-BLK-ERR-%")).as("nothing written, not even the good row").isEqualTo(before);
		assertThat(jdbc.sql("select count(*) from project_bulk_upload").query(Long.class).single()).isEqualTo(uploadsBefore);
	}

	@Test
	void a_project_changed_after_the_template_was_downloaded_is_a_conflict_and_nothing_is_written() throws Exception {
		projectsOnce("XL-BLK-CONF-", 3, ExcelFixtures.INEZGANE);
		byte[] file;
		try (XSSFWorkbook workbook = template(PLANNER, "q=XL-BLK-CONF&language=fr")) {
			set(row(workbook.getSheetAt(0), "XL-BLK-CONF-1"), BulkColumn.PROGRESS, 30);
			set(row(workbook.getSheetAt(0), "XL-BLK-CONF-2"), BulkColumn.PROGRESS, 25);
			file = bytes(workbook);
		}
		// Meanwhile, a colleague reports progress on C1 in Tanmia.
		fixtures.as("admin", () -> editing.reportProgress("XL-BLK-CONF-1", ProjectStatus.STUDIES, new BigDecimal("5"),
				BulkUpdates.today(), null, "admin"));
		Map<String, Object> before = fingerprint("XL-BLK-CONF-%");

		BulkUpdates.Checked checked = fixtures.as(PLANNER, () -> upload(file));
		assertThat(checked.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
			.containsExactly("2:L:bulk.error.conflict");
		assertThat(checked.problems().get(0).arguments()).first().isEqualTo("XL-BLK-CONF-1");
		assertThat(fingerprint("XL-BLK-CONF-%")).isEqualTo(before);

		// A fresh template goes through the preview; then C3 changes before the commit: refused whole.
		byte[] fresh;
		try (XSSFWorkbook workbook = template(PLANNER, "q=XL-BLK-CONF&language=fr")) {
			set(row(workbook.getSheetAt(0), "XL-BLK-CONF-2"), BulkColumn.PROGRESS, 25);
			set(row(workbook.getSheetAt(0), "XL-BLK-CONF-3"), BulkColumn.PROGRESS, 35);
			fresh = bytes(workbook);
		}
		MvcResult uploaded = mvc.perform(multipart("/projects/bulk").file(new MockMultipartFile("file", "maj.xlsx",
				Spreadsheets.CONTENT_TYPE, fresh)).with(csrf()).with(account(accounts, PLANNER)))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		UUID token = token(uploaded);
		fixtures.as("admin", () -> editing.reportProgress("XL-BLK-CONF-3", ProjectStatus.STUDIES, new BigDecimal("10"),
				BulkUpdates.today(), null, "admin"));
		Map<String, Object> beforeCommit = fingerprint("XL-BLK-CONF-%");
		mvc.perform(post("/projects/bulk/" + token + "/commit").with(csrf()).with(account(accounts, PLANNER)))
			.andExpect(status().is3xxRedirection());
		BulkUpdates.Upload refused = finished(token, PLANNER);
		assertThat(refused.state()).isEqualTo(BulkUpdates.State.REJECTED);
		assertThat(refused.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
			.containsExactly("4:L:bulk.error.conflict.sinceUpload");
		assertThat(fingerprint("XL-BLK-CONF-%")).as("C2's change is rolled back with the rest").isEqualTo(beforeCommit);
		mvc.perform(get("/projects/bulk/" + token).cookie(FRENCH).with(account(accounts, PLANNER)))
			.andExpect(content().string(containsString("La mise à jour est refusée : 1 problème. Rien n&#39;a été modifié.")))
			.andExpect(content().string(containsString("Le projet XL-BLK-CONF-3 a été modifié dans Tanmia depuis le dépôt")));
	}

	@Test
	void a_planner_cannot_bulk_update_another_communes_project() throws Exception {
		projectsOnce("XL-BLK-OTHER-", 1, ExcelFixtures.AIT_MELLOUL);
		try (XSSFWorkbook mine = template(PLANNER, "q=XL-BLK-OTHER")) {
			assertThat(mine.getSheetAt(0).getLastRowNum()).as("not in the Inezgane planner's template").isZero();
			assertThat(mine.getSheetAt(0).getSheetName()).isEqualTo("المشاريع");
			assertThat(mine.getSheetAt(0).isRightToLeft()).isTrue();
		}
		byte[] file;
		try (XSSFWorkbook workbook = template("admin", "q=XL-BLK-OTHER")) {
			set(row(workbook.getSheetAt(0), "XL-BLK-OTHER-1"), BulkColumn.PROGRESS, 50);
			file = bytes(workbook);
		}
		Map<String, Object> before = fingerprint("XL-BLK-OTHER-%");

		BulkUpdates.Checked checked = fixtures.as(PLANNER, () -> upload(file));
		assertThat(checked.problems()).extracting(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
			.containsExactly("2:A:bulk.error.code.outside");
		mvc.perform(multipart("/projects/bulk").file(new MockMultipartFile("file", "jar.xlsx", Spreadsheets.CONTENT_TYPE,
				file)).with(csrf()).with(account(accounts, PLANNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("المشروع XL-BLK-OTHER-1 خارج نطاقكم")));
		assertThat(fingerprint("XL-BLK-OTHER-%")).isEqualTo(before);

		mvc.perform(get("/projects/bulk").with(account(accounts, "governor.inezgane"))).andExpect(status().isForbidden());
		mvc.perform(multipart("/projects/bulk").file(new MockMultipartFile("file", "x.xlsx", Spreadsheets.CONTENT_TYPE,
				file)).with(csrf()).with(account(accounts, "governor.inezgane")))
			.andExpect(status().isForbidden());
		assertThat(fingerprint("XL-BLK-OTHER-%")).isEqualTo(before);
	}

	@Test
	void a_csv_or_an_old_xls_file_is_refused_with_a_clear_reason() throws Exception {
		BulkUpdates.Checked csv = fixtures.as(PLANNER, () -> upload("code;version\nXL-1;0\n".getBytes()));
		assertThat(csv.problems()).extracting(SheetProblem::messageKey).containsExactly("bulk.error.file.notXlsx");
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		mvc.perform(multipart("/projects/bulk").file(new MockMultipartFile("file", "C:\\fakepath\\ancien.xls",
				"application/vnd.ms-excel", ole2)).cookie(FRENCH).with(csrf()).with(account(accounts, PLANNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ancien.xls\u2069 » est refusé")))
			.andExpect(content().string(containsString("Ce n&#39;est pas un classeur Excel .xlsx")));
	}

	@Test
	void the_bulk_page_offers_the_template_for_the_lists_filters_and_the_upload() throws Exception {
		projectsOnce("XL-BLK-PAGE-", 2, ExcelFixtures.INEZGANE);
		mvc.perform(get("/projects/bulk?q=XL-BLK-PAGE").cookie(FRENCH).with(account(accounts, PLANNER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 projets modifiables correspondent à ces filtres.")))
			.andExpect(content().string(containsString("Télécharger le modèle (.xlsx)")))
			.andExpect(content().string(containsString("name=\"file\"")));
		mvc.perform(get("/projects?q=XL-BLK-PAGE").with(account(accounts, PLANNER)))
			.andExpect(content().string(containsString("/projects/bulk?q=XL-BLK-PAGE")));
		mvc.perform(get("/projects?q=XL-BLK-PAGE").with(account(accounts, "governor.inezgane")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/projects/bulk?"))));
	}

	// ------------------------------------------------------------------ helpers

	private XSSFWorkbook template(String username, String query) throws Exception {
		MvcResult result = mvc.perform(get("/projects/bulk/template.xlsx?" + query).with(account(accounts, username)))
			.andExpect(status().isOk())
			.andReturn();
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment; filename=");
		return new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()));
	}

	private BulkUpdates.Checked upload(byte[] file) {
		try {
			Path path = Files.createTempFile("bulk-test-", ".xlsx");
			try {
				Files.write(path, file);
				return bulk.upload(path, "test.xlsx", PLANNER);
			}
			finally {
				Files.deleteIfExists(path);
			}
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private BulkUpdates.Upload finished(UUID token, String username) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			BulkUpdates.Upload upload = bulk.find(token, username).orElseThrow();
			if (upload.state().finished()) {
				return upload;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("The bulk update did not finish in time");
	}

	private static UUID token(MvcResult result) {
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/projects/bulk/");
		return UUID.fromString(location.substring("/projects/bulk/".length()));
	}

	private static Row row(Sheet sheet, String code) {
		for (Row row : sheet) {
			Cell cell = row.getCell(BulkColumn.CODE.ordinal());
			if (row.getRowNum() > 0 && cell != null && code.equals(cell.getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("No row for " + code);
	}

	private static Row copy(Row from, Row to) {
		for (Cell cell : from) {
			Cell copy = to.createCell(cell.getColumnIndex());
			copy.setCellStyle(cell.getCellStyle());
			((org.apache.poi.xssf.usermodel.XSSFCell) copy).copyCellFrom(cell, new org.apache.poi.ss.usermodel.CellCopyPolicy());
		}
		return to;
	}

	private static String text(Row row, BulkColumn column) {
		return row.getCell(column.ordinal()).getStringCellValue();
	}

	/**
	 * Types a value in a cell as Excel would. The cell is made anew: POI, unlike Excel, keeps the old
	 * text of a streamed (inline-string) cell beside the new one.
	 */
	static void set(Row row, BulkColumn column, Object value) {
		Cell old = row.getCell(column.ordinal());
		org.apache.poi.ss.usermodel.CellStyle style = old == null ? null : old.getCellStyle();
		if (old != null) {
			row.removeCell(old);
		}
		Cell cell = row.createCell(column.ordinal());
		if (style != null) {
			cell.setCellStyle(style);
		}
		if (value instanceof Number number) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof LocalDate date) {
			cell.setCellValue(date);
		}
		else {
			cell.setCellValue((String) value);
		}
	}

	private static MockMultipartFile xlsx(String name, XSSFWorkbook workbook) throws Exception {
		return new MockMultipartFile("file", name, Spreadsheets.CONTENT_TYPE, bytes(workbook));
	}

	private static byte[] bytes(XSSFWorkbook workbook) throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbook.write(out);
		return out.toByteArray();
	}

	/** What a bulk update could change for these projects: their values, progress history and audit. */
	private Map<String, Object> fingerprint(String codes) {
		return jdbc.sql("""
				select (select md5(string_agg(code || ':' || version || ':' || status || ':' || physical_progress || ':'
				                   || coalesce(planned_end::text, '-') || ':' || land_secured || ':' || studies_done, ','
				                   order by code)) from project where code like :codes) as projects,
				       (select count(*) from project_progress pp join project p on p.id = pp.project_id
				        where p.code like :codes) as reports,
				       (select count(*) from audit_entry where entity_id like :codes) as audit
				""").param("codes", codes).query().singleRow();
	}
}

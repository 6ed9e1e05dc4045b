package ma.tanmia.project;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;

import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * How long a 10 000-row bulk update takes, from upload to committed. Not part of the build (it adds
 * 10 000 projects to the test database): run it with
 * {@code ./mvnw test -Dtest=BulkUpdatePerformanceTests -Dtanmia.performance=true}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "tanmia.performance", matches = "true")
class BulkUpdatePerformanceTests {

	static final int ROWS = Integer.getInteger("tanmia.performance.rows", 10_000);

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	Programs programs;
	@Autowired
	ProjectEditing editing;
	@Autowired
	BulkUpdates bulk;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	org.springframework.jdbc.core.JdbcTemplate plain;
	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	void ten_thousand_rows_are_checked_and_committed_within_ten_seconds() throws Exception {
		ExcelFixtures fixtures = new ExcelFixtures(programs, editing, accounts);
		Program pac = fixtures.pac(ExcelFixtures.INEZGANE);
		jdbc.sql("""
				insert into project (code, program_id, mandate_code, title_ar, title_fr, sector_code, competence,
				                     territory_code, territory_path, cost, planned_start, planned_end, search_text)
				select 'XL-PERF-' || lpad(n::text, 5, '0'), :program, :mandate, 'مشروع ' || n, 'Projet ' || n, 'ROADS', 'OWN',
				       'MA-INE-01', '/MA/MA-09/MA-INE/MA-INE-01/', 100000 + n, date '2024-01-01', date '2026-12-31',
				       'xl perf ' || lpad(n::text, 5, '0') || ' projet ' || n
				from generate_series(1, :rows) n
				""").param("program", pac.id()).param("mandate", pac.mandateCode()).param("rows", ROWS)
			.update();
		jdbc.sql("""
				insert into project_funding (project_id, source_code, year, amount)
				select id, 'COMMUNE', 2024, cost from project where code like 'XL-PERF-%'
				""").update();

		long t0 = System.nanoTime();
		byte[] template = mvc.perform(get("/projects/bulk/template.xlsx?q=XL-PERF&language=fr")
			.with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		long templateMillis = (System.nanoTime() - t0) / 1_000_000;

		byte[] file = edit(template, false);
		byte[] withDescription = edit(template, true);

		long reportsOnly = report("progress reports only", file, templateMillis, template.length);
		jdbc.sql("update project set status = 'PROGRAMMED', physical_progress = 0, actual_start = null, version = 0 where code like 'XL-PERF-%'").update();
		long withPlannedEnd = report("progress reports and planned end", withDescription, templateMillis, template.length);
		baseline();
		// The target: 10,000 rows from upload to committed within 10 seconds.
		assertThat(reportsOnly).as("progress reports, upload to committed, ms").isLessThan(10_000L * ROWS / 10_000);
		assertThat(withPlannedEnd).as("with planned end, upload to committed, ms").isLessThan(10_000L * ROWS / 10_000);
	}

	/**
	 * The baseline of the same run: the writes a commit of progress reports makes (state update,
	 * history line, audit line per project), as plain batched SQL in one transaction, with no check.
	 */
	private void baseline() {
		java.util.List<Object[]> updates = new java.util.ArrayList<>();
		java.util.List<Object[]> lines = new java.util.ArrayList<>();
		java.util.List<Object[]> audits = new java.util.ArrayList<>();
		java.util.List<Long> ids = jdbc.sql("select id from project where code like 'XL-PERF-%' order by id").query(Long.class).list();
		for (long id : ids) {
			updates.add(new Object[] { "IN_PROGRESS", new java.math.BigDecimal(30), id });
			lines.add(new Object[] { id, LocalDate.now(), "planner.inezgane", "IN_PROGRESS", new java.math.BigDecimal(30),
					"Visite de chantier", "{\"status\": {\"from\": \"PROGRAMMED\", \"to\": \"IN_PROGRESS\"}}" });
			audits.add(new Object[] { "planner.inezgane", "Project", "XL-PERF-" + id, "{\"status\": \"PROGRAMMED\"}",
					"{\"status\": \"IN_PROGRESS\"}" });
		}
		long t0 = System.nanoTime();
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
			plain.batchUpdate("update project set status = ?, physical_progress = ?, version = version + 1 where id = ?",
					updates);
			plain.batchUpdate("""
					insert into project_progress (project_id, recorded_on, recorded_by, status, physical_progress, comment, changes)
					values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
					""", lines);
			plain.batchUpdate("""
					insert into audit_entry (actor, action, entity_type, entity_id, before_state, after_state)
					values (?, 'UPDATE', ?, ?, cast(? as jsonb), cast(? as jsonb))
					""", audits);
		});
		System.out.printf("%n[performance] baseline: the same %d state updates, history and audit lines as plain batched "
				+ "SQL in one transaction: %d ms%n%n", ids.size(), (System.nanoTime() - t0) / 1_000_000);
	}

	private long report(String what, byte[] file, long templateMillis, int templateBytes) throws Exception {
		Path path = Files.createTempFile("perf-", ".xlsx");
		Files.write(path, file);
		ExcelFixtures fixtures = new ExcelFixtures(programs, editing, accounts);
		long t1 = System.nanoTime();
		BulkUpdates.Checked checked = fixtures.as("planner.inezgane", () -> bulk.upload(path, "perf.xlsx", "planner.inezgane"));
		long checkMillis = (System.nanoTime() - t1) / 1_000_000;
		assertThat(checked.problems()).isEmpty();
		UUID token = checked.token();
		long t2 = System.nanoTime();
		fixtures.as("planner.inezgane", () -> bulk.commit(token, "planner.inezgane", SecurityContextHolder.getContext()));
		BulkUpdates.Upload upload;
		do {
			Thread.sleep(50);
			upload = bulk.find(token, "planner.inezgane").orElseThrow();
		}
		while (!upload.state().finished());
		long commitMillis = (System.nanoTime() - t2) / 1_000_000;
		assertThat(upload.state()).isEqualTo(BulkUpdates.State.DONE);
		assertThat(upload.done()).isEqualTo(ROWS);
		System.out.printf("%n[performance] %s: template of %d rows %d ms (%d KB); upload %d KB read and checked in %d ms; "
				+ "commit of %d projects in %d ms; upload to committed %d ms%n%n", what, ROWS, templateMillis,
				templateBytes / 1024, file.length / 1024, checkMillis, ROWS, commitMillis, checkMillis + commitMillis);
		Files.delete(path);
		return checkMillis + commitMillis;
	}

	private static byte[] edit(byte[] template, boolean plannedEnd) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo(ROWS);
			for (int i = 1; i <= ROWS; i++) {
				Row row = sheet.getRow(i);
				BulkUpdateTests.set(row, BulkColumn.STATUS, "En cours");
				BulkUpdateTests.set(row, BulkColumn.PROGRESS, 10 + i % 80);
				BulkUpdateTests.set(row, BulkColumn.REPORT_DATE, LocalDate.now().minusDays(2));
				BulkUpdateTests.set(row, BulkColumn.COMMENT, "Visite de chantier " + i);
				if (plannedEnd) {
					BulkUpdateTests.set(row, BulkColumn.PLANNED_END, LocalDate.of(2027, 6, 30));
				}
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}
}

package ma.tanmia.indicator;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Workbook;
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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Composite index, map, boundaries, Excel export and the candidate project, as a person uses them. */
@SpringBootTest
@AutoConfigureMockMvc
class DiagnosisScreensTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void a_composite_analysis_is_saved_with_its_weights_and_shows_the_same_ranking_again() throws Exception {
		var computed = mvc.perform(get("/indicators/composite").param("territory", "MA-09").param("year", "2023")
			.param("weight.WATER_ACCESS", "2").param("weight.UNEMPLOYMENT", "1").param("lang", "fr")
			.with(account(accounts, "planner.region")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"composite-ranking\"")))
			.andReturn();
		mvc.perform(post("/indicators/composite").with(csrf()).with(account(accounts, "planner.region"))
			.param("territory", "MA-09").param("year", "2023").param("name", "Eau et chômage 2023")
			.param("weight.WATER_ACCESS", "2").param("weight.UNEMPLOYMENT", "1"))
			.andExpect(redirectedUrlPattern("/indicators/analyses/*"));
		var saved = jdbc.sql("select id, weights->>'WATER_ACCESS' as w, jsonb_array_length(ranking->'lines') as n from indicator_analysis where name = 'Eau et chômage 2023'")
			.query().singleRow();
		assertThat(saved.get("w")).isEqualTo("2.0");
		// Every one of the 19 communes of the reference data has both values validated in 2023.
		assertThat(((Number) saved.get("n")).intValue()).isEqualTo(19);
		mvc.perform(get("/indicators/analyses/" + saved.get("id")).with(account(accounts, "planner.region")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"analysis-weights\"")));
		assertThat(computed.getResponse().getContentAsString()).contains("Ménages raccordés au réseau d&#39;eau potable");
	}

	@Test
	void the_saved_analyses_are_listed_twenty_a_page_and_turning_the_page_keeps_the_ranking_shown() throws Exception {
		// 21 analyses of the commune of Inezgane, newer than any other: the first page shows the 20
		// newest, the second the oldest one.
		for (int n = 1; n <= 21; n++) {
			jdbc.sql("insert into indicator_analysis (name, territory_code, territory_path, year, weights, ranking, created_by, created_at)"
					+ " values (:name, 'MA-INE-01', '/MA/MA-09/MA-INE/MA-INE-01/', 2023, '{\"WATER_ACCESS\": 1}', '{\"lines\": [], \"leftOut\": []}', 'planner.region',"
					+ " now() + make_interval(hours => 1, mins => :n))")
				.param("name", "Analyse paginée %02d".formatted(n)).param("n", n).update();
		}
		try {
			String first = mvc.perform(get("/indicators/composite").param("territory", "MA-09").param("year", "2023")
					.param("weight.WATER_ACCESS", "2").param("lang", "fr").with(account(accounts, "planner.region")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(first).contains("Analyse paginée 21", "Analyse paginée 02").doesNotContain("Analyse paginée 01");
			assertThat(first).contains("id=\"composite-ranking\"", "Inezgane");
			// The pager's next page keeps the territory, the year and the weights of the ranking shown.
			assertThat(first).containsPattern("href=\"/indicators/composite\\?[^\"]*weight.WATER_ACCESS=2[^\"]*&amp;page=1\"");
			String second = mvc.perform(get("/indicators/composite").param("territory", "MA-09").param("year", "2023")
					.param("weight.WATER_ACCESS", "2").param("page", "1").param("lang", "fr").with(account(accounts, "planner.region")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(second).contains("Analyse paginée 01", "id=\"composite-ranking\"").doesNotContain("Analyse paginée 21");
			// The planner of the neighbouring commune sees none of them (reading overlaps: above or below, not beside).
			mvc.perform(get("/indicators/composite").with(account(accounts, "planner.aitmelloul")))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Analyse paginée"))));
		}
		finally {
			jdbc.sql("delete from indicator_analysis where name like 'Analyse paginée%'").update();
		}
	}

	@Test
	void the_map_page_works_without_a_tile_server_and_draws_imported_boundaries() throws Exception {
		mvc.perform(get("/indicators/map").param("indicator", "WATER_ACCESS").param("territory", "MA-INE").param("year", "2023")
			.with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-tile-url=\"http"))))
			.andExpect(content().string(containsString("/js/indicator-map.js")));
		String geojson = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"code":"MA-INE-05"},"geometry":{"type":"Polygon","coordinates":[[[-9.45,30.30],[-9.38,30.30],[-9.38,30.35],[-9.45,30.35],[-9.45,30.30]]]}}]}
				""";
		mvc.perform(multipart("/indicators/boundaries").file(new MockMultipartFile("file", "temsia.geojson", "application/geo+json",
				geojson.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"boundary-result\"")));
		mvc.perform(get("/api/v1/indicators/WATER_ACCESS/map").param("territory", "MA-INE").param("year", "2023")
			.with(account(accounts, "governor.inezgane")))
			.andExpect(jsonPath("$.units[?(@.code == 'MA-INE-05')].geometry").value(org.hamcrest.Matchers.hasItem(containsString("Polygon"))));
	}

	@Test
	void every_map_of_the_product_draws_the_kingdom_s_outline_which_the_browser_keeps_for_a_day() throws Exception {
		for (String page : new String[] { "/indicators/map?indicator=WATER_ACCESS&territory=MA-09&year=2023",
				"/ess?territory=MA-09", "/coordination?territory=MA-09", "/public/proposals?territory=MA-INE" }) {
			String html = mvc.perform(get(page).with(account(accounts, "planner.region")))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			// The outline script comes before the page's map script, which calls it.
			assertThat(html).as(page).contains("/js/map-outline.js");
			assertThat(html.indexOf("/js/map-outline.js")).as(page)
				.isLessThan(html.indexOf("-map.js\"></script>", html.indexOf("/js/map-outline.js") + 1));
		}
		mvc.perform(get("/geo/morocco.geojson").with(account(accounts, "planner.region")))
			.andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", containsString("max-age=86400")))
			.andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"));
		// The public proposals map draws it for anonymous visitors too.
		mvc.perform(get("/geo/morocco.geojson")).andExpect(status().isOk());
	}

	@Test
	void a_boundary_file_with_an_open_ring_or_an_unknown_code_is_refused_whole() throws Exception {
		long before = jdbc.sql("select count(*) from indicator_boundary").query(Long.class).single();
		String geojson = """
				{"type":"FeatureCollection","features":[
				 {"type":"Feature","properties":{"code":"MA-AGD-02"},"geometry":{"type":"Polygon","coordinates":[[[-9.5,30.3],[-9.4,30.3],[-9.4,30.4],[-9.5,30.4],[-9.5,30.3]]]}},
				 {"type":"Feature","properties":{"code":"MA-AGD-03"},"geometry":{"type":"Polygon","coordinates":[[[-9.6,30.4],[-9.5,30.4],[-9.5,30.5],[-9.6,30.5]]]}},
				 {"type":"Feature","properties":{"code":"MA-XXX-99"},"geometry":{"type":"Point","coordinates":[-9.6,30.4]}}]}
				""";
		mvc.perform(multipart("/indicators/boundaries").file(new MockMultipartFile("file", "agadir.geojson", "application/geo+json",
				geojson.getBytes(StandardCharsets.UTF_8))).with(csrf()).with(account(accounts, "admin")).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Un anneau de la géométrie de MA-AGD-03 n&#39;est pas fermé")))
			.andExpect(content().string(containsString("Territoire inconnu : « MA-XXX-99 ».")));
		assertThat(jdbc.sql("select count(*) from indicator_boundary").query(Long.class).single()).isEqualTo(before);
		mvc.perform(multipart("/indicators/boundaries").file(new MockMultipartFile("file", "x.geojson", "application/json",
				"{}".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(account(accounts, "planner.region")))
			.andExpect(status().isForbidden());
	}

	@Test
	void the_indicator_tables_export_to_an_excel_workbook_with_one_row_per_commune() throws Exception {
		byte[] body = mvc.perform(get("/indicators/WATER_ACCESS/export.xlsx").param("territory", "MA-INE").param("year", "2024")
			.param("lang", "ar").with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("WATER_ACCESS-MA-INE-2024.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
			assertThat(workbook.getSheetAt(0).getLastRowNum()).isEqualTo(6);
			assertThat(workbook.getSheetAt(0).isRightToLeft()).isTrue();
			// The ranking: the four communes validated in 2024, best first (Inezgane 99.5 before Dcheïra 97.8).
			assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(4);
			assertThat(workbook.getSheetAt(1).getRow(4).getCell(1).getStringCellValue()).isEqualTo("MA-INE-03");
			assertThat(workbook.getSheetAt(1).getRow(1).getCell(4).getNumericCellValue())
				.isGreaterThanOrEqualTo(workbook.getSheetAt(1).getRow(4).getCell(4).getNumericCellValue());
			assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(7);
		}
	}

	@Test
	void a_composite_ranking_exports_to_excel_with_the_indicators_names_and_its_weights_computed_or_saved() throws Exception {
		String page = mvc.perform(get("/indicators/composite").param("territory", "MA-09").param("year", "2023")
				.param("weight.WATER_ACCESS", "2").param("weight.UNEMPLOYMENT", "1").param("lang", "fr")
				.with(account(accounts, "planner.region")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// The ranking's columns are named after the indicators, not their codes.
		assertThat(page).contains("title=\"UNEMPLOYMENT\">Taux de chômage</th>", "id=\"export-ranking\"");
		byte[] computed = mvc.perform(get("/indicators/composite/export.xlsx").param("territory", "MA-09").param("year", "2023")
				.param("weight.WATER_ACCESS", "2").param("weight.UNEMPLOYMENT", "1").param("lang", "fr")
				.with(account(accounts, "planner.region")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("composite-MA-09-2023.xlsx")))
			.andReturn().getResponse().getContentAsByteArray();
		mvc.perform(post("/indicators/composite").with(csrf()).with(account(accounts, "planner.region"))
				.param("territory", "MA-09").param("year", "2023").param("name", "Export eau et chômage")
				.param("weight.WATER_ACCESS", "2").param("weight.UNEMPLOYMENT", "1"))
			.andExpect(redirectedUrlPattern("/indicators/analyses/*"));
		var saved = jdbc.sql("select id, (ranking->'lines'->0->>'score')::float8 as first from indicator_analysis where name = 'Export eau et chômage'")
			.query().singleRow();
		byte[] kept = mvc.perform(get("/indicators/analyses/" + saved.get("id") + "/export.xlsx").param("lang", "fr")
				.with(account(accounts, "planner.region")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		for (byte[] body : new byte[][] { computed, kept }) {
			try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body))) {
				var ranking = workbook.getSheetAt(0);
				// 19 communes of the reference data have both values validated in 2023, ranked 1 to 19.
				assertThat(ranking.getLastRowNum()).isEqualTo(19);
				// In the catalogue's order (employment before water), whatever the order the weights were given in.
				assertThat(ranking.getRow(0).getCell(5).getStringCellValue()).isEqualTo("Taux de chômage");
				assertThat(ranking.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Ménages raccordés au réseau d'eau potable");
				assertThat(ranking.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
				assertThat(ranking.getRow(1).getCell(4).getNumericCellValue()).isEqualTo((Double) saved.get("first"));
				assertThat(ranking.getRow(19).getCell(4).getNumericCellValue()).isLessThanOrEqualTo(ranking.getRow(1).getCell(4).getNumericCellValue());
				var weights = workbook.getSheetAt(1);
				assertThat(weights.getRow(1).getCell(0).getStringCellValue()).isEqualTo("UNEMPLOYMENT");
				assertThat(weights.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1.0);
				assertThat(weights.getRow(2).getCell(0).getStringCellValue()).isEqualTo("WATER_ACCESS");
				assertThat(weights.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(2.0);
			}
		}
		// An analysis that does not exist (or that the person cannot see) exports nothing.
		mvc.perform(get("/indicators/analyses/999999/export.xlsx").with(account(accounts, "planner.region")))
			.andExpect(status().isNotFound());
	}

	@Test
	void from_a_commune_s_deficit_its_planner_creates_a_candidate_project_in_the_program_being_prepared() throws Exception {
		// The commune sets itself a 2024 target of 100 % health coverage: its value falls short of it.
		mvc.perform(post("/indicators/HEALTH_COVERAGE/targets").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("territory", "MA-INE-01").param("year", "2024").param("value", "100").param("back", "/indicators/HEALTH_COVERAGE"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/indicators/HEALTH_COVERAGE/candidate").param("territory", "MA-INE-01").param("year", "2024")
			.param("lang", "fr").with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("valeur 94,5 % pour 100 (cible)")))
			.andExpect(content().string(containsString("id=\"create-candidate\"")));
		long program = jdbc.sql("select id from program where territory_code = 'MA-INE-01' and status = 'PREPARATION'")
			.query(Long.class).single();
		mvc.perform(post("/indicators/HEALTH_COVERAGE/candidate").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("territory", "MA-INE-01").param("year", "2024").param("program", String.valueOf(program))
			.param("titleAr", "تعميم التغطية الصحية بإنزكان").param("titleFr", "Généraliser la couverture médicale à Inezgane")
			.param("cost", "12000000").param("competence", "SHARED"))
			.andExpect(redirectedUrlPattern("/projects/DIAG-MA-INE-01-HEALTH_COVERAGE-24*"));
		var project = jdbc.sql("select program_id, status, sector_code, description_fr from project where code like 'DIAG-MA-INE-01-HEALTH_COVERAGE-24%'")
			.query().singleRow();
		assertThat(((Number) project.get("program_id")).longValue()).isEqualTo(program);
		assertThat(project.get("status")).isEqualTo("PROGRAMMED");
		assertThat(project.get("sector_code")).isEqualTo("HEALTH");
		// 94.5 % against the target of 100 %: a gap of 5.5 points, 5.5 % of the target, written the French way.
		assertThat((String) project.get("description_fr")).startsWith("Proposé depuis le diagnostic territorial")
			.contains("94,5 % pour 100 (cible), déficit 5,5 (5,5 %)");
		// It is listed among the program's projects.
		mvc.perform(get("/projects").param("program", String.valueOf(program)).with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DIAG-MA-INE-01-HEALTH_COVERAGE-24")));
		// The planner of Aït Melloul may not place a project in Inezgane's program.
		mvc.perform(post("/indicators/HEALTH_COVERAGE/candidate").with(csrf()).with(account(accounts, "planner.aitmelloul"))
			.param("territory", "MA-INE-01").param("year", "2024").param("program", String.valueOf(program))
			.param("titleAr", "س").param("titleFr", "x").param("competence", "SHARED"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from project where code like 'DIAG-MA-INE-01-HEALTH_COVERAGE-24%'").query(Long.class).single())
			.isEqualTo(1);
	}
}

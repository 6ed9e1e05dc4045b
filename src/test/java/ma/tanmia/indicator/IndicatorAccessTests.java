package ma.tanmia.indicator;

import java.nio.charset.StandardCharsets;

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
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who may submit, validate and import values, and what a refusal leaves behind: nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class IndicatorAccessTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void a_commune_planner_cannot_validate_values_even_of_their_own_commune() throws Exception {
		long id = valueId("HEALTH_COVERAGE", "MA-INE-05", 2024);
		String before = statusOf(id);
		mvc.perform(post("/indicators/values/review").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("id", String.valueOf(id)).param("decision", "validate").param("back", "/indicators/HEALTH_COVERAGE"))
			.andExpect(status().isForbidden())
			.andExpect(content().string(not(containsString("Exception"))));
		assertThat(statusOf(id)).isEqualTo(before).isEqualTo("SUBMITTED");
	}

	@Test
	void a_commune_planner_cannot_enter_a_value_for_another_commune() throws Exception {
		long id = valueId("WATER_ACCESS", "MA-INE-02", 2023);
		var before = jdbc.sql("select value, version from indicator_value where id = :id").param("id", id).query().singleRow();
		mvc.perform(post("/indicators/values").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("indicator", "WATER_ACCESS").param("territory", "MA-INE-02").param("year", "2023")
			.param("value", "12").param("source", "Piraté"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select value, version from indicator_value where id = :id").param("id", id).query().singleRow())
			.isEqualTo(before);
	}

	@Test
	void the_governor_s_office_validates_a_submitted_value_of_its_prefecture_and_the_change_is_audited() throws Exception {
		long id = valueId("ILLITERACY", "MA-INE-06", 2024);
		mvc.perform(post("/indicators/values/review").with(csrf()).with(account(accounts, "governor.inezgane"))
			.param("id", String.valueOf(id)).param("decision", "validate").param("back", "/indicators/ILLITERACY"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("VALIDATED");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where entity_type = 'IndicatorValue' and entity_id = 'ILLITERACY/MA-INE-06/2024'
				  and actor = 'governor.inezgane' and after_state->>'status' = 'VALIDATED'
				""").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void a_rejected_value_shows_the_reason_given_and_its_deficit_leads_to_no_project() throws Exception {
		mvc.perform(post("/indicators/values").with(csrf()).with(account(accounts, "planner.inezgane"))
				.param("indicator", "SANITATION_ACCESS").param("territory", "MA-INE-01").param("year", "2026")
				.param("value", "12").param("source", "Estimation de la commune"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/indicators/SANITATION_ACCESS/targets").with(csrf()).with(account(accounts, "planner.inezgane"))
				.param("territory", "MA-INE-01").param("year", "2026").param("value", "95").param("back", "/indicators/SANITATION_ACCESS"))
			.andExpect(status().is3xxRedirection());
		long id = valueId("SANITATION_ACCESS", "MA-INE-01", 2026);
		mvc.perform(post("/indicators/values/review").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("id", String.valueOf(id)).param("decision", "reject").param("note", "Source non probante : joindre l'enquête")
				.param("back", "/indicators/SANITATION_ACCESS"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("REJECTED");
		// 12 % against a target of 95 %: a deficit of 83 points, but of a value that does not count.
		String page = mvc.perform(get("/indicators/SANITATION_ACCESS").param("territory", "MA-INE").param("year", "2026")
				.param("lang", "fr").with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Source non probante : joindre l&#39;enquête")
			.doesNotContain("/indicators/SANITATION_ACCESS/candidate?territory=MA-INE-01");
		mvc.perform(get("/indicators/SANITATION_ACCESS/candidate").param("territory", "MA-INE-01").param("year", "2026")
				.with(account(accounts, "planner.inezgane")))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_catalogue_lists_the_levels_of_each_indicator_and_exports_to_excel() throws Exception {
		mvc.perform(get("/indicators").param("lang", "fr").with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<th scope=\"col\">Niveaux</th>")))
			.andExpect(content().string(containsString("id=\"export-catalogue\"")));
		byte[] body = mvc.perform(get("/indicators/catalogue.xlsx").param("lang", "fr").with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		long indicators = jdbc.sql("select count(*) from indicator").query(Long.class).single();
		try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(body))) {
			var sheet = workbook.getSheetAt(0);
			assertThat(sheet.getLastRowNum()).isEqualTo((int) indicators);
			assertThat(sheet.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Niveaux");
			assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Règle d'agrégation");
		}
	}

	@Test
	void the_value_form_offers_the_units_the_person_may_enter_values_for() throws Exception {
		String commune = mvc.perform(get("/indicators/values/new").with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(commune).contains("<option value=\"MA-INE-01\">").doesNotContain("<option value=\"MA-INE-02\">");
		String prefecture = mvc.perform(get("/indicators/values/new").with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(prefecture).contains("<option value=\"MA-INE-01\">", "<option value=\"MA-INE-06\">")
			.doesNotContain("<option value=\"MA-AGD-01\">");
	}

	@Test
	void the_governor_s_office_finds_every_value_awaiting_its_validation_in_one_list_and_validates_from_it() throws Exception {
		mvc.perform(post("/indicators/values").with(csrf()).with(account(accounts, "planner.inezgane"))
				.param("indicator", "HOUSEHOLDS").param("territory", "MA-INE-01").param("year", "2027")
				.param("value", "31000").param("source", "Recensement communal"))
			.andExpect(status().is3xxRedirection());
		long id = valueId("HOUSEHOLDS", "MA-INE-01", 2027);
		long inScope = jdbc.sql("select count(*) from indicator_value where status = 'SUBMITTED' and territory_path like '/MA/MA-09/MA-INE/%'")
			.query(Long.class).single();
		String list = mvc.perform(get("/indicators/pending").param("lang", "fr").with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// Newest first: the value just entered heads the list, which counts every submitted value of the prefecture.
		assertThat(list).contains("(" + inScope + ")");
		assertThat(list.indexOf("data-value=\"")).isPositive().isEqualTo(list.indexOf("data-value=\"" + id + "\""));
		assertThat(list).doesNotContain("MA-AGD-").contains("data-select-all", "/js/indicator-review.js");
		mvc.perform(post("/indicators/values/review").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("id", String.valueOf(id)).param("decision", "validate").param("back", "/indicators/pending"))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo("VALIDATED");
		mvc.perform(get("/indicators/pending").with(account(accounts, "governor.inezgane")))
			.andExpect(content().string(not(containsString("data-value=\"" + id + "\""))));
		// A commune's planner validates nothing: no list for them.
		mvc.perform(get("/indicators/pending").with(account(accounts, "planner.inezgane")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/indicators").with(account(accounts, "planner.inezgane")))
			.andExpect(content().string(not(containsString("id=\"pending-values\""))));
	}

	@Test
	void a_planner_s_value_for_their_commune_is_recorded_as_submitted_and_does_not_count_until_validated() throws Exception {
		mvc.perform(post("/indicators/values").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("indicator", "WASTE_COLLECTION").param("territory", "MA-INE-01").param("year", "2025")
			.param("value", "97.5").param("source", "Commune d'Inezgane"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("""
				select v.status from indicator_value v join indicator i on i.id = v.indicator_id
				where i.code = 'WASTE_COLLECTION' and v.territory_code = 'MA-INE-01' and v.year = 2025
				""").query(String.class).single()).isEqualTo("SUBMITTED");
	}

	@Test
	void an_import_with_one_bad_row_is_refused_whole_with_located_reasons_and_changes_nothing() throws Exception {
		long before = jdbc.sql("select count(*) from indicator_value").query(Long.class).single();
		String csv = """
				indicator,territory,year,value,source
				UNEMPLOYMENT,MA-INE-01,2025,14.2,HCP
				UNEMPLOYMENT,MA-INE-02,2025,13.0,HCP
				UNEMPLOYMENT,MA-INE-01,2025,abc,HCP
				NOPE,MA-INE-01,2025,3,HCP
				WATER_ACCESS,MA-INE-01,2025,140,ONEE
				""";
		mvc.perform(multipart("/indicators/import")
			.file(new MockMultipartFile("file", "valeurs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.with(csrf()).with(account(accounts, "planner.inezgane")).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-problems\"")))
			// Row 3: Aït Melloul lies outside the planner of Inezgane's scope.
			.andExpect(content().string(containsString("Le territoire MA-INE-02 est hors de votre périmètre.")))
			.andExpect(content().string(containsString("« abc » n&#39;est pas un nombre.")))
			.andExpect(content().string(containsString("Indicateur inconnu : « NOPE ».")))
			.andExpect(content().string(containsString("Un pourcentage doit être compris entre 0 et 100, pas 140.")));
		assertThat(jdbc.sql("select count(*) from indicator_value").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void a_clean_import_records_every_row_and_importing_it_again_changes_nothing() throws Exception {
		String csv = "indicateur;territoire;année;valeur;source\nUNEMPLOYMENT;MA-INE-01;2026;14,2;HCP\nYOUTH_UNEMPLOYMENT;MA-INE-01;2026;28;HCP\n";
		MockMultipartFile file = new MockMultipartFile("file", "valeurs.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/indicators/import").file(file).with(csrf()).with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"import-result\"")));
		assertThat(jdbc.sql("select value from indicator_value where territory_code = 'MA-INE-01' and year = 2026 and indicator_id = (select id from indicator where code = 'UNEMPLOYMENT')")
			.query(Double.class).single()).isEqualTo(14.2);
		long audited = jdbc.sql("select count(*) from audit_entry where entity_type = 'IndicatorValue'").query(Long.class).single();
		mvc.perform(multipart("/indicators/import").file(file).with(csrf()).with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'IndicatorValue'").query(Long.class).single())
			.isEqualTo(audited);
	}

	@Test
	void only_an_administrator_defines_indicators() throws Exception {
		mvc.perform(post("/indicators").with(csrf()).with(account(accounts, "planner.region"))
			.param("code", "X_TEST").param("nameAr", "س").param("nameFr", "x").param("unit", "%").param("domain", "HEALTH")
			.param("polarity", "HIGHER_IS_BETTER").param("source", "s").param("levels", "COMMUNE").param("aggregation", "SUM"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from indicator where code = 'X_TEST'").query(Long.class).single()).isZero();
	}

	@Test
	void the_indicator_page_reads_right_to_left_in_arabic_and_left_to_right_in_french() throws Exception {
		mvc.perform(get("/indicators/WATER_ACCESS").param("territory", "MA-INE").param("year", "2024").param("lang", "ar")
			.with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("في انتظار المصادقة")))
			.andExpect(content().string(containsString("id=\"validate\"")));
		mvc.perform(get("/indicators/WATER_ACCESS").param("territory", "MA-INE").param("year", "2024").param("lang", "fr")
			.with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"ltr\"")))
			.andExpect(content().string(containsString("Coefficient de Gini")))
			.andExpect(content().string(not(containsString("id=\"validate\""))));
		mvc.perform(get("/indicators").with(account(accounts, "citizen.demo"))).andExpect(status().isOk());
	}

	@Test
	void a_value_changed_meanwhile_is_not_overwritten_by_a_form_opened_before() throws Exception {
		long id = valueId("FEMALE_ACTIVITY", "MA-INE-01", 2023);
		long opened = jdbc.sql("select version from indicator_value where id = :id").param("id", id).query(Long.class).single();
		mvc.perform(get("/indicators/values/new").param("indicator", "FEMALE_ACTIVITY").param("territory", "MA-INE-01")
			.param("year", "2023").with(account(accounts, "planner.inezgane")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + opened + "\"")));
		mvc.perform(post("/indicators/values").with(csrf()).with(account(accounts, "governor.inezgane"))
			.param("indicator", "FEMALE_ACTIVITY").param("territory", "MA-INE-01").param("year", "2023")
			.param("value", "30").param("source", "HCP").param("version", String.valueOf(opened)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/indicators/values").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("indicator", "FEMALE_ACTIVITY").param("territory", "MA-INE-01").param("year", "2023")
			.param("value", "25").param("source", "Commune").param("version", String.valueOf(opened)).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Quelqu&#39;un d&#39;autre a modifié ces données entre-temps.")));
		assertThat(jdbc.sql("select value from indicator_value where id = :id").param("id", id).query(Double.class).single())
			.isEqualTo(30.0);
	}

	@Test
	void the_governor_s_office_sets_a_commune_s_target_from_the_indicator_page_and_a_commune_planner_only_for_their_commune() throws Exception {
		String governorPage = mvc.perform(get("/indicators/SCHOOL_DROPOUT").param("territory", "MA-INE").param("year", "2023")
				.with(account(accounts, "governor.inezgane")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		// The target form offers the prefecture's six communes to its governor's office.
		assertThat(governorPage).contains("id=\"target-title\"", "<option value=\"MA-INE-05\">", "<option value=\"MA-INE-01\">");
		mvc.perform(post("/indicators/SCHOOL_DROPOUT/targets").with(csrf()).with(account(accounts, "governor.inezgane"))
				.param("territory", "MA-INE-05").param("year", "2023").param("value", "1.5")
				.param("back", "/indicators/SCHOOL_DROPOUT?territory=MA-INE&year=2023"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/v1/indicators/SCHOOL_DROPOUT/values").param("territory", "MA-INE-05").param("year", "2023")
				.with(account(accounts, "governor.inezgane")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.values[0].goal").value(1.5))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.values[0].goalKind").value("TARGET"));
		// A commune's planner is offered their own commune only, and refused another's.
		String plannerPage = mvc.perform(get("/indicators/SCHOOL_DROPOUT").param("territory", "MA-INE").param("year", "2023")
				.with(account(accounts, "planner.inezgane")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String form = plannerPage.substring(plannerPage.indexOf("id=\"target-unit\""));
		form = form.substring(0, form.indexOf("</select>"));
		assertThat(form).contains("value=\"MA-INE-01\"").doesNotContain("value=\"MA-INE-02\"");
		mvc.perform(post("/indicators/SCHOOL_DROPOUT/targets").with(csrf()).with(account(accounts, "planner.inezgane"))
				.param("territory", "MA-INE-02").param("year", "2023").param("value", "0")
				.param("back", "/indicators/SCHOOL_DROPOUT"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from indicator_target t join indicator i on i.id = t.indicator_id"
				+ " where i.code = 'SCHOOL_DROPOUT' and t.territory_code = 'MA-INE-02' and t.year = 2023 and t.value = 0")
			.query(Long.class).single()).isZero();
	}

	@Test
	void a_regional_reference_set_by_the_region_s_planner_becomes_the_goal_of_its_communes_and_a_commune_planner_cannot_set_it() throws Exception {
		mvc.perform(post("/indicators/YOUTH_UNEMPLOYMENT/references").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("territory", "MA-09").param("year", "2022").param("value", "1").param("source", "x").param("back", "/indicators/X"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/indicators/YOUTH_UNEMPLOYMENT/references").with(csrf()).with(account(accounts, "planner.region"))
			.param("territory", "MA-09").param("year", "2022").param("value", "24.5").param("source", "HCP, région")
			.param("back", "/indicators/YOUTH_UNEMPLOYMENT"))
			.andExpect(status().is3xxRedirection());
		// The region's reference is more specific than the national one the demonstration data set.
		mvc.perform(get("/api/v1/indicators/YOUTH_UNEMPLOYMENT/values").param("territory", "MA-AGD").param("year", "2022")
			.with(account(accounts, "planner.region")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.values[0].goal").value(24.5))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.values[0].goalKind").value("REFERENCE"));
	}

	@Test
	void an_administrator_correcting_a_definition_changed_meanwhile_is_told_and_nothing_is_overwritten() throws Exception {
		long version = jdbc.sql("select version from indicator where code = 'VULNERABILITY'").query(Long.class).single();
		mvc.perform(get("/indicators/VULNERABILITY/edit").with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\" value=\"" + version + "\"")));
		mvc.perform(post("/indicators/VULNERABILITY").with(csrf()).with(account(accounts, "admin"))
			.param("nameAr", "معدل الهشاشة").param("nameFr", "Taux de vulnérabilité (HCP)").param("unit", "%")
			.param("domain", "POVERTY").param("polarity", "LOWER_IS_BETTER").param("source", "HCP")
			.param("levels", "COMMUNE", "PROVINCE", "PREFECTURE", "REGION").param("aggregation", "POPULATION_WEIGHTED_MEAN")
			.param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/indicators/VULNERABILITY").with(csrf()).with(account(accounts, "admin"))
			.param("nameAr", "س").param("nameFr", "Ancienne lecture").param("unit", "%")
			.param("domain", "POVERTY").param("polarity", "LOWER_IS_BETTER").param("source", "HCP")
			.param("levels", "COMMUNE").param("aggregation", "POPULATION_WEIGHTED_MEAN")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"definition-refused\"")));
		assertThat(jdbc.sql("select name_fr from indicator where code = 'VULNERABILITY'").query(String.class).single())
			.isEqualTo("Taux de vulnérabilité (HCP)");
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'Indicator' and entity_id = 'VULNERABILITY' and action = 'UPDATE'")
			.query(Long.class).single()).isEqualTo(1);
	}

	private long valueId(String indicator, String unit, int year) {
		return jdbc.sql("""
				select v.id from indicator_value v join indicator i on i.id = v.indicator_id
				where i.code = :i and v.territory_code = :u and v.year = :y
				""").param("i", indicator).param("u", unit).param("y", year).query(Long.class).single();
	}

	private String statusOf(long id) {
		return jdbc.sql("select status from indicator_value where id = :id").param("id", id).query(String.class).single();
	}
}

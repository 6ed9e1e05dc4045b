package ma.tanmia.territory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class TerritoryImportTests {

	static final String HEADER = "code,parent_code,level,commune_kind,name_ar,name_fr,population_2014,latitude,longitude\n";

	@Autowired
	TerritoryImport territoryImport;
	@Autowired
	Territories territories;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;

	@Test
	void the_shipped_reference_data_holds_the_twelve_regions_and_souss_massa_with_brief_figures() {
		assertThat(territories.children("MA", 0, 50, java.util.Locale.FRENCH).getTotalElements()).isEqualTo(12);
		Territory taroudant = territories.find("MA-TAR").orElseThrow();
		assertThat(taroudant.declaredCommunes()).isEqualTo(89);
		assertThat(taroudant.population(2014).inhabitants()).isEqualTo(838_820);
		assertThat(territories.find("MA-TIZ").orElseThrow().population(2014).estimated()).isTrue();
		assertThat(territories.find("MA-09").orElseThrow().population(2024).inhabitants()).isEqualTo(3_020_431);
		assertThat(territories.countInSubtree("MA-INE", TerritoryLevel.COMMUNE)).isEqualTo(6);
		assertThat(territories.countInSubtree("MA-AGD", TerritoryLevel.COMMUNE)).isEqualTo(13);
		assertThat(territories.find("MA-AGD-12").orElseThrow().populations())
			.as("Tamri's population is not known: left empty, not invented").isEmpty();
	}

	@Test
	void a_valid_file_creates_communes_under_known_and_new_parents_in_any_row_order() {
		var result = territoryImport.importCsv(csv(HEADER
				+ "IMP-OK-02,IMP-OK-P,COMMUNE,RURAL,جماعة ب,Commune B,1 200,,\n"
				+ "IMP-OK-P,MA-09,PROVINCE,,إقليم تجريبي,Province test,,,\n"
				+ "IMP-OK-01,MA-CHT,COMMUNE,URBAN,جماعة أ,Commune A,~35000,30.21,-9.37\n"), "ok.csv");

		assertThat(result.created()).isEqualTo(3);
		Territory b = territories.find("IMP-OK-02").orElseThrow();
		assertThat(b.path()).isEqualTo("/MA/MA-09/IMP-OK-P/IMP-OK-02/");
		assertThat(b.population(2014).inhabitants()).isEqualTo(1200);
		assertThat(territories.find("IMP-OK-01").orElseThrow().population(2014).estimated()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'TerritorialUnit' and entity_id like 'IMP-OK-%'")
			.query(Long.class).single()).isEqualTo(3);
	}

	@Test
	void a_bad_file_is_refused_whole_with_every_problem_located_and_the_database_unchanged() {
		Map<String, Object> before = databaseFingerprint();

		String file = HEADER
				+ "IMP-BAD-01,MA-INE,COMMUNE,RURAL,جماعة,Commune fine,100,,\n"  // valid on its own
				+ "IMP-BAD-02,NOWHERE,COMMUNE,RURAL,جماعة,Commune,100,,\n"      // unknown parent
				+ "IMP-BAD-01,MA-INE,COMMUNE,RURAL,جماعة,Duplicate,100,,\n"     // duplicate code
				+ "IMP-BAD-03,MA-INE,COMMUNE,RURAL,جماعة,Commune,douze,,\n"     // bad number
				+ "IMP-BAD-04,MA-INE,COMMUNE,RURAL,جماعة,Commune,-5,45.2,\n"    // negative, latitude off
				+ "IMP-BAD-05,IMP-BAD-06,PROVINCE,,إقليم,Loop A,,,\n"            // cycle A -> B -> A
				+ "IMP-BAD-06,IMP-BAD-05,PROVINCE,,إقليم,Loop B,,,\n"
				+ "IMP-BAD-07,MA-09,COMMUNE,RURAL,جماعة,Commune under region,,,\n" // wrong parent level
				+ "IMP-BAD-08,MA-INE,COMMUNE,,,Commune,,,\n";                   // kind and Arabic name missing

		assertThatThrownBy(() -> territoryImport.importCsv(csv(file), "bad.csv"))
			.isInstanceOfSatisfying(TerritoryImportRejected.class, rejected -> {
				List<String> located = rejected.problems().stream()
					.map(p -> p.row() + ":" + p.column() + ":" + p.messageKey())
					.toList();
				assertThat(located).contains("3:parent_code:import.error.parent.unknown",
						"4:code:import.error.code.duplicate", "5:population_2014:import.error.number.integer",
						"6:population_2014:import.error.number.negative", "6:latitude:import.error.number.range",
						"9:parent_code:import.error.parent.level", "10:commune_kind:import.error.kind.required",
						"10:name_ar:import.error.required");
			});
		assertThat(databaseFingerprint()).isEqualTo(before);
		assertThat(territories.exists("IMP-BAD-01")).as("the valid row is not written either").isFalse();
	}

	@Test
	void a_cycle_between_new_units_is_refused() {
		String file = HEADER + "IMP-CYC-A,IMP-CYC-B,PROVINCE,,أ,A,,,\nIMP-CYC-B,IMP-CYC-A,PROVINCE,,ب,B,,,\n";
		// Provinces under provinces are refused by level too; the cycle check must still name the loop.
		String regions = "code,parent_code,level,name_ar,name_fr\nIMP-CYC-R1,IMP-CYC-R2,REGION,أ,A\nIMP-CYC-R2,IMP-CYC-R1,REGION,ب,B\n";
		assertThatThrownBy(() -> territoryImport.importCsv(csv(file), "cycle.csv"))
			.isInstanceOf(TerritoryImportRejected.class);
		assertThatThrownBy(() -> territoryImport.importCsv(csv(regions), "cycle-regions.csv"))
			.isInstanceOfSatisfying(TerritoryImportRejected.class, rejected -> assertThat(rejected.problems())
				.extracting(ImportProblem::messageKey)
				.containsAnyOf("import.error.cycle", "import.error.parent.level"));
	}

	@Test
	void moving_a_province_under_its_own_commune_is_a_cycle() {
		String file = "code,parent_code,level,commune_kind,name_ar,name_fr\n"
				+ "MA-INE,MA-INE-01,PREFECTURE,,عمالة إنزكان أيت ملول,Inezgane-Aït Melloul\n";
		assertThatThrownBy(() -> territoryImport.importCsv(csv(file), "move.csv"))
			.isInstanceOfSatisfying(TerritoryImportRejected.class, rejected -> assertThat(rejected.problems())
				.extracting(ImportProblem::messageKey)
				.containsAnyOf("import.error.cycle", "import.error.parent.level"));
		assertThat(territories.find("MA-INE").orElseThrow().path()).isEqualTo("/MA/MA-09/MA-INE/");
	}

	@Test
	void a_semicolon_file_saved_by_excel_with_a_bom_is_read() {
		var result = territoryImport.importCsv(csv("\uFEFFcode;parent_code;level;commune_kind;name_ar;name_fr\n"
				+ "IMP-SEMI-01;MA-TAT;COMMUNE;RURAL;جماعة;Commune \"point-virgule\"\n"), "excel.csv");
		assertThat(result.created()).isEqualTo(1);
	}

	@Test
	void a_file_that_is_not_utf8_is_refused_with_a_clear_reason() {
		byte[] latin1 = (HEADER + "IMP-ENC-01,MA-TAT,COMMUNE,RURAL,x,Tafraoute Sidi Ali é,,,\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> territoryImport.importCsv(new ByteArrayInputStream(latin1), "latin1.csv"))
			.isInstanceOfSatisfying(TerritoryImportRejected.class, rejected -> assertThat(rejected.problems())
				.extracting(ImportProblem::messageKey).containsExactly("import.error.file.encoding"));
	}

	@Test
	void the_import_page_lists_problems_with_file_row_column_and_reason_in_the_readers_language() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "communes.csv", "text/csv",
				(HEADER + "IMP-WEB-01,NOWHERE,COMMUNE,RURAL,جماعة,Commune,12,,\n").getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/territories/import").file(file).param("lang", "fr").with(csrf())
			.with(account(accounts, "admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("unité parente « NOWHERE »")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("ni dans Tanmia ni dans le fichier")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("communes.csv")));
		mvc.perform(multipart("/territories/import").file(file).with(csrf()).with(account(accounts, "admin")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("الوحدة الأم «NOWHERE» غير موجودة")));
		assertThat(territories.exists("IMP-WEB-01")).isFalse();
	}

	@Test
	void only_an_administrator_may_import_territories() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "communes.csv", "text/csv",
				(HEADER + "IMP-PLN-01,MA-INE,COMMUNE,RURAL,جماعة,Commune,12,,\n").getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/territories/import").file(file).with(csrf()).with(account(accounts, "planner.region")))
			.andExpect(status().isForbidden());
		assertThat(territories.exists("IMP-PLN-01")).isFalse();
	}

	private Map<String, Object> databaseFingerprint() {
		return jdbc.sql("""
				select (select count(*) from territorial_unit) as units,
				       (select coalesce(sum(version), 0) from territorial_unit) as versions,
				       (select md5(string_agg(code || path || name_fr, ',' order by code)) from territorial_unit) as digest,
				       (select count(*) from territorial_unit_population) as populations,
				       (select count(*) from audit_entry) as audit
				""").query().singleRow();
	}

	private static ByteArrayInputStream csv(String content) {
		return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
	}
}

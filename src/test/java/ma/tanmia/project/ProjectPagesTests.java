package ma.tanmia.project;

import java.math.BigDecimal;
import java.util.List;

import ma.tanmia.program.Program;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectPagesTests {

	@Autowired
	ProjectFixtures fixtures;
	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ma.tanmia.program.Programs programs;

	Program taghazout;
	Program tadrart;

	@BeforeAll
	void twoCommunes() {
		taghazout = fixtures.pac("MA-AGD-07");
		tadrart = fixtures.pac("MA-AGD-08");
		fixtures.project(tadrart, "PG-TAD-1", "إصلاح الطريق المؤدية إلى المدرسة", "Réfection de la route de l'école",
				"ROADS", 3_000_000, List.of());
	}

	@Test
	void a_planner_registers_a_project_in_their_communes_program_and_it_is_audited() throws Exception {
		mvc.perform(post("/projects").with(csrf()).with(account(accounts, "planner.ma-agd-07"))
			.param("programId", String.valueOf(taghazout.id())).param("code", "PG-TAG-1")
			.param("titleAr", "تهيئة الكورنيش").param("titleFr", "Aménagement de la corniche").param("sectorCode", "URBAN")
			.param("competence", "OWN").param("territoryCode", "MA-AGD-07").param("cost", "12500000")
			.param("plannedStart", "2018-01-01").param("plannedEnd", "2020-06-30")
			.param("funding[0].sourceCode", "COMMUNE").param("funding[0].year", "2018").param("funding[0].amount", "2500000")
			.param("funding[1].sourceCode", "REGION").param("funding[1].year", "2019").param("funding[1].amount", "10000000"))
			.andExpect(redirectedUrl("/projects/PG-TAG-1"));

		mvc.perform(get("/projects/PG-TAG-1").param("lang", "fr").with(account(accounts, "planner.ma-agd-07")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aménagement de la corniche"), containsString("12\u00a0500\u00a0000,00\u00a0MAD"),
					containsString("id=\"edit-project\""), containsString("id=\"funding-table\""))));
		assertThat(jdbc.sql("select actor from audit_entry where entity_type = 'Project' and entity_id = 'PG-TAG-1' and action = 'CREATE'")
			.query(String.class).single()).isEqualTo("planner.ma-agd-07");
	}

	@Test
	void a_planner_can_neither_see_nor_change_another_communes_projects() throws Exception {
		mvc.perform(get("/projects/PG-TAD-1").with(account(accounts, "planner.ma-agd-07"))).andExpect(status().isForbidden());
		mvc.perform(get("/projects/new").param("program", String.valueOf(tadrart.id())).with(account(accounts, "planner.ma-agd-07")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/projects/PG-TAD-1/progress").with(csrf()).with(account(accounts, "planner.ma-agd-07"))
			.param("version", "1").param("status", "COMPLETED").param("physicalProgress", "100").param("recordedOn", "2020-01-01"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/projects").param("q", "المدرسة").with(account(accounts, "planner.ma-agd-07")))
			.andExpect(content().string(not(containsString("PG-TAD-1"))));
		assertThat(jdbc.sql("select status from project where code = 'PG-TAD-1'").query(String.class).single())
			.isEqualTo("PROGRAMMED");
		mvc.perform(get("/projects/PG-TAD-1").with(account(accounts, "admin"))).andExpect(status().isOk());
	}

	@Test
	void a_long_list_is_paged_and_the_next_page_keeps_the_filters() throws Exception {
		for (int i = 1; i <= 55; i++) {
			fixtures.project(taghazout, "PG-TAG-%02d".formatted(i), "مشروع تجريبي " + i, "Projet d'essai " + i, "ROADS",
					100_000, List.of());
		}
		// 55 projects and those other tests register in Taghazout, 50 a page: two pages.
		String first = mvc.perform(get("/projects").param("territory", "MA-AGD-07").param("sector", "ROADS")
			.cookie(BulkUpdateTests.FRENCH).with(account(accounts, "planner.ma-agd-07")))
			.andExpect(content().string(containsString("Page 1 sur 2")))
			.andReturn().getResponse().getContentAsString();
		String next = java.util.regex.Pattern.compile("href=\"([^\"]*page=1)\"").matcher(first).results()
			.map(m -> m.group(1).replace("&amp;", "&")).findFirst().orElseThrow();
		assertThat(next).startsWith("/projects?").contains("territory=MA-AGD-07", "sector=ROADS");
		mvc.perform(get(next).cookie(BulkUpdateTests.FRENCH).with(account(accounts, "planner.ma-agd-07")))
			.andExpect(content().string(containsString("Page 2 sur 2")))
			.andExpect(content().string(containsString(">PG-TAG-55<")))
			.andExpect(content().string(not(containsString(">PG-TAG-01<"))));
	}

	@Test
	void a_prefectures_list_goes_commune_by_commune_and_keeps_only_the_chosen_mandates_projects() throws Exception {
		Program next = fixtures.program("TEST-PDP-AGD-ORDER", ma.tanmia.program.ProgramKind.PDP, "2022-2027", "MA-AGD");
		// Code order would put PG-ORD-A (Tadrart, MA-AGD-08) before PG-ORD-Z (Taghazout, MA-AGD-07).
		fixtures.project(tadrart, "PG-ORD-A", "مشروع الترتيب أ", "Projet ordre A", "ROADS", 100_000, List.of());
		fixtures.project(taghazout, "PG-ORD-Z", "مشروع الترتيب ي", "Projet ordre Z", "ROADS", 100_000, List.of());
		fixtures.project(next, "PG-ORD-M", "مشروع الترتيب م", "Projet ordre M", "ROADS", 100_000, List.of());

		String page = mvc.perform(get("/projects").param("territory", "MA-AGD").param("mandate", "2016-2021")
			.param("q", "ordre").with(account(accounts, "admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(">PG-ORD-Z<", ">PG-ORD-A<").doesNotContain(">PG-ORD-M<");
		assertThat(page.indexOf(">PG-ORD-Z<")).isLessThan(page.indexOf(">PG-ORD-A<"));

		String byCode = mvc.perform(get("/projects").param("territory", "MA-AGD").param("q", "ordre").param("order", "CODE")
			.with(account(accounts, "admin")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(byCode).contains(">PG-ORD-M<");
		assertThat(byCode.indexOf(">PG-ORD-A<")).isLessThan(byCode.indexOf(">PG-ORD-M<"));
		assertThat(byCode.indexOf(">PG-ORD-M<")).isLessThan(byCode.indexOf(">PG-ORD-Z<"));
	}

	@Test
	void a_long_program_choice_leaves_out_the_communes_programs_but_keeps_the_chosen_one() {
		java.util.function.Function<Long, ma.tanmia.program.Programs.Choices> choices = kept -> ma.tanmia.RunAs.account(
				accounts, "admin", () -> programs.choices("2016-2021", "/MA/MA-09/MA-AGD/", 1, kept));
		ma.tanmia.program.Programs.Choices wide = ma.tanmia.RunAs.account(accounts, "admin",
				() -> programs.choices("2016-2021", "/MA/MA-09/MA-AGD/", 1000, null));
		assertThat(wide.narrowed()).isFalse();
		assertThat(wide.programs()).extracting(Program::id).contains(taghazout.id(), tadrart.id());

		ma.tanmia.program.Programs.Choices narrowed = choices.apply(null);
		assertThat(narrowed.narrowed()).isTrue();
		assertThat(narrowed.programs()).extracting(Program::kind).doesNotContain(ma.tanmia.program.ProgramKind.PAC);
		assertThat(choices.apply(tadrart.id()).programs()).extracting(Program::id)
			.contains(tadrart.id()).doesNotContain(taghazout.id());
	}

	@Test
	void search_finds_arabic_words_whatever_their_hamza_and_ta_marbuta_spelling() throws Exception {
		for (String typed : new String[] { "المودية", "الطريق المدرسه", "اصلاح", "Refection ecole" }) {
			mvc.perform(get("/projects").param("q", typed).with(account(accounts, "planner.ma-agd-08")))
				.andExpect(content().string(containsString(">PG-TAD-1<")));
		}
		mvc.perform(get("/projects").param("q", "مستشفى").with(account(accounts, "planner.ma-agd-08")))
			.andExpect(content().string(not(containsString(">PG-TAD-1<"))));
	}

	@Test
	void the_second_of_two_editors_gets_a_conflict_showing_both_versions_and_nothing_is_overwritten() throws Exception {
		fixtures.project(tadrart, "PG-TAD-2", "إنارة عمومية", "Éclairage public", "URBAN", 900_000, List.of());
		long version = jdbc.sql("select version from project where code = 'PG-TAD-2'").query(Long.class).single();
		String[] common = { "programId", String.valueOf(tadrart.id()), "code", "PG-TAD-2", "titleAr", "إنارة عمومية",
				"sectorCode", "URBAN", "competence", "OWN", "territoryCode", "MA-AGD-08", "version", String.valueOf(version) };
		var first = post("/projects/PG-TAD-2").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("titleFr", "Éclairage public (premier)").param("cost", "950000");
		var second = post("/projects/PG-TAD-2").param("lang", "fr").with(csrf()).with(account(accounts, "admin"))
			.param("titleFr", "Éclairage public (second)").param("cost", "990000");
		for (int i = 0; i < common.length; i += 2) {
			first.param(common[i], common[i + 1]);
			second.param(common[i], common[i + 1]);
		}
		mvc.perform(first).andExpect(redirectedUrl("/projects/PG-TAD-2"));
		mvc.perform(second)
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"conflict\""), containsString("Éclairage public (premier)"),
					containsString("Éclairage public (second)"))));
		assertThat(jdbc.sql("select cost from project where code = 'PG-TAD-2'").query(BigDecimal.class).single())
			.isEqualByComparingTo("950000");
	}

	@Test
	void inconsistent_progress_is_refused_with_a_reason_and_changes_nothing() throws Exception {
		fixtures.project(tadrart, "PG-TAD-3", "مركز صحي", "Centre de santé", "HEALTH", 4_000_000, List.of());
		long version = jdbc.sql("select version from project where code = 'PG-TAD-3'").query(Long.class).single();
		mvc.perform(post("/projects/PG-TAD-3/progress").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("version", String.valueOf(version)).param("status", "COMPLETED").param("physicalProgress", "60")
			.param("recordedOn", "2020-03-01"))
			.andExpect(flash().attribute("error", "project.progress.completed"));
		assertThat(jdbc.sql("select status || ' ' || physical_progress from project where code = 'PG-TAD-3'")
			.query(String.class).single()).isEqualTo("PROGRAMMED 0.00");
		assertThat(jdbc.sql("select count(*) from project_progress p join project j on j.id = p.project_id where j.code = 'PG-TAD-3'")
			.query(Long.class).single()).isZero();

		mvc.perform(post("/projects/PG-TAD-3/progress").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("version", String.valueOf(version)).param("status", "IN_PROGRESS").param("physicalProgress", "35")
			.param("recordedOn", "2020-03-01").param("comment", "Gros œuvre achevé"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(get("/projects/PG-TAD-3").param("lang", "fr").with(account(accounts, "planner.ma-agd-08")))
			.andExpect(content().string(allOf(containsString("Gros œuvre achevé"), containsString("35\u00a0%"))));
	}

	@Test
	void a_project_must_lie_within_its_programs_collectivity() throws Exception {
		mvc.perform(post("/projects").param("lang", "fr").with(csrf()).with(account(accounts, "admin"))
			.param("programId", String.valueOf(taghazout.id())).param("code", "PG-TAG-OUT")
			.param("titleAr", "مشروع").param("titleFr", "Projet ailleurs").param("sectorCode", "URBAN")
			.param("competence", "OWN").param("territoryCode", "MA-INE-01").param("cost", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("La valeur doit être au moins 0")));
		mvc.perform(post("/projects").param("lang", "fr").with(csrf()).with(account(accounts, "admin"))
			.param("programId", String.valueOf(taghazout.id())).param("code", "PG-TAG-OUT")
			.param("titleAr", "مشروع").param("titleFr", "Projet ailleurs").param("sectorCode", "URBAN")
			.param("competence", "OWN").param("territoryCode", "MA-INE-01").param("cost", "5000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("hors du territoire de la collectivité du programme")));
		assertThat(jdbc.sql("select count(*) from project where code = 'PG-TAG-OUT'").query(Long.class).single()).isZero();
	}

	@Test
	void a_photo_sent_with_a_progress_report_is_kept_and_shown_only_to_those_who_see_the_project() throws Exception {
		fixtures.project(tadrart, "PG-TAD-4", "ملعب القرب", "Terrain de proximité", "SPORT_YOUTH", 1_500_000, List.of());
		long version = jdbc.sql("select version from project where code = 'PG-TAD-4'").query(Long.class).single();
		byte[] png = java.util.Base64.getDecoder().decode(
				"iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/projects/PG-TAD-4/progress")
			.file(new org.springframework.mock.web.MockMultipartFile("photo", "chantier.png", "image/png", png))
			.with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("version", String.valueOf(version)).param("status", "IN_PROGRESS").param("physicalProgress", "20")
			.param("recordedOn", "2020-05-01"))
			.andExpect(flash().attribute("saved", true));
		long id = jdbc.sql("select d.id from project_document d join project p on p.id = d.project_id where p.code = 'PG-TAD-4'")
			.query(Long.class).single();
		assertThat(jdbc.sql("select progress_id is not null from project_document where id = :id").param("id", id)
			.query(Boolean.class).single()).as("attached to the progress report").isTrue();
		mvc.perform(get("/projects/PG-TAD-4/documents/" + id).with(account(accounts, "planner.ma-agd-08")))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(content().bytes(png));
		mvc.perform(get("/projects/PG-TAD-4/documents/" + id).with(account(accounts, "planner.ma-agd-07")))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/projects/PG-TAD-4/documents")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "virus.exe", "application/x-msdownload", png))
			.with(csrf()).with(account(accounts, "planner.ma-agd-08")))
			.andExpect(flash().attribute("error", "project.document.type"));
	}

	@Test
	void actions_are_added_and_marked_done_by_the_planner() throws Exception {
		fixtures.project(tadrart, "PG-TAD-5", "سوق نموذجي", "Souk modèle", "ECONOMY", 6_000_000, List.of());
		mvc.perform(post("/projects/PG-TAD-5/actions").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("titleAr", "اقتناء العقار").param("titleFr", "Acquisition du terrain").param("plannedEnd", "2018-06-30"))
			.andExpect(flash().attribute("saved", true));
		long id = jdbc.sql("select a.id from project_action a join project p on p.id = a.project_id where p.code = 'PG-TAD-5'")
			.query(Long.class).single();
		mvc.perform(post("/projects/PG-TAD-5/actions/" + id + "/done").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("doneOn", "2018-05-15"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(get("/projects/PG-TAD-5").param("lang", "fr").with(account(accounts, "planner.ma-agd-08")))
			.andExpect(content().string(allOf(containsString("Acquisition du terrain"), containsString("fait le 15 mai 2018"))));
	}

	@Test
	void an_unfinished_project_is_carried_into_the_next_mandate_linked_with_what_remains_to_do() throws Exception {
		fixtures.program("TEST-PAC-MA-AGD-08-2022", ma.tanmia.program.ProgramKind.PAC, "2022-2027", "MA-AGD-08");
		fixtures.project(tadrart, "PG-TAD-6", "قناة تصريف مياه الأمطار", "Canal d'évacuation des eaux pluviales",
				"SANITATION", 2_000_000, List.of());
		fixtures.progress("PG-TAD-6", ProjectStatus.BLOCKED, 40, java.time.LocalDate.of(2021, 6, 1));
		long target = jdbc.sql("select id from program where code = 'TEST-PAC-MA-AGD-08-2022'").query(Long.class).single();

		mvc.perform(post("/projects/PG-TAD-6/carry-over").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("program", String.valueOf(target)))
			.andExpect(redirectedUrl("/projects/PG-TAD-6-2022"));
		var carried = jdbc.sql("""
				select n.cost, n.status, o.code as previous from project n join project o on o.id = n.carried_from
				where n.code = 'PG-TAD-6-2022'
				""").query().singleRow();
		assertThat((BigDecimal) carried.get("cost")).isEqualByComparingTo("1200000");
		assertThat(carried.get("status")).isEqualTo("PROGRAMMED");
		assertThat(carried.get("previous")).isEqualTo("PG-TAD-6");
		mvc.perform(get("/projects/PG-TAD-6").param("lang", "fr").with(account(accounts, "planner.ma-agd-08")))
			.andExpect(content().string(containsString("PG-TAD-6-2022")));
		mvc.perform(post("/projects/PG-TAD-6/carry-over").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("program", String.valueOf(target)))
			.andExpect(flash().attribute("error", "project.carry.done"));
	}

	@Test
	void a_communal_project_is_linked_to_an_axis_of_the_prefectures_program_not_to_another_communes() throws Exception {
		Program pdp = fixtures.program("TEST-PDP-AGD", ma.tanmia.program.ProgramKind.PDP, "2016-2021", "MA-AGD");
		long axis = fixtures.axis(pdp, "A2", "Équité territoriale");
		long foreignAxis = fixtures.axis(taghazout, "T1", "Axe d'une autre commune");
		fixtures.project(tadrart, "PG-TAD-7", "مسلك قروي", "Piste rurale", "ROADS", 3_500_000, List.of());

		mvc.perform(post("/projects/PG-TAD-7/contributes-to").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("node", String.valueOf(foreignAxis)))
			.andExpect(flash().attribute("error", "project.contribution.level"));
		mvc.perform(post("/projects/PG-TAD-7/contributes-to").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("node", String.valueOf(axis)))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(get("/projects/PG-TAD-7").param("lang", "fr").with(account(accounts, "planner.ma-agd-08")))
			.andExpect(content().string(containsString("A2 — Équité territoriale")));
	}

	@Test
	void a_source_cannot_pay_more_than_it_committed_even_when_another_source_committed_more() throws Exception {
		fixtures.project(tadrart, "PG-TAD-8", "دار الشباب", "Maison des jeunes", "SPORT_YOUTH", 5_000_000, List.of());
		fixtures.finance("PG-TAD-8", "STATE", false, 3_000_000);
		fixtures.finance("PG-TAD-8", "COMMUNE", false, 500_000);
		mvc.perform(post("/projects/PG-TAD-8/finance").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("sourceCode", "COMMUNE").param("kind", "PAYMENT").param("occurredOn", "2020-01-10").param("amount", "800000"))
			.andExpect(flash().attribute("error", "project.finance.paidOverCommitted"));
		mvc.perform(post("/projects/PG-TAD-8/finance").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("sourceCode", "COMMUNE").param("kind", "PAYMENT").param("occurredOn", "2020-01-10").param("amount", "500000"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/projects/PG-TAD-8/blockings").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("causeCode", "NO_SUCH_CAUSE").param("startedOn", "2020-01-10"))
			.andExpect(flash().attribute("error", "project.cause.unknown"));
		assertThat(jdbc.sql("select paid from project where code = 'PG-TAD-8'").query(BigDecimal.class).single())
			.isEqualByComparingTo("500000");
	}

	@Test
	void an_administrator_extends_the_blocking_cause_taxonomy_and_a_planner_cannot() throws Exception {
		mvc.perform(post("/admin/blocking-causes").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("code", "WATER_RIGHTS").param("familyCode", "LAND").param("nameAr", "حقوق الماء").param("nameFr", "Droits d'eau"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/blocking-causes").with(csrf()).with(account(accounts, "admin"))
			.param("code", "water rights").param("familyCode", "LAND").param("nameAr", "حقوق الماء").param("nameFr", "Droits d'eau"))
			.andExpect(flash().attribute("saved", true));
		fixtures.project(tadrart, "PG-TAD-9", "سقي", "Irrigation", "AGRICULTURE", 700_000, List.of());
		fixtures.blocking("PG-TAD-9", "WATER_RIGHTS");
		mvc.perform(post("/admin/blocking-causes/WATER_RIGHTS/active").with(csrf()).with(account(accounts, "admin"))
			.param("active", "false"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/projects/PG-TAD-9/blockings").with(csrf()).with(account(accounts, "planner.ma-agd-08"))
			.param("causeCode", "WATER_RIGHTS").param("startedOn", "2020-01-10"))
			.andExpect(flash().attribute("error", "project.cause.unknown"));
		assertThat(jdbc.sql("select count(*) from project_blocking b join project p on p.id = b.project_id where p.code = 'PG-TAD-9'")
			.query(Long.class).single()).as("the retired cause stays where it was recorded").isEqualTo(1);
		mvc.perform(get("/admin/blocking-causes").param("lang", "fr").with(account(accounts, "admin")))
			.andExpect(content().string(allOf(containsString("Droits d&#39;eau"), containsString("Réactiver"))));
	}

	@Test
	void units_served_and_partners_are_recorded_and_checked() throws Exception {
		fixtures.project(taghazout, "PG-TAG-2", "مسلك بين الدواوير", "Piste inter-douars", "ROADS", 2_000_000, List.of());
		long version = jdbc.sql("select version from project where code = 'PG-TAG-2'").query(Long.class).single();
		String[] base = { "programId", String.valueOf(taghazout.id()), "code", "PG-TAG-2", "titleAr", "مسلك بين الدواوير",
				"titleFr", "Piste inter-douars", "sectorCode", "ROADS", "competence", "OWN", "territoryCode", "MA-AGD-07",
				"cost", "2000000", "version", String.valueOf(version) };
		var refused = post("/projects/PG-TAG-2").param("lang", "fr").with(csrf()).with(account(accounts, "planner.ma-agd-07"))
			.param("servedTerritories", "MA-INE-01").param("partners", "NO-SUCH-ORG").param("titleFr", "Piste changée");
		for (int i = 0; i < base.length; i += 2) {
			if (!base[i].equals("titleFr")) {
				refused.param(base[i], base[i + 1]);
			}
		}
		mvc.perform(refused).andExpect(status().isOk())
			.andExpect(content().string(containsString("hors du territoire de la collectivité du programme")));
		assertThat(jdbc.sql("select title_fr from project where code = 'PG-TAG-2'").query(String.class).single())
			.as("nothing saved when a link is wrong").isEqualTo("Piste inter-douars");

		var accepted = post("/projects/PG-TAG-2").with(csrf()).with(account(accounts, "planner.ma-agd-07"))
			.param("servedTerritories", "MA-AGD-07").param("partners", "CR-SM, DRS-SM");
		for (int i = 0; i < base.length; i += 2) {
			accepted.param(base[i], base[i + 1]);
		}
		mvc.perform(accepted).andExpect(redirectedUrl("/projects/PG-TAG-2"));
		assertThat(jdbc.sql("select string_agg(org_code, ',' order by org_code) from project_partner x join project p on p.id = x.project_id where p.code = 'PG-TAG-2'")
			.query(String.class).single()).isEqualTo("CR-SM,DRS-SM");
	}
}

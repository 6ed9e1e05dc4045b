package ma.tanmia.consultation;

import org.junit.jupiter.api.Test;
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
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class MeetingTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ConsultationFixtures fixtures;

	@Test
	void a_commune_planner_schedules_a_meeting_of_their_commune_anyone_reads_it_and_it_is_audited() throws Exception {
		mvc.perform(post("/consultation/meetings").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("kind", "PUBLIC_HEARING").param("titleAr", "جلسة استماع حول الإنارة").param("titleFr", "Audience sur l'éclairage")
			.param("organizerOrgCode", "CC-INE-01").param("startsAt", "2026-05-12T18:00").param("endsAt", "2026-05-12T20:00")
			.param("territoryCode", "MA-INE-01").param("venue", "Maison de la culture").param("agenda", "Ouverture\n\nÉclairage des quartiers"))
			.andExpect(redirectedUrlPattern("/public/meetings/*"));
		long id = jdbc.sql("select id from meeting where title_fr = 'Audience sur l''éclairage'").query(Long.class).single();
		assertThat(jdbc.sql("select actor from audit_entry where entity_type = 'Meeting' and entity_id = :id").param("id", String.valueOf(id))
			.query(String.class).single()).isEqualTo("planner.inezgane");
		// 18:00 in Morocco (UTC+1 all year since 2018) is 17:00 UTC.
		assertThat(jdbc.sql("select to_char(starts_at at time zone 'UTC', 'HH24:MI') from meeting where id = :id").param("id", id)
			.query(String.class).single()).isEqualTo("17:00");

		mvc.perform(get("/public/meetings/" + id).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Audience sur l&#39;éclairage"), containsString("Éclairage des quartiers"),
					containsString("Maison de la culture"), not(containsString("id=\"edit-meeting\"")))));
		mvc.perform(get("/public/meetings").param("territory", "MA-INE")).andExpect(status().isOk())
			.andExpect(content().string(containsString("/public/meetings/" + id)));
		mvc.perform(get("/api/v1/meetings").param("territory", "MA-INE-01").param("size", "500").with(account(accounts, "citizen.demo")))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.size").value(200))
			.andExpect(content().string(containsString("\"url\":\"/public/meetings/" + id + "\"")));
		mvc.perform(get("/api/v1/meetings")).andExpect(status().isUnauthorized());
		mvc.perform(get("/consultation").with(account(accounts, "citizen.demo"))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"consultation-menu\"")));
		mvc.perform(get("/public/meetings/calendar").param("territory", "MA-INE-01").param("month", "2026-05").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("mai 2026"), containsString("18:00 Audience sur l&#39;éclairage"))));
	}

	@Test
	void nobody_but_an_organizer_of_the_territory_schedules_or_changes_a_meeting_and_a_refusal_changes_nothing() throws Exception {
		long before = fixtures.count("meeting");
		String[] form = { "kind", "WORKSHOP", "titleAr", "ورشة", "titleFr", "Atelier", "organizerOrgCode", "CC-INE-02",
				"startsAt", "2026-06-01T10:00", "territoryCode", "MA-INE-02" };
		var asInezgane = post("/consultation/meetings").with(csrf()).with(account(accounts, "planner.inezgane"));
		var asCitizen = post("/consultation/meetings").with(csrf()).with(account(accounts, "citizen.demo"));
		var anonymous = post("/consultation/meetings").with(csrf());
		for (int i = 0; i < form.length; i += 2) {
			asInezgane.param(form[i], form[i + 1]);
			asCitizen.param(form[i], form[i + 1]);
			anonymous.param(form[i], form[i + 1]);
		}
		mvc.perform(asInezgane).andExpect(status().isForbidden());
		mvc.perform(asCitizen).andExpect(status().isForbidden());
		mvc.perform(anonymous).andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
		assertThat(fixtures.count("meeting")).isEqualTo(before);

		long aitMelloul = fixtures.meeting("planner.aitmelloul", "MA-INE-02", "Atelier d'Aït Melloul");
		long version = jdbc.sql("select version from meeting where id = :id").param("id", aitMelloul).query(Long.class).single();
		mvc.perform(post("/consultation/meetings/" + aitMelloul + "/minutes").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(version)).param("minutes", "<p>pirate</p>")).andExpect(status().isForbidden());
		mvc.perform(post("/consultation/meetings/" + aitMelloul + "/recommendations").with(csrf()).with(account(accounts, "citizen.demo"))
			.param("text", "x")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select minutes_html is null from meeting where id = :id").param("id", aitMelloul).query(Boolean.class).single())
			.isTrue();
		// The governor's office covers every commune of the prefecture.
		mvc.perform(post("/consultation/meetings/" + aitMelloul + "/recommendations").with(csrf())
			.with(account(accounts, "governor.inezgane")).param("text", "Évaluer d'abord les programmes passés")
			.param("owner", "Division des collectivités locales").param("dueOn", "2026-09-30"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(get("/public/meetings/" + aitMelloul).with(account(accounts, "planner.aitmelloul")))
			.andExpect(content().string(containsString("id=\"edit-meeting\"")));
	}

	@Test
	void posting_without_the_csrf_token_is_refused() throws Exception {
		long before = fixtures.count("meeting");
		mvc.perform(post("/consultation/meetings").with(account(accounts, "planner.inezgane")).param("kind", "WORKSHOP")
			.param("titleAr", "ورشة").param("titleFr", "Atelier").param("organizerOrgCode", "CC-INE-01")
			.param("startsAt", "2026-06-01T10:00").param("territoryCode", "MA-INE-01"))
			.andExpect(status().isForbidden());
		assertThat(fixtures.count("meeting")).isEqualTo(before);
	}

	@Test
	void minutes_keep_formatting_and_arabic_direction_but_lose_scripts_and_event_handlers() throws Exception {
		long id = fixtures.meeting("planner.inezgane", "MA-INE-01", "Atelier des minutes");
		long version = jdbc.sql("select version from meeting where id = :id").param("id", id).query(Long.class).single();
		mvc.perform(post("/consultation/meetings/" + id + "/minutes").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", String.valueOf(version))
			.param("minutes", "<p dir=\"rtl\"><b>افتتاح</b> الورشة</p><script>alert(1)</script><img src=x onerror=alert(2)>"
					+ "<a href=\"javascript:alert(3)\">lien</a><ul><li>نقطة</li></ul>"))
			.andExpect(flash().attribute("saved", true));
		String stored = jdbc.sql("select minutes_html from meeting where id = :id").param("id", id).query(String.class).single();
		assertThat(stored).contains("<p dir=\"rtl\"><b>افتتاح</b> الورشة</p>", "<li>نقطة</li>")
			.doesNotContain("script", "onerror", "javascript", "alert");
		mvc.perform(get("/public/meetings/" + id)).andExpect(content().string(allOf(containsString("<b>افتتاح</b>"),
				not(containsString("alert(")))));
	}

	@Test
	void participants_are_counted_by_category_gender_and_youth_and_impossible_counts_change_nothing() throws Exception {
		long id = fixtures.meeting("planner.inezgane", "MA-INE-01", "Atelier des participants");
		mvc.perform(post("/consultation/meetings/" + id + "/participation").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", "0").param("category", "ELECTED_OFFICIALS", "COOPERATIVES")
			.param("organizations", "Conseil communal", "Coopératives d'argan")
			.param("women", "3", "12").param("men", "9", "4").param("youth", "2", "7"))
			.andExpect(flash().attribute("saved", true));
		// By hand: women 3 + 12 = 15, men 9 + 4 = 13, youth 2 + 7 = 9, all 15 + 13 = 28.
		mvc.perform(get("/public/meetings/" + id).param("lang", "fr")).andExpect(content().string(allOf(
				containsString("id=\"total-women\">15<"), containsString("id=\"total-men\">13<"),
				containsString("id=\"total-youth\">9<"), containsString("id=\"total-all\">28<"))));

		mvc.perform(post("/consultation/meetings/" + id + "/participation").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", "1").param("category", "MEDIA").param("organizations", "").param("women", "1").param("men", "1")
			.param("youth", "5"))
			.andExpect(flash().attribute("error", "consultation.participation.youth"));
		assertThat(jdbc.sql("select sum(women + men) from meeting_participation where meeting_id = :id").param("id", id)
			.query(Long.class).single()).isEqualTo(28);
	}

	@Test
	void a_meeting_exports_as_an_rfc_5545_calendar_in_utc() throws Exception {
		long id = fixtures.meeting("planner.inezgane", "MA-INE-01", "Atelier; eau, assainissement");
		String ics = mvc.perform(get("/public/meetings/" + id + ".ics"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("text/calendar")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n")
			// 09:30 and 12:00 in Morocco (UTC+1 outside Ramadan) on 10 June 2026 are 08:30 and 11:00 UTC.
			.contains("\r\nDTSTART:20260610T083000Z\r\n", "\r\nDTEND:20260610T110000Z\r\n", "Atelier\\; eau\\, assainissement",
					"UID:meeting-" + id + "@");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
	}

	@Test
	void an_unknown_territory_or_organizer_gets_a_clear_message_and_nothing_is_scheduled() throws Exception {
		long before = fixtures.count("meeting");
		mvc.perform(post("/consultation/meetings").param("lang", "fr").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("kind", "WORKSHOP").param("titleAr", "ورشة").param("titleFr", "Atelier").param("organizerOrgCode", "NOPE")
			.param("startsAt", "2026-06-01T10:00").param("territoryCode", "MA-INE-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Organisateur inconnu.")));
		mvc.perform(post("/consultation/meetings").param("lang", "fr").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("kind", "WORKSHOP").param("titleAr", "ورشة").param("titleFr", "Atelier").param("organizerOrgCode", "CC-INE-01")
			.param("startsAt", "2026-06-01T10:00").param("endsAt", "2026-06-01T09:00").param("territoryCode", "MA-INE-01"))
			.andExpect(content().string(containsString("La fin doit suivre le début.")));
		assertThat(fixtures.count("meeting")).isEqualTo(before);
	}

	@Test
	void a_regional_planner_keeps_the_regions_economic_actors_body_its_members_sessions_and_opinions() throws Exception {
		mvc.perform(post("/consultation/bodies").with(csrf()).with(account(accounts, "planner.inezgane")).param("kind", "YOUTH")
			.param("councilCode", "MA-09").param("councilOrgCode", "CR-SM").param("nameAr", "هيئة").param("nameFr", "Instance"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/consultation/bodies").with(csrf()).with(account(accounts, "planner.inezgane")).param("kind", "ECONOMIC_ACTORS")
			.param("councilCode", "MA-INE-01").param("councilOrgCode", "CC-INE-01").param("nameAr", "هيئة").param("nameFr", "Instance"))
			.andExpect(flash().attribute("error", "consultation.body.level"));
		assertThat(fixtures.count("consultative_body")).isZero();

		mvc.perform(post("/consultation/bodies").with(csrf()).with(account(accounts, "planner.region")).param("kind", "ECONOMIC_ACTORS")
			.param("councilCode", "MA-09").param("councilOrgCode", "CR-SM").param("nameAr", "الهيئة الاستشارية للفاعلين الاقتصاديين")
			.param("nameFr", "Instance des acteurs économiques Souss-Massa"))
			.andExpect(redirectedUrlPattern("/public/bodies/*"));
		long body = jdbc.sql("select id from consultative_body where council_code = 'MA-09'").query(Long.class).single();
		mvc.perform(post("/consultation/bodies/" + body + "/members").with(csrf()).with(account(accounts, "planner.region"))
			.param("fullName", "Chambre de commerce").param("organization", "CCIS Souss-Massa").param("gender", "F"))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/consultation/bodies/" + body + "/sessions").with(csrf()).with(account(accounts, "planner.region"))
			.param("startsAt", "2026-07-01T10:00").param("venue", "Siège de la région").param("agenda", "Avis sur le PDR"))
			.andExpect(flash().attribute("saved", true));
		long session = jdbc.sql("select meeting_id from consultative_body_session where body_id = :b").param("b", body)
			.query(Long.class).single();
		assertThat(jdbc.sql("select kind from meeting where id = :id").param("id", session).query(String.class).single())
			.isEqualTo("CONSULTATIVE_BODY_SESSION");
		mvc.perform(post("/consultation/bodies/" + body + "/opinions").with(csrf()).with(account(accounts, "planner.region"))
			.param("subject", "Zones d'activité").param("opinion", "Avis favorable").param("givenOn", "2026-07-01")
			.param("meetingId", String.valueOf(session)))
			.andExpect(flash().attribute("saved", true));
		mvc.perform(post("/consultation/bodies/" + body + "/opinions").with(csrf()).with(account(accounts, "citizen.demo"))
			.param("subject", "x").param("opinion", "x").param("givenOn", "2026-07-01")).andExpect(status().isForbidden());
		mvc.perform(get("/public/bodies/" + body).param("lang", "fr")).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Chambre de commerce"), containsString("Avis favorable"),
					containsString("/public/meetings/" + session))));
	}
}

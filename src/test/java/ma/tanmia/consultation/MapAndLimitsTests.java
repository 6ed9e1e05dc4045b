package ma.tanmia.consultation;

import ma.tanmia.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The map of located proposals, the abuse limits of self-registration, and the meeting register's edits. */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MapAndLimitsTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ConsultationFixtures fixtures;
	@Autowired
	Petitions petitions;

	@BeforeAll
	void people() {
		fixtures.person("omar", Role.CITIZEN, "MA-INE-02");
		fixtures.person("moderator.map", Role.MODERATOR, "MA-INE");
	}

	long propose(String title, String lat, String lon) throws Exception {
		String location = mvc.perform(post("/consultation/proposals").with(csrf()).with(account(accounts, "omar"))
			.param("title", title).param("body", "Texte").param("category", "WATER").param("territoryCode", "MA-INE-02")
			.param("latitude", lat).param("longitude", lon))
			.andExpect(redirectedUrlPattern("/public/proposals/*")).andReturn().getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void the_map_shows_visible_located_proposals_clustered_when_zoomed_out_and_one_by_one_when_zoomed_in() throws Exception {
		// Three proposals a few hundred metres apart in a spot no other test uses, the third hidden by a moderator.
		long a = propose("Fontaine du douar (carte)", "30.313100", "-9.481100");
		long b = propose("Château d'eau (carte)", "30.314100", "-9.482100");
		long hidden = propose("Proposition masquée (carte)", "30.313600", "-9.481600");
		mvc.perform(post("/consultation/proposals/" + hidden + "/hide").with(csrf()).with(account(accounts, "moderator.map"))
			.param("reason", "Doublon")).andExpect(flash().attribute("saved", true));
		String box = "&south=30.31&west=-9.49&north=30.32&east=-9.47";

		// Zoom 8: cells of 56/2^8 = 0.22° — the two visible proposals fall in one cluster of 2 at their mean position.
		mvc.perform(get("/public/proposals/map.json?territory=MA-INE-02&zoom=8" + box))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$", hasSize(1)))
			.andExpect(jsonPath("$[0].count").value(2))
			.andExpect(jsonPath("$[0].id").doesNotExist())
			.andExpect(jsonPath("$[0].lat").value(30.3136));
		// Zoom 16: no clustering — each visible proposal is its own marker, with its id and title; never the hidden one.
		mvc.perform(get("/public/proposals/map.json?territory=MA-INE-02&zoom=16" + box))
			.andExpect(jsonPath("$", hasSize(2)))
			.andExpect(jsonPath("$[*].id", hasItem((int) a)))
			.andExpect(jsonPath("$[*].id", hasItem((int) b)))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) hidden))))
			.andExpect(content().string(not(containsString("masquée"))));
		// Another territory's filter leaves them out.
		mvc.perform(get("/public/proposals/map.json?territory=MA-AGD&zoom=16" + box)).andExpect(jsonPath("$", hasSize(0)));
		mvc.perform(get("/public/proposals/map.json?territory=XX-99")).andExpect(status().isNotFound());

		// The author's own map, signed in, and the public page carrying the map with no tile server configured.
		mvc.perform(get("/consultation/proposals/mine/map.json").with(account(accounts, "omar")))
			.andExpect(jsonPath("$[*].id", not(hasItem((int) hidden))))
			.andExpect(jsonPath("$[*].id", hasItem((int) a)));
		mvc.perform(get("/public/proposals").param("territory", "MA-INE-02").param("lang", "fr"))
			.andExpect(content().string(allOf(containsString("id=\"proposals-map\""),
					containsString("data-url=\"/public/proposals/map.json?territory=MA-INE-02"),
					containsString("Carte des propositions localisées"), not(containsString("data-tile-url")))));
		mvc.perform(get("/consultation/proposals/mine").param("lang", "ar").with(account(accounts, "omar")))
			.andExpect(content().string(allOf(containsString("خريطة المقترحات المحددة الموقع"),
					containsString("data-url=\"/consultation/proposals/mine/map.json\""))));
	}

	@Test
	void an_address_opens_at_most_five_citizen_accounts_an_hour_with_a_clear_message_and_the_sixth_is_not_created()
			throws Exception {
		for (int i = 1; i <= 5; i++) {
			mvc.perform(register("limit.user" + i).with(from("192.0.2.10")))
				.andExpect(redirectedUrl("/login?registered"));
		}
		long before = jdbc.sql("select count(*) from user_account").query(Long.class).single();
		mvc.perform(register("limit.user6").with(from("192.0.2.10")).param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trop de comptes ont été ouverts depuis cette adresse")));
		mvc.perform(register("limit.user6").with(from("192.0.2.10")).param("lang", "ar"))
			.andExpect(content().string(containsString("تم فتح عدد كبير من الحسابات")));
		assertThat(jdbc.sql("select count(*) from user_account").query(Long.class).single()).isEqualTo(before);
		// Another address is not held back by this one.
		mvc.perform(register("limit.user6").with(from("192.0.2.11"))).andExpect(redirectedUrl("/login?registered"));
	}

	@Test
	void past_the_hourly_limit_for_everyone_together_no_address_may_open_an_account() throws Exception {
		// 200 registrations in the last hour from 200 addresses: the overall limit (default 200) is reached.
		jdbc.sql("insert into citizen_registration (ip) select '198.51.100.' || g from generate_series(1, 200) g").update();
		try {
			mvc.perform(register("crowd.user").with(from("203.0.113.5")).param("lang", "fr"))
				.andExpect(content().string(containsString("Trop de comptes ont été ouverts")));
			assertThat(jdbc.sql("select count(*) from user_account where username = 'crowd.user'").query(Long.class).single()).isZero();
		}
		finally {
			jdbc.sql("delete from citizen_registration where ip like '198.51.100.%'").update();
		}
	}

	@Test
	void a_form_filling_script_that_fills_the_hidden_field_is_told_it_succeeded_but_no_account_is_opened() throws Exception {
		mvc.perform(get("/public/register").param("lang", "fr"))
			.andExpect(content().string(containsString("name=\"website\"")));
		mvc.perform(register("robot.user").with(from("192.0.2.50")).param("website", "http://spam.example"))
			.andExpect(redirectedUrl("/login?registered"));
		assertThat(jdbc.sql("select count(*) from user_account where username = 'robot.user'").query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from citizen_registration where ip = '192.0.2.50'").query(Long.class).single()).isZero();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder register(String username) {
		return post("/public/register").with(csrf()).param("username", username).param("fullName", "Citoyen " + username)
			.param("password", "Un-mot-de-passe-1").param("confirmation", "Un-mot-de-passe-1").param("commune", "MA-INE-03");
	}

	@Test
	void an_organizer_takes_a_name_off_the_register_as_seen_audited_and_nobody_else_may() throws Exception {
		long meeting = fixtures.meeting("planner.inezgane", "MA-INE-01", "Atelier du registre");
		mvc.perform(post("/consultation/meetings/" + meeting + "/attendees").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("fullName", "Inscrit par erreur").param("category", "CITIZENS").param("gender", "F"))
			.andExpect(flash().attribute("saved", true));
		long attendee = jdbc.sql("select id from meeting_attendance where meeting_id = :m").param("m", meeting)
			.query(Long.class).single();
		String remove = "/consultation/meetings/" + meeting + "/attendees/" + attendee + "/remove";

		mvc.perform(post(remove).with(csrf()).with(account(accounts, "planner.aitmelloul")).param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post(remove).with(csrf()).with(account(accounts, "planner.inezgane")).param("version", "7"))
			.andExpect(flash().attribute("error", "consultation.conflict"));
		assertThat(fixtures.count("meeting_attendance where meeting_id = " + meeting)).isEqualTo(1);
		mvc.perform(get("/public/meetings/" + meeting).param("lang", "fr").with(account(accounts, "planner.inezgane")))
			.andExpect(content().string(containsString("Retirer Inscrit par erreur du registre")));

		mvc.perform(post(remove).with(csrf()).with(account(accounts, "planner.inezgane")).param("version", "0"))
			.andExpect(flash().attribute("saved", true));
		assertThat(fixtures.count("meeting_attendance where meeting_id = " + meeting)).isZero();
		assertThat(jdbc.sql("select action from audit_entry where entity_type = 'MeetingAttendee' and entity_id = :id order by id desc limit 1")
			.param("id", meeting + "#" + attendee).query(String.class).single()).isEqualTo("DELETE");
	}

	@Test
	void two_organizers_editing_the_participant_counts_at_once_the_second_is_told_and_the_first_counts_stay() throws Exception {
		long meeting = fixtures.meeting("planner.inezgane", "MA-INE-01", "Atelier concurrent");
		mvc.perform(post("/consultation/meetings/" + meeting + "/participation").with(csrf()).with(account(accounts, "planner.inezgane"))
			.param("version", "0").param("category", "CITIZENS").param("organizations", "").param("women", "10").param("men", "8")
			.param("youth", "4")).andExpect(flash().attribute("saved", true));
		mvc.perform(post("/consultation/meetings/" + meeting + "/participation").with(csrf()).with(account(accounts, "governor.inezgane"))
			.param("version", "0").param("category", "CITIZENS").param("organizations", "").param("women", "1").param("men", "1")
			.param("youth", "0")).andExpect(flash().attribute("error", "consultation.conflict"));
		assertThat(jdbc.sql("select women + men from meeting_participation where meeting_id = :m").param("m", meeting)
			.query(Integer.class).single()).isEqualTo(18);
	}

	@Test
	void a_petitions_threshold_follows_its_councils_population_band() {
		// Temsia: 27,955 inhabitants (< 35,000) → 100; Inezgane: 130,333 → 200; Souss-Massa: 3,020,431 in 2024 (> 3 million) → 500;
		// the prefecture of Inezgane-Aït Melloul → 300 whatever its population.
		assertThat(petitions.threshold(petition("MA-INE-05", "COMMUNE"))).isEqualTo(100);
		assertThat(petitions.threshold(petition("MA-INE-01", "COMMUNE"))).isEqualTo(200);
		assertThat(petitions.threshold(petition("MA-INE", "PREFECTURE"))).isEqualTo(300);
		assertThat(petitions.threshold(petition("MA-09", "REGION"))).isEqualTo(500);
	}

	private static Petition petition(String council, String level) {
		return new Petition(0, "x", "t", "b", council, level, "/", PetitionStatus.SUBMITTED, null, null, 0, null, false, null, 0);
	}
}

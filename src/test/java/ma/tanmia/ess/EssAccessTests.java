package ma.tanmia.ess;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Who sees and changes what in the ESS module, on the demonstration data: each refusal changes nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class EssAccessTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	long coop(String number) {
		return jdbc.sql("select id from ess_cooperative where registration_number = :n").param("n", number)
			.query(Long.class).single();
	}

	String application(String cooperative, String status) {
		return jdbc.sql("""
				select a.reference from ess_application a join ess_cooperative c on c.id = a.cooperative_id
				where c.registration_number = :n and a.status = :s order by a.id limit 1
				""").param("n", cooperative).param("s", status).query(String.class).single();
	}

	int steps(String reference) {
		return jdbc.sql("""
				select count(*) from ess_application_step s join ess_application a on a.id = s.application_id
				where a.reference = :r""").param("r", reference).query(Integer.class).single();
	}

	@Test
	void a_cooperative_manager_lists_only_their_own_cooperative_in_pages_and_api() throws Exception {
		mvc.perform(get("/ess/cooperatives").with(account(accounts, "coop.argan")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DEMO-INE-0001")))
			.andExpect(content().string(not(containsString("DEMO-INE-0002"))));
		mvc.perform(get("/api/v1/cooperatives").with(account(accounts, "coop.argan")))
			.andExpect(jsonPath("$.totalElements").value(1))
			.andExpect(jsonPath("$.content[0].registrationNumber").value("DEMO-INE-0001"));
	}

	@Test
	void a_cooperative_manager_cannot_open_or_edit_a_neighbouring_cooperative_and_nothing_changes() throws Exception {
		long other = coop("DEMO-INE-0002");
		mvc.perform(get("/ess/cooperatives/" + other).with(account(accounts, "coop.argan"))).andExpect(status().isForbidden());
		mvc.perform(get("/ess/cooperatives/" + other + "/edit").with(account(accounts, "coop.argan")))
			.andExpect(status().isForbidden());
		mvc.perform(post("/ess/cooperatives/" + other).with(csrf()).with(account(accounts, "coop.argan"))
			.param("registrationNumber", "DEMO-INE-0002").param("registeredOn", "2009-03-15").param("nameAr", "مخترق")
			.param("nameFr", "Piraté").param("legalForm", "COOPERATIVE").param("valueChain", "ARGAN")
			.param("territoryCode", "MA-INE-06").param("membersTotal", "1").param("membersWomen", "0")
			.param("membersYouth", "0").param("status", "ACTIVE").param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/ess/cooperatives/" + other + "/products").with(csrf()).with(account(accounts, "coop.argan"))
			.param("nameAr", "x").param("nameFr", "x")).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select name_fr from ess_cooperative where id = :id").param("id", other).query(String.class).single())
			.isEqualTo("Coopérative féminine d'argan d'Oulad Dahou (démo)");
		assertThat(jdbc.sql("select count(*) from ess_product where cooperative_id = :id").param("id", other)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void a_cooperative_manager_edits_their_own_cooperative_and_the_change_is_audited() throws Exception {
		long own = coop("DEMO-INE-0001");
		long version = jdbc.sql("select version from ess_cooperative where id = :id").param("id", own).query(Long.class).single();
		mvc.perform(post("/ess/cooperatives/" + own).with(csrf()).with(account(accounts, "coop.argan"))
			.param("registrationNumber", "DEMO-INE-0001").param("registeredOn", "2012-03-15")
			.param("nameAr", "تعاونية تجريبية لزيت الأركان (بيانات تجريبية)").param("nameFr", "Coopérative d'argan de démonstration")
			.param("legalForm", "COOPERATIVE").param("valueChain", "ARGAN").param("territoryCode", "MA-INE-05")
			.param("membersTotal", "36").param("membersWomen", "36").param("membersYouth", "10").param("capital", "60000")
			.param("status", "ACTIVE").param("inDirectory", "true").param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/ess/cooperatives/" + own));
		var audit = jdbc.sql("""
				select actor, before_state->>'members_total' as before, after_state->>'members_total' as after
				from audit_entry where entity_type = 'Cooperative' and entity_id = 'DEMO-INE-0001' and action = 'UPDATE'
				order by id desc limit 1""").query().singleRow();
		assertThat(audit.get("actor")).isEqualTo("coop.argan");
		assertThat(audit.get("after")).isEqualTo("36");
	}

	@Test
	void a_cooperative_manager_cannot_move_their_cooperative_to_another_commune() throws Exception {
		long own = coop("DEMO-INE-0001");
		long version = jdbc.sql("select version from ess_cooperative where id = :id").param("id", own).query(Long.class).single();
		mvc.perform(post("/ess/cooperatives/" + own).with(csrf()).with(account(accounts, "coop.argan"))
			.param("registrationNumber", "DEMO-INE-0001").param("registeredOn", "2012-03-15").param("nameAr", "x")
			.param("nameFr", "x").param("legalForm", "COOPERATIVE").param("valueChain", "ARGAN")
			.param("territoryCode", "MA-INE-01").param("membersTotal", "36").param("membersWomen", "36")
			.param("membersYouth", "10").param("status", "ACTIVE").param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select territory_code from ess_cooperative where id = :id").param("id", own)
			.query(String.class).single()).isEqualTo("MA-INE-05");
	}

	@Test
	void a_cooperative_manager_cannot_read_another_cooperatives_application_nor_decide_on_their_own() throws Exception {
		String taroudant = application("DEMO-TAR-0002", "ELIGIBLE");
		mvc.perform(get("/ess/applications/" + taroudant).with(account(accounts, "coop.argan")))
			.andExpect(status().isForbidden());
		String own = application("DEMO-INE-0001", "IN_PAYMENT");
		int before = steps(own);
		mvc.perform(post("/ess/applications/" + own + "/steps/tranche").with(csrf()).with(account(accounts, "coop.argan"))
			.param("on", java.time.LocalDate.now().toString()).param("amount", "1000"))
			.andExpect(status().isForbidden());
		assertThat(steps(own)).isEqualTo(before);
	}

	@Test
	void a_committee_member_scores_only_applications_of_their_province() throws Exception {
		String honey = application("DEMO-TAR-0004", "UNDER_REVIEW");
		int before = steps(honey);
		mvc.perform(post("/ess/applications/" + honey + "/steps/score").with(csrf()).with(account(accounts, "committee.inezgane"))
			.param("on", java.time.LocalDate.now().toString()).param("score", "90"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/ess/applications/" + honey + "/steps/approve").with(csrf()).with(account(accounts, "partner.indh"))
			.param("on", java.time.LocalDate.now().toString()).param("amount", "90000").param("note", "ok"))
			.andExpect(status().isForbidden());
		assertThat(steps(honey)).isEqualTo(before);
		assertThat(jdbc.sql("select status from ess_application where reference = :r").param("r", honey)
			.query(String.class).single()).isEqualTo("UNDER_REVIEW");
	}

	@Test
	void an_officer_of_another_province_cannot_sign_an_agreement() throws Exception {
		String askaoun = application("DEMO-TAR-0003", "APPROVED");
		mvc.perform(post("/ess/applications/" + askaoun + "/steps/agreement").with(csrf()).with(account(accounts, "partner.indh"))
			.param("on", java.time.LocalDate.now().toString()).param("number", "X-1"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select status from ess_application where reference = :r").param("r", askaoun)
			.query(String.class).single()).isEqualTo("APPROVED");
	}

	@Test
	void a_committee_member_of_the_province_approves_and_the_step_is_dated_attributed_and_audited() throws Exception {
		String askaoun = application("DEMO-TAR-0003", "APPROVED");
		// approving again is an illegal transition: refused with the reason, nothing written
		int before = steps(askaoun);
		mvc.perform(post("/ess/applications/" + askaoun + "/steps/approve").with(csrf())
			.with(account(accounts, "committee.taroudant")).param("on", java.time.LocalDate.now().toString())
			.param("amount", "1000").param("note", "encore").param("lang", "fr"))
			.andExpect(redirectedUrl("/ess/applications/" + askaoun))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
					"La demande est accordée : l'étape suivante est la signature de la convention."));
		assertThat(steps(askaoun)).isEqualTo(before);

		String honey = application("DEMO-TAR-0004", "UNDER_REVIEW");
		mvc.perform(post("/ess/applications/" + honey + "/steps/approve").with(csrf())
			.with(account(accounts, "committee.taroudant")).param("on", java.time.LocalDate.now().toString())
			.param("amount", "85000").param("note", "Débouchés confirmés"))
			.andExpect(redirectedUrl("/ess/applications/" + honey));
		var step = jdbc.sql("""
				select s.kind, s.recorded_by, s.amount, s.occurred_on from ess_application_step s
				join ess_application a on a.id = s.application_id where a.reference = :r order by s.position desc limit 1
				""").param("r", honey).query().singleRow();
		assertThat(step.get("kind")).isEqualTo("APPROVED");
		assertThat(step.get("recorded_by")).isEqualTo("committee.taroudant");
		assertThat((java.math.BigDecimal) step.get("amount")).isEqualByComparingTo("85000");
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where entity_type = 'FinancingApplication' and entity_id = :r
				and actor = 'committee.taroudant' and after_state->>'status' = 'APPROVED'""").param("r", honey)
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void a_citizen_is_refused_the_registry_and_the_dashboard() throws Exception {
		mvc.perform(get("/ess/cooperatives").with(account(accounts, "citizen.demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/ess").with(account(accounts, "citizen.demo"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/cooperatives").with(account(accounts, "citizen.demo"))).andExpect(status().isForbidden());
	}

	@Test
	void the_public_sees_only_the_opted_in_directory_without_signing_in() throws Exception {
		long hidden = coop("DEMO-INE-0003");
		mvc.perform(get("/public/cooperatives").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Coopérative de safran de Taliouine (démo)")))
			.andExpect(content().string(not(containsString("Coopérative de couscous de Lqliâa"))));
		mvc.perform(get("/public/cooperatives/" + hidden)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/cooperatives/" + hidden)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/public/cooperatives").param("label", "PDO"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.content[0].products[0].labels[0].name").value("Safran de Taliouine"))
			.andExpect(jsonPath("$.content[0].capital").doesNotExist());
		mvc.perform(get("/ess/cooperatives"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(302, 401));
		mvc.perform(get("/api/v1/cooperatives")).andExpect(status().isUnauthorized());
	}

	@Test
	void an_edit_from_a_stale_version_is_refused_and_the_newer_values_stay() throws Exception {
		long coop = coop("DEMO-TIZ-0002");
		long version = jdbc.sql("select version from ess_cooperative where id = :id").param("id", coop).query(Long.class).single();
		mvc.perform(post("/ess/cooperatives/" + coop).with(csrf()).with(account(accounts, "admin"))
			.param("registrationNumber", "DEMO-TIZ-0002").param("registeredOn", "2016-03-15").param("nameAr", "قديم")
			.param("nameFr", "Ancienne version").param("legalForm", "COOPERATIVE").param("valueChain", "TEXTILES_CARPETS")
			.param("territoryCode", "MA-TIZ").param("membersTotal", "20").param("membersWomen", "20")
			.param("membersYouth", "5").param("status", "ACTIVE").param("version", String.valueOf(version - 1)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model().attribute("conflict", true));
		assertThat(jdbc.sql("select name_fr from ess_cooperative where id = :id").param("id", coop).query(String.class).single())
			.isEqualTo("Coopérative de tapis de Tiznit (démo)");
	}

	@Test
	void a_cooperative_manager_cannot_open_the_registry_forms_nor_import() throws Exception {
		mvc.perform(get("/ess/cooperatives/new").with(account(accounts, "coop.argan"))).andExpect(status().isForbidden());
		mvc.perform(get("/ess/cooperatives/import").with(account(accounts, "coop.argan"))).andExpect(status().isForbidden());
	}
}

package ma.tanmia.ess;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A cooperative's manager corrects a mistyped certificate or renews a label in place, and withdraws
 * one entered by mistake; a stale page or another cooperative's manager changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class QualityLabelCorrectionTests {

	static final String MANAGER = "coop.argan";

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void a_manager_corrects_then_withdraws_a_label_of_their_cooperative_and_both_are_audited() throws Exception {
		long coop = coop("DEMO-INE-0001");
		mvc.perform(post("/ess/cooperatives/" + coop + "/products").with(csrf()).with(account(accounts, MANAGER))
			.param("nameAr", "أملو تجريبي").param("nameFr", "Amlou (essai de correction)"))
			.andExpect(status().is3xxRedirection());
		long product = jdbc.sql("select id from ess_product where name_fr = 'Amlou (essai de correction)'").query(Long.class)
			.single();
		mvc.perform(post("/ess/cooperatives/" + coop + "/products/" + product + "/labels").with(csrf())
			.with(account(accounts, MANAGER)).param("kind", "ORGANIC").param("name", "Bio").param("certificationBody", "Ecocert")
			.param("certificateNumber", "EC-2O26-17").param("validFrom", "2026-01-01").param("validUntil", "2028-12-31"))
			.andExpect(status().is3xxRedirection());
		long label = jdbc.sql("select id from ess_label where product_id = :p").param("p", product).query(Long.class).single();

		// The certificate number was mistyped (a letter O for a zero): corrected against version 0.
		mvc.perform(correction(coop, label, 0, "EC-2026-17")).andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("saved", true));
		assertThat(row(label)).containsEntry("certificate_number", "EC-2026-17").containsEntry("version", 1L);
		assertThat(jdbc.sql("""
				select before_state ->> 'certificate_number' || ' → ' || (after_state ->> 'certificate_number')
				from audit_entry where entity_type = 'QualityLabel' and action = 'UPDATE' and actor = :a
				""").param("a", MANAGER).query(String.class).single()).isEqualTo("EC-2O26-17 → EC-2026-17");

		// A page opened before the correction still says version 0: refused, nothing changed.
		mvc.perform(correction(coop, label, 0, "EC-XXXX")).andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("problem"));
		assertThat(row(label)).containsEntry("certificate_number", "EC-2026-17").containsEntry("version", 1L);

		mvc.perform(post("/ess/cooperatives/" + coop + "/labels/" + label + "/withdraw").with(csrf())
			.with(account(accounts, MANAGER)).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from ess_label where id = :id").param("id", label).query(Long.class).single())
			.isZero();
		assertThat(jdbc.sql("""
				select before_state ->> 'certificate_number' from audit_entry
				where entity_type = 'QualityLabel' and action = 'DELETE' and actor = :a
				""").param("a", MANAGER).query(String.class).single()).isEqualTo("EC-2026-17");
	}

	@Test
	void a_manager_cannot_correct_or_withdraw_a_neighbouring_cooperatives_label() throws Exception {
		long other = coop("DEMO-INE-0002");
		long label = jdbc.sql("select id from ess_label where cooperative_id = :c order by id limit 1").param("c", other)
			.query(Long.class).single();
		Map<String, Object> before = row(label);
		long version = (Long) before.get("version");
		mvc.perform(correction(other, label, version, "PIRATE")).andExpect(status().isForbidden());
		mvc.perform(post("/ess/cooperatives/" + other + "/labels/" + label + "/withdraw").with(csrf())
			.with(account(accounts, MANAGER)).param("version", String.valueOf(version)))
			.andExpect(status().isForbidden());
		assertThat(row(label)).isEqualTo(before);
	}

	private MockHttpServletRequestBuilder correction(long coop, long label, long version, String certificate) {
		Map<String, Object> now = row(label);
		return post("/ess/cooperatives/" + coop + "/labels/" + label).with(csrf()).with(account(accounts, MANAGER))
			.param("version", String.valueOf(version)).param("kind", (String) now.get("kind"))
			.param("name", (String) now.get("name")).param("certificationBody", (String) now.get("certification_body"))
			.param("certificateNumber", certificate).param("validFrom", now.get("valid_from").toString())
			.param("validUntil", now.get("valid_until").toString());
	}

	private Map<String, Object> row(long label) {
		return jdbc.sql("""
				select kind, name, certification_body, certificate_number, valid_from, valid_until, version
				from ess_label where id = :id
				""").param("id", label).query().singleRow();
	}

	private long coop(String number) {
		return jdbc.sql("select id from ess_cooperative where registration_number = :n").param("n", number)
			.query(Long.class).single();
	}
}

package ma.tanmia.ess;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static ma.tanmia.SignedInAs.account;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every ESS page renders in Arabic (right to left) and French, with the demonstration data. */
@SpringBootTest
@AutoConfigureMockMvc
class EssPagesTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "ar", "fr" })
	void every_page_renders_in_the_readers_language(String lang) throws Exception {
		String dir = "ar".equals(lang) ? "dir=\"rtl\"" : "dir=\"ltr\"";
		long taliouine = jdbc.sql("select id from ess_cooperative where registration_number = 'DEMO-TAR-0001'")
			.query(Long.class).single();
		String reference = jdbc.sql("select reference from ess_application where status = 'IN_PAYMENT' order by id limit 1")
			.query(String.class).single();
		for (String page : new String[] { "/ess", "/ess?territory=MA-TAR&days=120", "/ess/cooperatives",
				"/ess/cooperatives?valueChain=SAFFRON&label=PDO", "/ess/cooperatives/" + taliouine,
				"/ess/cooperatives/" + taliouine + "/edit", "/ess/cooperatives/new", "/ess/cooperatives/import",
				"/ess/applications", "/ess/applications?status=CLOSED", "/ess/applications/" + reference,
				"/ess/applications/new?cooperative=" + taliouine, "/ess/calls", "/ess/trainings" }) {
			mvc.perform(get(page).param("lang", lang).with(account(accounts, "admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(dir), not(containsString("??ess.")))));
		}
		for (String page : new String[] { "/public/cooperatives", "/public/cooperatives/" + taliouine }) {
			mvc.perform(get(page).param("lang", lang)).andExpect(status().isOk())
				.andExpect(content().string(allOf(containsString(dir), not(containsString("??ess.")))));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "committee.taroudant", "coop.argan", "partner.indh" })
	void each_role_reaches_its_pages(String who) throws Exception {
		mvc.perform(get("/ess").with(account(accounts, who))).andExpect(status().isOk());
		mvc.perform(get("/ess/applications").with(account(accounts, who))).andExpect(status().isOk());
		mvc.perform(get("/ess/map.json").param("territory", "MA-09").with(account(accounts, who)))
			.andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
	}
}

package ma.tanmia.organization;

import java.util.List;

import ma.tanmia.shared.LocalizedName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import static ma.tanmia.SignedInAs.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class OrganizationRegistrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	Organizations organizations;

	@Test
	void an_administrator_registers_a_communal_council_that_then_shows_on_its_commune() throws Exception {
		mvc.perform(post("/organizations").with(csrf()).with(account(accounts, "admin"))
			.param("code", "cc-agd-02").param("kind", "COMMUNAL_COUNCIL").param("nameAr", "مجلس جماعة الدراركة")
			.param("nameFr", "Conseil communal de Drarga").param("territoryCode", "MA-AGD-02"))
			.andExpect(redirectedUrl("/organizations?territory=MA-AGD-02"));

		assertThat(organizations.findByCode("CC-AGD-02")).hasValueSatisfying(o -> {
			assertThat(o.kind()).isEqualTo(OrganizationKind.COMMUNAL_COUNCIL);
			assertThat(o.territoryCode()).isEqualTo("MA-AGD-02");
		});
		mvc.perform(get("/organizations/fragment").param("territory", "MA-AGD-02").with(account(accounts, "citizen.demo")))
			.andExpect(content().string(containsString("مجلس جماعة الدراركة")));
	}

	@Test
	void a_planner_cannot_register_organizations_and_bad_input_is_explained() throws Exception {
		mvc.perform(post("/organizations").with(csrf()).with(account(accounts, "planner.region"))
			.param("code", "X-1").param("kind", "PARTNER").param("nameAr", "س").param("nameFr", "X")
			.param("territoryCode", "MA-09"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/organizations").param("lang", "fr").with(csrf()).with(account(accounts, "admin"))
			.param("code", "CR-SM").param("nameAr", "").param("nameFr", "Doublon").param("territoryCode", "NOPE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ce code est déjà utilisé.")))
			.andExpect(content().string(containsString("Aucune unité territoriale ne porte ce code.")));
		assertThat(organizations.findByCode("X-1")).isEmpty();
	}

	@Test
	@Transactional
	void organizations_are_listed_in_french_dictionary_order_with_accented_names_among_their_letter() {
		// Byte-wise, "É" (0xC3 0x89) sorts after "Z"; a French reader looks for "Élevage" between "Eau" and "Entraide".
		List<String> registered = List.of("Zagora Développement", "Élevage du Souss", "Eau potable de Tata",
				"Entraide féminine", "Ferme pilote");
		for (int i = 0; i < registered.size(); i++) {
			organizations.register("ORDER-TAT-" + i, OrganizationKind.PARTNER, new LocalizedName("جمعية", registered.get(i), null),
					"MA-TAT", null);
		}
		List<String> expected = List.of("Eau potable de Tata", "Élevage du Souss", "Entraide féminine", "Ferme pilote",
				"Zagora Développement");
		assertThat(organizations.seatedIn("MA-TAT").stream().map(o -> o.name().fr()).filter(expected::contains))
			.containsExactlyElementsOf(expected);
		assertThat(organizations.inSubtree("MA-TAT", OrganizationKind.PARTNER, 0, 50).getContent().stream()
			.map(o -> o.name().fr()).filter(expected::contains)).containsExactlyElementsOf(expected);
	}

	@Test
	@Transactional
	void an_arabic_reader_gets_organizations_in_arabic_dictionary_order() {
		// French names in the opposite order, so the test tells which name the list sorts on.
		organizations.register("ORDER-AR-1", OrganizationKind.PARTNER, new LocalizedName("جمعية تارودانت", "Association A", null),
				"MA-TAT", null);
		organizations.register("ORDER-AR-2", OrganizationKind.PARTNER, new LocalizedName("جمعية أكادير", "Association C", null),
				"MA-TAT", null);
		organizations.register("ORDER-AR-3", OrganizationKind.PARTNER, new LocalizedName("جمعية بيوكرى", "Association B", null),
				"MA-TAT", null);
		List<String> expected = List.of("جمعية أكادير", "جمعية بيوكرى", "جمعية تارودانت");
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("ar"));
		try {
			assertThat(organizations.inSubtree("MA-TAT", OrganizationKind.PARTNER, 0, 50).getContent().stream()
				.map(o -> o.name().ar()).filter(expected::contains)).containsExactlyElementsOf(expected);
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
		assertThat(organizations.inSubtree("MA-TAT", OrganizationKind.PARTNER, 0, 50).getContent().stream()
			.map(o -> o.name().ar()).filter(expected::contains))
			.containsExactly("جمعية تارودانت", "جمعية بيوكرى", "جمعية أكادير");
	}
}

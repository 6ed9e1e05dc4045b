package ma.tanmia.territory;

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
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class ConcurrentEditTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	UserDetailsService accounts;
	@Autowired
	JdbcClient jdbc;

	@Test
	void the_second_of_two_editors_of_the_same_version_gets_a_conflict_showing_both_versions() throws Exception {
		long opened = jdbc.sql("select version from territorial_unit where code = 'MA-INE-06'").query(Long.class).single();

		mvc.perform(post("/territories/MA-INE-06").with(csrf()).with(account(accounts, "planner.region"))
			.param("nameAr", "أولاد دحو").param("nameFr", "Oulad Dahou (first editor)").param("population2014", "14587")
			.param("version", String.valueOf(opened)))
			.andExpect(redirectedUrl("/territories/MA-INE-06"));

		mvc.perform(post("/territories/MA-INE-06").param("lang", "fr").with(csrf()).with(account(accounts, "admin"))
			.param("nameAr", "أولاد دحو").param("nameFr", "Oulad Dahou (second editor)").param("population2014", "14600")
			.param("version", String.valueOf(opened)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"conflict\""),
					containsString("Oulad Dahou (first editor)"), containsString("Oulad Dahou (second editor)"),
					containsString("Quelqu&#39;un d&#39;autre a modifié cette unité"))));

		assertThat(jdbc.sql("select name_fr from territorial_unit where code = 'MA-INE-06'").query(String.class).single())
			.isEqualTo("Oulad Dahou (first editor)");
	}

	@Test
	void invalid_values_are_refused_with_a_message_next_to_the_field_and_nothing_is_saved() throws Exception {
		long version = jdbc.sql("select version from territorial_unit where code = 'MA-INE-04'").query(Long.class).single();
		mvc.perform(post("/territories/MA-INE-04").param("lang", "fr").with(csrf()).with(account(accounts, "admin"))
			.param("nameAr", "").param("nameFr", "Lqliâa").param("latitude", "48.9").param("population2014", "beaucoup")
			.param("version", String.valueOf(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Ce champ est obligatoire."),
					containsString("La valeur doit être au plus 36.5"), containsString("Saisissez un nombre entier."))));
		assertThat(jdbc.sql("select version from territorial_unit where code = 'MA-INE-04'").query(Long.class).single())
			.isEqualTo(version);
	}
}

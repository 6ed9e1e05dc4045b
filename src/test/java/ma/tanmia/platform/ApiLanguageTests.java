package ma.tanmia.platform;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static ma.tanmia.SignedInAs.account;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The language of the JSON API's messages: the language cookie when the caller has one, otherwise its
 * Accept-Language (ar, fr or en), otherwise Arabic. Pages stay Arabic until the reader chooses.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiLanguageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	/** An API error with a translated message: an indicator code that does not exist. */
	private MockHttpServletRequestBuilder unknownIndicator() {
		return get("/api/v1/indicators/NO_SUCH_INDICATOR/values").param("territory", "MA-INE").param("year", "2023")
			.with(account(accounts, "planner.region"));
	}

	@Test
	void without_the_language_cookie_an_api_error_speaks_the_language_of_accept_language() throws Exception {
		mvc.perform(unknownIndicator().header("Accept-Language", "fr-FR,fr;q=0.9,en;q=0.8"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value("Indicateur inconnu : NO_SUCH_INDICATOR."));
		mvc.perform(unknownIndicator().header("Accept-Language", "en-GB"))
			.andExpect(jsonPath("$.message").value("Unknown indicator: NO_SUCH_INDICATOR."));
	}

	@Test
	void an_api_error_is_in_arabic_without_cookie_and_without_or_with_an_unsupported_accept_language() throws Exception {
		mvc.perform(unknownIndicator())
			.andExpect(jsonPath("$.message").value("مؤشر غير معروف: NO_SUCH_INDICATOR."));
		mvc.perform(unknownIndicator().header("Accept-Language", "de-DE,es;q=0.5"))
			.andExpect(jsonPath("$.message").value("مؤشر غير معروف: NO_SUCH_INDICATOR."));
	}

	@Test
	void the_language_cookie_wins_over_accept_language() throws Exception {
		mvc.perform(unknownIndicator().cookie(new Cookie("tanmia-lang", "fr")).header("Accept-Language", "ar,en;q=0.5"))
			.andExpect(jsonPath("$.message").value("Indicateur inconnu : NO_SUCH_INDICATOR."));
		mvc.perform(unknownIndicator().cookie(new Cookie("tanmia-lang", "ar")).header("Accept-Language", "fr"))
			.andExpect(jsonPath("$.message").value("مؤشر غير معروف: NO_SUCH_INDICATOR."));
	}

	@Test
	void pages_stay_arabic_whatever_language_the_browser_asks_for_until_the_reader_chooses() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "fr-FR,fr;q=0.9"))
			.andExpect(content().string(containsString("<html lang=\"ar\" dir=\"rtl\">")));
	}
}

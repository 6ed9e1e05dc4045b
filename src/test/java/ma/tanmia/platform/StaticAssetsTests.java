package ma.tanmia.platform;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
class StaticAssetsTests {

	@Autowired
	MockMvc mvc;

	@Test
	void version_less_webjar_urls_used_by_the_layout_are_served_to_anyone() throws Exception {
		for (String asset : new String[] { "/webjars/bootstrap/dist/css/bootstrap.rtl.min.css",
				"/webjars/bootstrap/dist/css/bootstrap.min.css", "/webjars/bootstrap/dist/js/bootstrap.bundle.min.js",
				"/webjars/htmx.org/dist/htmx.min.js", "/css/tanmia.css", "/js/tanmia.js" }) {
			mvc.perform(get(asset)).andExpect(status().isOk());
		}
	}

	@Test
	void the_favicon_is_served_without_sign_in_so_browsers_stop_getting_a_404_on_every_page() throws Exception {
		mvc.perform(get("/favicon.ico")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/x-icon"));
		mvc.perform(get("/favicon.svg")).andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
		mvc.perform(get("/login")).andExpect(content().string(containsString(
				"<link rel=\"icon\" type=\"image/svg+xml\" href=\"/favicon.svg\">")));
	}
}

package ma.tanmia.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import ma.tanmia.SignedInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every page's title is "<page> · <application name>", the name appended once, by the layout. */
@SpringBootTest
@AutoConfigureMockMvc
class PageTitleTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService accounts;

	@Test
	void the_sign_in_page_is_titled_with_its_name_then_the_application_name_in_arabic_and_in_french() throws Exception {
		mvc.perform(get("/login")).andExpect(content().string(containsString(
				"<title>تسجيل الدخول · تنمية</title>")));
		mvc.perform(get("/login").param("lang", "fr")).andExpect(content().string(containsString(
				"<title>Connexion · Tanmia</title>")));
	}

	@Test
	void signed_in_pages_are_titled_with_their_name_then_the_application_name_in_arabic_and_in_french() throws Exception {
		assertTitle("/projects", "ar", "المشاريع · تنمية");
		assertTitle("/projects", "fr", "Projets · Tanmia");
		assertTitle("/territories", "fr", "Territoire · Tanmia");
		// titles the page computes: a unit's own name, and "edit or new" on the account form
		assertTitle("/territories/MA-INE-01", "ar", "planner.inezgane", "إنزكان · تنمية");
		assertTitle("/territories/MA-INE-01", "fr", "planner.inezgane", "Inezgane · Tanmia");
		assertTitle("/admin/users/new", "ar", "admin", "مستخدم جديد · تنمية");
		assertTitle("/admin/users/new", "fr", "admin", "Nouvel utilisateur · Tanmia");
	}

	@Test
	void no_page_template_repeats_the_application_name_or_passes_a_title_element_to_the_layout() throws IOException {
		Path templates = Path.of("src/main/resources/templates");
		try (Stream<Path> files = Files.walk(templates)) {
			List<String> offenders = files.filter(f -> f.toString().endsWith(".html"))
				.filter(f -> !f.endsWith("layout.html"))
				.filter(f -> {
					String page = read(f);
					return page.contains("app.name") || page.contains("page(~{::title}") || page.contains("<title");
				})
				.map(Path::toString)
				.toList();
			assertThat(offenders).as("pages pass their title text to layout :: page(...); the layout appends the name")
				.isEmpty();
		}
	}

	private void assertTitle(String url, String language, String title) throws Exception {
		assertTitle(url, language, "planner.inezgane", title);
	}

	private void assertTitle(String url, String language, String username, String title) throws Exception {
		mvc.perform(get(url).param("lang", language).with(SignedInAs.account(accounts, username)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<title>" + title + "</title>")));
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}

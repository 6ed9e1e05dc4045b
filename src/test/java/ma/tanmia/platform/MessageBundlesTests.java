package ma.tanmia.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class MessageBundlesTests {

	static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	@Test
	void every_message_with_arguments_shows_its_arguments_and_its_apostrophes() throws IOException {
		for (String language : new String[] { "ar", "fr", "en" }) {
			Properties messages = load("messages_" + language + ".properties");
			for (String key : messages.stringPropertyNames()) {
				String pattern = messages.getProperty(key);
				if (!ARGUMENT.matcher(pattern).find()) {
					continue;
				}
				String shown = new MessageFormat(pattern, Locale.forLanguageTag(language))
					.format(new Object[] { 7, 8, 9, 10, 11, 12 });
				assertThat(shown).as(language + " " + key + " keeps no placeholder").doesNotContainPattern("\\{\\d");
				long quotes = pattern.chars().filter(c -> c == '\'').count() / 2;
				assertThat(shown.chars().filter(c -> c == '\'').count()).as(language + " " + key + " keeps its apostrophes")
					.isEqualTo(quotes);
			}
		}
	}

	@Test
	void the_three_languages_have_the_same_keys() throws IOException {
		Properties ar = load("messages_ar.properties");
		assertThat(load("messages_fr.properties").stringPropertyNames()).isEqualTo(ar.stringPropertyNames());
		assertThat(load("messages_en.properties").stringPropertyNames()).isEqualTo(ar.stringPropertyNames());
	}

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}

package ma.tanmia.platform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What the layout of every page needs: links that switch the language of the current page. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class PageModel {

	@ModelAttribute("languageLinks")
	Map<String, String> languageLinks(HttpServletRequest request) {
		Map<String, String> links = new LinkedHashMap<>();
		for (Locale language : Languages.SUPPORTED) {
			links.put(language.getLanguage(), ServletUriComponentsBuilder.fromRequest(request)
				.replaceQueryParam("lang", language.getLanguage())
				.replaceQueryParam("continue")
				.build()
				.toUriString());
		}
		return links;
	}
}

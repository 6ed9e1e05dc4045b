package ma.tanmia.consultation;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Minutes are written as rich text and shown as HTML: only formatting, lists, tables, links (http,
 * https, mailto; opened with rel=nofollow) and the {@code dir} attribute (Arabic and French paragraphs
 * side by side) survive. Scripts, event handlers, styles and iframes are dropped.
 */
final class RichText {

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("hr", "br", "span")
			.allowAttributes("dir").matching(true, "rtl", "ltr", "auto").globally()
			.toFactory());

	private RichText() {
	}

	static String sanitize(String html) {
		if (html == null || html.isBlank()) {
			return null;
		}
		String clean = POLICY.sanitize(html).strip();
		return clean.isEmpty() ? null : clean;
	}
}

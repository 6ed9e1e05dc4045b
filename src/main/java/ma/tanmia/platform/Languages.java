package ma.tanmia.platform;

import java.util.List;
import java.util.Locale;

/**
 * The languages of the interface. Arabic first. Formatting uses the Moroccan variant of each
 * language (ar-MA writes Latin digits and Maghreb month names such as نونبر, غشت).
 */
public final class Languages {

	public static final Locale ARABIC = Locale.forLanguageTag("ar");
	public static final Locale FRENCH = Locale.forLanguageTag("fr");
	public static final Locale ENGLISH = Locale.forLanguageTag("en");
	public static final List<Locale> SUPPORTED = List.of(ARABIC, FRENCH, ENGLISH);

	private Languages() {
	}

	/** One of the supported languages; anything else falls back to Arabic. */
	public static Locale supported(Locale requested) {
		if (requested == null) {
			return ARABIC;
		}
		return SUPPORTED.stream()
			.filter(l -> l.getLanguage().equals(requested.getLanguage()))
			.findFirst()
			.orElse(ARABIC);
	}

	public static Locale forFormatting(Locale language) {
		return switch (supported(language).getLanguage()) {
			// CLDR's fr-MA groups thousands with dots; Moroccan French publications (HCP, the
			// Official Bulletin) write 3 020 431, as plain French does.
			case "fr" -> Locale.FRENCH;
			case "en" -> Locale.forLanguageTag("en-GB");
			default -> Locale.forLanguageTag("ar-MA");
		};
	}

	public static boolean rightToLeft(Locale language) {
		return "ar".equals(supported(language).getLanguage());
	}
}

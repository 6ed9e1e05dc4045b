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

	// Built once: every number, amount and date of a page asks for its formatting locale, and
	// parsing a language tag each time showed in the project list's rendering profile.
	private static final Locale ARABIC_MOROCCO = Locale.forLanguageTag("ar-MA");
	private static final Locale ENGLISH_BRITISH = Locale.forLanguageTag("en-GB");

	private Languages() {
	}

	/** One of the supported languages; anything else falls back to Arabic. */
	public static Locale supported(Locale requested) {
		if (requested == null) {
			return ARABIC;
		}
		for (Locale language : SUPPORTED) {
			if (language.getLanguage().equals(requested.getLanguage())) {
				return language;
			}
		}
		return ARABIC;
	}

	/**
	 * The supported language an {@code Accept-Language} header prefers ("fr-FR,fr;q=0.9,en;q=0.8" → fr),
	 * Arabic when it names none of them, is absent or cannot be read.
	 */
	public static Locale accepted(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return ARABIC;
		}
		try {
			Locale match = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), SUPPORTED);
			return match == null ? ARABIC : match;
		}
		catch (IllegalArgumentException unreadable) {
			return ARABIC;
		}
	}

	public static Locale forFormatting(Locale language) {
		return switch (supported(language).getLanguage()) {
			// CLDR's fr-MA groups thousands with dots; Moroccan French publications (HCP, the
			// Official Bulletin) write 3 020 431, as plain French does.
			case "fr" -> Locale.FRENCH;
			case "en" -> ENGLISH_BRITISH;
			default -> ARABIC_MOROCCO;
		};
	}

	public static boolean rightToLeft(Locale language) {
		return "ar".equals(supported(language).getLanguage());
	}
}

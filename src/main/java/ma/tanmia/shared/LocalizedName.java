package ma.tanmia.shared;

import java.util.Locale;

/** A name as written in Arabic, French and, where known, Amazigh (Tifinagh). */
public record LocalizedName(String ar, String fr, String tzm) {

	public String in(Locale locale) {
		boolean arabic = locale == null || "ar".equals(locale.getLanguage());
		return arabic ? ar : fr;
	}

	/** The other script shown beside the main name, so Arabic and French readers recognise the unit. */
	public String secondary(Locale locale) {
		return in(locale).equals(ar) ? fr : ar;
	}
}

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

	/**
	 * The SQL to sort rows by name as the reader's dictionary does: the Arabic name in Arabic, the
	 * French name otherwise, with PostgreSQL's ICU collations ("Élevage" among the E, not after
	 * "Zagora"). {@code prefix} is the table alias with its dot, e.g. {@code "c."}.
	 */
	public static String sqlOrder(String prefix, java.util.Locale reader) {
		return "ar".equals(reader.getLanguage()) ? prefix + "name_ar collate \"ar-x-icu\""
				: prefix + "name_fr collate \"fr-x-icu\"";
	}
}

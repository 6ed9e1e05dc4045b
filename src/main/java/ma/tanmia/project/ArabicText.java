package ma.tanmia.project;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Folds the spellings a person may type for the same word onto one form, so search finds
 * "مؤسسة" when "موسسه" is typed: hamza carriers and alef variants, ta marbuta, alef maksura,
 * diacritics and tatweel in Arabic; case and accents in French ("Aït" and "ait").
 */
final class ArabicText {

	private ArabicText() {
	}

	static String fold(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder folded = new StringBuilder(text.length());
		String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if ((c >= '\u064B' && c <= '\u065F') || c == '\u0670' || c == '\u0640' || c == 'ء'
					|| Character.getType(c) == Character.NON_SPACING_MARK) {
				continue; // harakat, superscript alef, tatweel, lone hamza, Latin accents
			}
			folded.append(switch (c) {
				case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
				case 'ة' -> 'ه';
				case 'ى', 'ئ' -> 'ي';
				case 'ؤ' -> 'و';
				default -> Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : ' ';
			});
		}
		return folded.toString().replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
	}

	/** The folded words of a query, each at least two characters long. */
	static List<String> words(String query) {
		return Arrays.stream(fold(query).split(" ")).filter(w -> w.length() >= 2).distinct().toList();
	}
}

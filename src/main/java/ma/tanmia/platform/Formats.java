package ma.tanmia.platform;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Numbers, amounts in MAD and dates as the reader's language writes them. Used in templates as
 * {@code ${@fmt.number(x)}}. Grouping spaces are non-breaking so a figure never splits over two
 * lines, in a table cell or a PDF.
 */
@Component("fmt")
public class Formats {

	static final ZoneId MOROCCO = ZoneId.of("Africa/Casablanca");

	public String number(Number value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(value instanceof BigDecimal || value instanceof Double ? 2 : 0);
		return nonBreaking(format.format(value));
	}

	public String percent(Number ratio) {
		if (ratio == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getPercentInstance(locale());
		format.setMaximumFractionDigits(1);
		return nonBreaking(format.format(ratio.doubleValue()));
	}

	/**
	 * Text that must read left to right inside a right-to-left sentence, such as a mandate
	 * "2016-2021" (without isolation the bidi algorithm shows "2021-2016").
	 */
	public String ltr(String text) {
		return text == null ? "" : "\u2066" + text + "\u2069";
	}

	/** A figure already in percent (38.5 → "38,5 %"). */
	public String pct(Number percent) {
		return percent == null ? "" : percent(percent.doubleValue() / 100);
	}

	/** An amount in Moroccan dirhams, e.g. "1 250 000,00 MAD" in French, "1.250.000,00 د.م." in Arabic. */
	public String money(Number amount) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(2);
		format.setMaximumFractionDigits(2);
		String currency = "ar".equals(locale().getLanguage()) ? "د.م." : "MAD";
		return nonBreaking(format.format(amount)) + "\u00a0" + currency;
	}

	public String date(LocalDate date) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()).format(date);
	}

	public String dateTime(TemporalAccessor instant) {
		if (instant == null) {
			return "";
		}
		TemporalAccessor local = instant instanceof OffsetDateTime odt ? odt.atZoneSameInstant(MOROCCO) : instant;
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale()).format(local);
	}

	private static Locale locale() {
		return Languages.forFormatting(LocaleContextHolder.getLocale());
	}

	private static String nonBreaking(String formatted) {
		return formatted.replace(' ', '\u00a0').replace('\u202f', '\u00a0');
	}
}

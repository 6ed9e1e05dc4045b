package ma.tanmia.indicator;

import java.text.NumberFormat;

import ma.tanmia.platform.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Disparity measures in templates ({@code ${@measure.of(x)}}): three decimals, since a Gini of
 * 0.043 and one of 0.047 differ where two decimals would show the same, in the reader's language.
 */
@Component("measure")
class MeasureFormat {

	public String of(Number value) {
		if (value == null) {
			return "—";
		}
		NumberFormat format = NumberFormat.getNumberInstance(Languages.forFormatting(LocaleContextHolder.getLocale()));
		format.setMinimumFractionDigits(3);
		format.setMaximumFractionDigits(3);
		return format.format(value).replace(' ', '\u00a0').replace('\u202f', '\u00a0');
	}
}

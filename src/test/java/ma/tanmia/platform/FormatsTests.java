package ma.tanmia.platform;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

class FormatsTests {

	final Formats fmt = new Formats();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void arabic_writes_latin_digits_and_moroccan_month_names_as_the_seed_articles_do() {
		LocaleContextHolder.setLocale(Locale.forLanguageTag("ar"));
		assertThat(fmt.number(541118)).isEqualTo("541.118");
		assertThat(fmt.date(LocalDate.of(2021, 11, 30))).contains("نونبر").contains("2021");
		assertThat(fmt.date(LocalDate.of(2018, 8, 4))).contains("غشت");
		assertThat(fmt.money(new BigDecimal("37700000000"))).isEqualTo("37.700.000.000,00\u00a0د.م.");
	}

	@Test
	void french_groups_thousands_with_non_breaking_spaces_and_writes_mad() {
		LocaleContextHolder.setLocale(Locale.FRENCH);
		assertThat(fmt.number(2676847)).isEqualTo("2\u00a0676\u00a0847");
		assertThat(fmt.money(new BigDecimal("300000"))).isEqualTo("300\u00a0000,00\u00a0MAD");
		assertThat(fmt.date(LocalDate.of(2021, 11, 30))).isEqualTo("30 novembre 2021");
		assertThat(fmt.percent(0.38)).isEqualTo("38\u00a0%");
	}
}

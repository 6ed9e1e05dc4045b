package ma.tanmia.ess;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import ma.tanmia.platform.Formats;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Broken rules in the reader's language, amounts in MAD and percentages as the reader writes them. */
@Component
class Explanations {

	private final MessageSource messages;
	private final Formats formats;

	Explanations(MessageSource messages, Formats formats) {
		this.messages = messages;
		this.formats = formats;
	}

	List<String> of(List<RuleFailure> failures) {
		return failures.stream().map(this::of).toList();
	}

	String of(RuleFailure failure) {
		Object[] args = failure.figures().stream().map(f -> switch (f.unit()) {
			case MONEY -> formats.money((Number) f.value());
			case PERCENT -> formats.pct((Number) f.value());
			case TEXT -> f.value() instanceof LocalDate d ? formats.date(d)
					: f.value() instanceof Enum<?> e ? label(e) : String.valueOf(f.value());
		}).toArray();
		return messages.getMessage(failure.messageKey(), args, locale());
	}

	String of(EssRuleBroken broken) {
		Object[] args = java.util.Arrays.stream(broken.arguments())
			.map(a -> a instanceof java.math.BigDecimal b ? formats.money(b)
					: a instanceof LocalDate d ? formats.date(d) : a)
			.toArray();
		return messages.getMessage(broken.messageKey(), args, locale());
	}

	private String label(Enum<?> value) {
		String prefix = value instanceof ValueChain ? "ess.valueChain." : value instanceof CooperativeStatus ? "ess.status." : "";
		return messages.getMessage(prefix + value.name(), null, value.name(), locale());
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}
}

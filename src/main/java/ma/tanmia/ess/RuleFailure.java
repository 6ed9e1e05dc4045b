package ma.tanmia.ess;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule of a call an application breaks, with the figures that show why.
 *
 * @param messageKey the explanation, translated for the reader
 * @param figures the explanation's arguments: amounts, percentages or plain values, formatted for the reader
 */
public record RuleFailure(String messageKey, List<Figure> figures) {

	public enum Unit {
		MONEY, PERCENT, TEXT
	}

	public record Figure(Unit unit, Object value) {

		static Figure money(BigDecimal amount) {
			return new Figure(Unit.MONEY, amount);
		}

		static Figure percent(BigDecimal percent) {
			return new Figure(Unit.PERCENT, percent);
		}

		static Figure text(Object value) {
			return new Figure(Unit.TEXT, value);
		}
	}

	static RuleFailure of(String messageKey, Figure... figures) {
		return new RuleFailure(messageKey, List.of(figures));
	}
}

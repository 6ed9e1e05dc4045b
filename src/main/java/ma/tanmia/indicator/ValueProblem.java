package ma.tanmia.indicator;

import java.util.List;

/**
 * One thing wrong in submitted values, located so the person can find and fix it.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1); 0 for a form or the whole file
 * @param column the column header, or null for a problem with the whole row or file
 * @param messageKey the reason, as a message key translated for the reader
 */
public record ValueProblem(int row, String column, String messageKey, List<Object> arguments) {

	static ValueProblem at(int row, String column, String messageKey, Object... arguments) {
		return new ValueProblem(row, column, messageKey, List.of(arguments));
	}

	public Object[] args() {
		return arguments.toArray();
	}
}

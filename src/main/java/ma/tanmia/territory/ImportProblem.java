package ma.tanmia.territory;

import java.util.List;

/**
 * One thing wrong in an imported file, located so the person can find and fix it.
 *
 * @param row the row as a spreadsheet numbers it (the header is row 1)
 * @param column the column header, or null for a problem with the whole row or file
 * @param messageKey the reason, as a message key translated for the reader
 */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

	static ImportProblem at(int row, String column, String messageKey, Object... arguments) {
		return new ImportProblem(row, column, messageKey, List.of(arguments));
	}
}

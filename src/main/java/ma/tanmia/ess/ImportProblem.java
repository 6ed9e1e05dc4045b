package ma.tanmia.ess;

import java.util.List;

/**
 * One thing wrong in an imported registry file, located so the person can find and fix it.
 *
 * @param file the file's name as uploaded
 * @param row the row as a spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column's letter (A, B, …), or null for a problem with the whole row or file
 * @param field the column's header, or null
 * @param messageKey the reason, translated for the reader
 */
record ImportProblem(String file, int row, String column, String field, String messageKey, List<Object> arguments) {

	public Object[] args() {
		return arguments.toArray();
	}
}

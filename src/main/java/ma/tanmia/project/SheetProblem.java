package ma.tanmia.project;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong in an uploaded workbook, located so the person can find and fix it.
 *
 * @param sheet the sheet's name as in the file
 * @param row the row as Excel numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column's letter, or null for a problem with the whole row or file
 * @param header the column's header as in the file, or null
 * @param messageKey the reason, translated for the reader
 * @param arguments the values the reason quotes
 */
record SheetProblem(String sheet, int row, String column, String header, String messageKey, List<String> arguments) {

	/** Dates quoted in reasons as the workbook shows them. */
	static final DateTimeFormatter DAY_FIRST = DateTimeFormatter.ofPattern("dd/MM/uuuu");

	static SheetProblem at(String sheet, int row, String column, String header, String messageKey, Object... arguments) {
		return new SheetProblem(sheet, row, column, header, messageKey, Arrays.stream(arguments)
			.map(a -> a == null ? "" : a instanceof LocalDate date ? DAY_FIRST.format(date) : a.toString())
			.toList());
	}

	/** The arguments for a message, as Thymeleaf's {@code #messages.msgWithParams} wants them. */
	public Object[] args() {
		return arguments.toArray();
	}
}

package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an uploaded bulk-update workbook will change, as checked when it was uploaded: one item per
 * project whose row differs from Tanmia, with the version the row was downloaded at. Stored (as
 * JSON) between the preview and the commit; nothing is written to the projects before the commit.
 *
 * @param rowsRead project rows in the file
 * @param unchanged rows identical to what Tanmia holds
 * @param headers the file's columns with their headers, to locate problems found at the commit
 * @param letters the file's columns with their letters
 */
record BulkPlan(String fileName, String sheet, int rowsRead, int unchanged, Map<BulkColumn, String> headers,
		Map<BulkColumn, String> letters, List<Item> items) {

	/**
	 * The changes of one project.
	 *
	 * @param report a progress report is recorded (status, progress, date, comment)
	 * @param describe the planned end or the maturity (land, studies) changes
	 */
	record Item(int row, String code, String titleAr, String titleFr, long version, boolean report,
			ProjectStatus status, BigDecimal progress, LocalDate reportDate, String comment, boolean describe,
			LocalDate plannedEnd, boolean landSecured, boolean studiesDone, List<Change> changes) {

		public String title(java.util.Locale language) {
			return "ar".equals(language.getLanguage()) ? titleAr : titleFr;
		}
	}

	/** A value before and after, as text: a status code, a number, an ISO date, true/false; null when empty. */
	record Change(BulkColumn column, String before, String after) {
	}

	int changeCount() {
		return items.stream().mapToInt(i -> i.changes().size()).sum();
	}

	/** A problem on a row and column of this file. */
	SheetProblem problem(int row, BulkColumn column, String messageKey, Object... arguments) {
		return SheetProblem.at(sheet, row, column == null ? null : letters.get(column),
				column == null ? null : headers.get(column), messageKey, arguments);
	}
}

package ma.tanmia.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;
import ma.tanmia.project.Spreadsheets.Column;
import ma.tanmia.project.Spreadsheets.Styles;
import ma.tanmia.shared.Authorizations;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * The bulk-update workbook, pre-filled with the projects matching the list's filters that the
 * person may edit (at most {@link BulkFile#MAX_ROWS}, what an upload accepts). The key and reference columns are locked (the sheet is protected without a
 * password: it prevents slips, not intent, and the upload checks everything again); statuses and
 * yes/no come from drop-down lists in the workbook's language; percentages and dates are validated
 * as they are typed.
 */
@Component
class BulkTemplate {

	static final String SELECT = """
			select p.code, p.title_ar, p.title_fr, p.status, p.physical_progress, p.planned_end, p.actual_start,
			       p.actual_end, p.land_secured, p.studies_done, p.version
			from project p
			""";

	static final int HELP_LINES = 7;

	private final StreamingQuery query;
	private final Programs programs;
	private final BulkVocabulary words;

	BulkTemplate(StreamingQuery query, Programs programs, BulkVocabulary words) {
		this.query = query;
		this.programs = programs;
		this.words = words;
	}

	/** The ids of the programs the current person may edit (an administrator's or planner's scope). */
	List<Long> editablePrograms() {
		return programs.visible(null, null).stream().filter(programs::mayEdit).map(Program::id).toList();
	}

	record Result(SXSSFWorkbook workbook, int rows) {
	}

	Result write(ProjectFilter filter, Authorizations who, Locale language, LocalDate today) {
		ProjectFilter.Condition condition = filter.condition(who);
		List<Long> editable = editablePrograms();
		Map<String, Object> parameters = new LinkedHashMap<>(condition.parameters());
		parameters.put("editablePrograms", editable);
		String where = condition.sql() + (editable.isEmpty() ? " and false" : " and p.program_id in (:editablePrograms)");

		SXSSFWorkbook workbook = Spreadsheets.streaming();
		try {
			Styles styles = Styles.of(workbook, language);
			List<Column> columns = Arrays.stream(BulkColumn.values())
				.map(c -> new Column(words.header(c, language), c.width))
				.toList();
			SXSSFSheet sheet = (SXSSFSheet) Spreadsheets.sheet(workbook, words.sheetName(language), language, styles,
					columns);
			lists(workbook, language);
			help(workbook, language, styles);
			boolean arabic = "ar".equals(language.getLanguage());
			int[] rows = { 0 };
			parameters.put("limit", BulkFile.MAX_ROWS);
			query.inReadOnlyTransaction(() -> query.each(SELECT + " where " + where + " order by p.code limit :limit",
					parameters,
					(RowCallbackHandler) rs -> row(sheet.createRow(++rows[0]), rs, styles, language, arabic)));
			validate(sheet, rows[0], language);
			sheet.setColumnHidden(BulkColumn.VERSION.ordinal(), true);
			Spreadsheets.filter(sheet, rows[0], BulkColumn.values().length);
			protect(sheet);
			workbook.setActiveSheet(0);
			return new Result(workbook, rows[0]);
		}
		catch (RuntimeException e) {
			workbook.dispose();
			throw e;
		}
	}

	private void row(Row row, ResultSet rs, Styles styles, Locale language, boolean arabic) throws java.sql.SQLException {
		CellStyle locked = styles.locked();
		Spreadsheets.text(row, BulkColumn.CODE.ordinal(), rs.getString("code"), locked);
		Spreadsheets.text(row, BulkColumn.TITLE.ordinal(), rs.getString(arabic ? "title_ar" : "title_fr"), locked);
		Spreadsheets.text(row, BulkColumn.STATUS.ordinal(),
				words.status(ProjectStatus.valueOf(rs.getString("status")), language), styles.text());
		Spreadsheets.number(row, BulkColumn.PROGRESS.ordinal(), rs.getBigDecimal("physical_progress"), styles.percent());
		Spreadsheets.date(row, BulkColumn.REPORT_DATE.ordinal(), null, styles.date());
		Spreadsheets.text(row, BulkColumn.COMMENT.ordinal(), null, styles.wrapped());
		Spreadsheets.date(row, BulkColumn.PLANNED_END.ordinal(), rs.getObject("planned_end", LocalDate.class),
				styles.date());
		Spreadsheets.date(row, BulkColumn.ACTUAL_START.ordinal(), rs.getObject("actual_start", LocalDate.class),
				styles.lockedDate());
		Spreadsheets.date(row, BulkColumn.ACTUAL_END.ordinal(), rs.getObject("actual_end", LocalDate.class),
				styles.lockedDate());
		Spreadsheets.text(row, BulkColumn.LAND_SECURED.ordinal(), words.yesNo(rs.getBoolean("land_secured"), language),
				styles.text());
		Spreadsheets.text(row, BulkColumn.STUDIES_DONE.ordinal(), words.yesNo(rs.getBoolean("studies_done"), language),
				styles.text());
		Spreadsheets.number(row, BulkColumn.VERSION.ordinal(), BigDecimal.valueOf(rs.getLong("version")), locked);
	}

	/** The values of the drop-down lists, on a sheet the person does not see. */
	private void lists(SXSSFWorkbook workbook, Locale language) {
		Sheet lists = workbook.createSheet(BulkVocabulary.LISTS_SHEET);
		ProjectStatus[] statuses = ProjectStatus.values();
		for (int i = 0; i < statuses.length; i++) {
			Row row = lists.createRow(i);
			row.createCell(0).setCellValue(words.status(statuses[i], language));
			if (i < 2) {
				row.createCell(1).setCellValue(words.yesNo(i == 0, language));
			}
		}
		workbook.setSheetVisibility(workbook.getSheetIndex(lists), SheetVisibility.VERY_HIDDEN);
		name(workbook, "statuses", BulkVocabulary.LISTS_SHEET + "!$A$1:$A$" + statuses.length);
		name(workbook, "yesNo", BulkVocabulary.LISTS_SHEET + "!$B$1:$B$2");
	}

	private static void name(SXSSFWorkbook workbook, String name, String formula) {
		Name n = workbook.createName();
		n.setNameName(name);
		n.setRefersToFormula(formula);
	}

	/** How to fill the sheet, in the workbook's language. */
	private void help(SXSSFWorkbook workbook, Locale language, Styles styles) {
		Sheet help = workbook.createSheet(Spreadsheets.safeName(workbook, words.message("bulk.sheet.help", language)));
		help.setRightToLeft("ar".equals(language.getLanguage()));
		help.setColumnWidth(0, 120 * 256);
		Row title = help.createRow(0);
		title.createCell(0).setCellValue(words.message("bulk.title", language));
		title.getCell(0).setCellStyle(styles.title());
		for (int i = 1; i <= HELP_LINES; i++) {
			Spreadsheets.text(help.createRow(i + 1), 0, "• " + words.message("bulk.help." + i, language),
					styles.wrapped());
		}
	}

	private void validate(SXSSFSheet sheet, int lastRow, Locale language) {
		if (lastRow < 1) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		add(sheet, helper, helper.createFormulaListConstraint("statuses"), BulkColumn.STATUS, lastRow,
				"bulk.validation.status", language);
		add(sheet, helper, helper.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "100"),
				BulkColumn.PROGRESS, lastRow, "bulk.validation.progress", language);
		add(sheet, helper, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
				"TODAY()", null), BulkColumn.REPORT_DATE, lastRow, "bulk.validation.reportDate", language);
		add(sheet, helper, helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN, "DATE(2000,1,1)",
				"DATE(2100,12,31)", null), BulkColumn.PLANNED_END, lastRow, "bulk.validation.date", language);
		add(sheet, helper, helper.createTextLengthConstraint(DataValidationConstraint.OperatorType.LESS_OR_EQUAL,
				String.valueOf(BulkFile.MAX_COMMENT), null), BulkColumn.COMMENT, lastRow, "bulk.validation.comment",
				language);
		for (BulkColumn yesNo : List.of(BulkColumn.LAND_SECURED, BulkColumn.STUDIES_DONE)) {
			add(sheet, helper, helper.createFormulaListConstraint("yesNo"), yesNo, lastRow, "bulk.validation.yesNo",
					language);
		}
	}

	private void add(SXSSFSheet sheet, DataValidationHelper helper, DataValidationConstraint constraint,
			BulkColumn column, int lastRow, String messageKey, Locale language) {
		DataValidation validation = helper.createValidation(constraint,
				new CellRangeAddressList(1, lastRow, column.ordinal(), column.ordinal()));
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.createErrorBox(truncate(words.header(column, language), 32), truncate(words.message(messageKey, language), 255));
		validation.setShowErrorBox(true);
		validation.setEmptyCellAllowed(true);
		if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
			// For .xlsx POI writes the opposite (showDropDown, which Excel reads as "hide the arrow"):
			// true here is what shows the drop-down arrow in the cell.
			validation.setSuppressDropDownArrow(true);
		}
		sheet.addValidationData(validation);
	}

	/** Locks the key and reference columns; filtering, resizing and formatting stay allowed. */
	private static void protect(SXSSFSheet sheet) {
		sheet.enableLocking();
		sheet.lockAutoFilter(false);
		sheet.lockFormatColumns(false);
		sheet.lockFormatRows(false);
		sheet.lockFormatCells(false);
		sheet.lockSelectLockedCells(false);
		sheet.lockSelectUnlockedCells(false);
	}

	private static String truncate(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}
}

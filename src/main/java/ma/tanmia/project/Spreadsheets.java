package ma.tanmia.project;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import ma.tanmia.platform.Languages;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The conventions every Excel file of Tanmia follows: headers in the reader's language on a frozen
 * first row with an autofilter, Arabic sheets right to left, amounts as numbers formatted in MAD,
 * percentages as numbers from 0 to 100, dates as real dates, column widths set by hand (autosizing
 * a streamed sheet would keep every row in memory), and a dated file name sent with RFC 5987
 * encoding so Arabic names survive the download.
 */
final class Spreadsheets {

	/** Rows kept in memory while streaming; older rows go to a compressed temporary file. */
	static final int WINDOW = 100;

	static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private Spreadsheets() {
	}

	/** A workbook that keeps only {@link #WINDOW} rows in memory per sheet. */
	static SXSSFWorkbook streaming() {
		SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
		workbook.setCompressTempFiles(true);
		return workbook;
	}

	/** The cell styles of one workbook (a workbook holds at most 64 000 styles: create them once). */
	record Styles(CellStyle header, CellStyle text, CellStyle wrapped, CellStyle money, CellStyle percent,
			CellStyle integer, CellStyle date, CellStyle locked, CellStyle lockedDate, CellStyle title) {

		static Styles of(Workbook workbook, Locale language) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			CellStyle header = workbook.createCellStyle();
			header.setFont(bold);
			header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			header.setBorderBottom(BorderStyle.THIN);
			header.setWrapText(true);
			header.setVerticalAlignment(VerticalAlignment.CENTER);

			CellStyle text = workbook.createCellStyle();
			text.setLocked(false);
			CellStyle wrapped = workbook.createCellStyle();
			wrapped.setLocked(false);
			wrapped.setWrapText(true);
			CellStyle money = workbook.createCellStyle();
			money.setDataFormat(workbook.createDataFormat().getFormat(moneyFormat(language)));
			money.setLocked(false);
			CellStyle percent = workbook.createCellStyle();
			percent.setDataFormat(workbook.createDataFormat().getFormat("0.0#"));
			percent.setLocked(false);
			CellStyle integer = workbook.createCellStyle();
			integer.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
			integer.setLocked(false);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
			date.setLocked(false);

			CellStyle locked = workbook.createCellStyle();
			locked.setLocked(true);
			locked.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			locked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			CellStyle lockedDate = workbook.createCellStyle();
			lockedDate.cloneStyleFrom(locked);
			lockedDate.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));

			Font big = workbook.createFont();
			big.setBold(true);
			big.setFontHeightInPoints((short) 14);
			CellStyle title = workbook.createCellStyle();
			title.setFont(big);
			return new Styles(header, text, wrapped, money, percent, integer, date, locked, lockedDate, title);
		}
	}

	/** Day first, as Moroccan administrations write dates in both languages. */
	static final String DATE_FORMAT = "dd/mm/yyyy";

	/** Amounts in dirhams: the symbol follows the reader's language, the value stays a number. */
	static String moneyFormat(Locale language) {
		String currency = Languages.rightToLeft(language) ? "د.م." : "MAD";
		return "#,##0.00 \"" + currency + "\"";
	}

	/** A column: its header and its width in characters. */
	record Column(String header, int width) {
	}

	/** A new sheet in the reader's direction, with a frozen header row and the columns' widths. */
	static Sheet sheet(Workbook workbook, String name, Locale language, Styles styles, List<Column> columns) {
		Sheet sheet = workbook.createSheet(safeName(workbook, name));
		sheet.setRightToLeft(Languages.rightToLeft(language));
		Row header = sheet.createRow(0);
		header.setHeightInPoints(32);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(columns.get(i).header());
			cell.setCellStyle(styles.header());
			sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
		}
		sheet.createFreezePane(0, 1);
		return sheet;
	}

	/** The autofilter over the header and the rows written (only known once they are). */
	static void filter(Sheet sheet, int lastRow, int columns) {
		sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 1), 0, columns - 1));
	}

	/** A sheet name Excel accepts (31 characters, none of []:*?/\), unique in the workbook. */
	static String safeName(Workbook workbook, String name) {
		String safe = WorkbookUtil.createSafeSheetName(name, '-');
		String candidate = safe;
		for (int n = 2; workbook.getSheet(candidate) != null; n++) {
			String suffix = " " + n;
			candidate = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
		}
		return candidate;
	}

	static void text(Row row, int column, String value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null && !value.isEmpty()) {
			cell.setCellValue(value);
		}
	}

	static void number(Row row, int column, BigDecimal value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value.doubleValue());
		}
	}

	static void number(Row row, int column, long value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		cell.setCellValue(value);
	}

	static void date(Row row, int column, LocalDate value, CellStyle style) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(style);
		if (value != null) {
			cell.setCellValue(value);
		}
	}

	/**
	 * Prepares the response for a workbook download: {@code name-2026-05-14.xlsx}, with an ASCII
	 * fallback for old clients and the name in the reader's language for the others (RFC 6266 and
	 * RFC 5987).
	 */
	static void download(HttpServletResponse response, String asciiName, String localizedName, LocalDate day) {
		response.setContentType(CONTENT_TYPE);
		response.setHeader("Content-Disposition", contentDisposition(asciiName + "-" + day + ".xlsx",
				localizedName + "-" + day + ".xlsx"));
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

	static String contentDisposition(String asciiFileName, String fileName) {
		String fallback = asciiFileName.replaceAll("[^A-Za-z0-9._-]", "_");
		return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + rfc5987(fileName);
	}

	/** Percent-encodes everything but RFC 5987's attr-chars. */
	static String rfc5987(String value) {
		String encoded = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
		// URLEncoder leaves * unencoded and encodes some attr-chars RFC 5987 allows; both are fine for
		// browsers except '*', which RFC 5987 does not allow bare.
		return encoded.replace("*", "%2A");
	}

	/** Writes the workbook to the response and deletes its temporary files. */
	static void send(SXSSFWorkbook workbook, HttpServletResponse response) throws IOException {
		try (workbook) {
			workbook.write(response.getOutputStream());
			response.flushBuffer();
		}
	}
}

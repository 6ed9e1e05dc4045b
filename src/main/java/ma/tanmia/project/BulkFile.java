package ma.tanmia.project;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded bulk-update workbook (.xlsx) as a stream of SAX events, never the whole
 * workbook in memory, and checks each cell on its own: a known status, a number from 0 to 100, a
 * real date not in the future, yes or no. Checks that need Tanmia's data (codes, scope, versions,
 * rules between fields) are {@link BulkUpdates}'. Every problem is kept, located by sheet, row and
 * column, so the person gets them all at once.
 */
final class BulkFile {

	static final int MAX_ROWS = 20_000;
	static final int MAX_COMMENT = 2000;
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
	static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

	/** Marks a value that was a number (or a date) in the cell, not text typed to look like one. */
	static final char NUMBER = '\u0001';
	static final char DATE = '\u0002';

	static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

	/**
	 * One project row as typed; a field is null when its column is absent, or (for dates and the
	 * comment) when its cell is empty.
	 *
	 * @param present the columns the file has
	 * @param wellFormed every cell of the row passed its own checks
	 */
	record Line(int row, String code, Long version, ProjectStatus status, BigDecimal progress, LocalDate reportDate,
			String comment, LocalDate plannedEnd, Boolean landSecured, Boolean studiesDone, boolean wellFormed) {
	}

	/**
	 * @param headers the columns found, with their header as in the file
	 * @param letters the columns found, with their letter in the file
	 */
	record Parsed(String sheet, Map<BulkColumn, String> headers, Map<BulkColumn, String> letters, List<Line> lines,
			List<SheetProblem> problems) {

		boolean has(BulkColumn column) {
			return headers.containsKey(column);
		}
	}

	private final BulkVocabulary words;
	private final LocalDate today;
	private final List<SheetProblem> problems = new ArrayList<>();
	private final List<Line> lines = new ArrayList<>();
	private final Map<BulkColumn, String> headers = new EnumMap<>(BulkColumn.class);
	private final Map<Integer, BulkColumn> columnAt = new HashMap<>();
	private final Map<BulkColumn, Integer> indexOf = new EnumMap<>(BulkColumn.class);
	private final Map<String, Integer> firstRowOfCode = new HashMap<>();
	private String sheet = "";
	private boolean headerRead;

	private BulkFile(BulkVocabulary words, LocalDate today) {
		this.words = words;
		this.today = today;
	}

	static Parsed read(Path file, BulkVocabulary words, LocalDate today) {
		return new BulkFile(words, today).parse(file);
	}

	private Parsed parse(Path file) {
		OPCPackage workbook = null;
		try {
			if (!isZip(file)) {
				// A CSV, an old .xls or an encrypted workbook: say so rather than what the zip reader says.
				problems.add(SheetProblem.at("", 0, null, null, "bulk.error.file.notXlsx"));
				return new Parsed(sheet, headers, Map.of(), lines, problems);
			}
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
			XSSFReader reader = new XSSFReader(workbook);
			SharedStrings strings = reader.getSharedStringsTable();
			StylesTable styles = reader.getStylesTable();
			String chosen = chooseSheet(reader);
			XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
			while (sheets.hasNext()) {
				try (InputStream data = sheets.next()) {
					if (!sheets.getSheetName().equals(chosen)) {
						continue;
					}
					sheet = chosen;
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new Rows(), new RawValues(), false));
					try {
						parser.parse(new InputSource(data));
					}
					catch (RuntimeException | SAXException e) {
						if (!stopped(e)) {
							throw e;
						}
						// the header is unusable, or the file too long: already reported
					}
					break;
				}
			}
			if (!headerRead) {
				problems.add(SheetProblem.at(sheet, 1, null, null, "bulk.error.file.noHeader"));
			}
			else if (lines.isEmpty() && problems.isEmpty()) {
				problems.add(SheetProblem.at(sheet, 2, null, null, "bulk.error.file.noRows"));
			}
		}
		catch (NotOfficeXmlFileException e) {
			problems.add(SheetProblem.at("", 0, null, null, "bulk.error.file.notXlsx"));
		}
		catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException
				| RuntimeException e) {
			problems.add(SheetProblem.at(sheet, 0, null, null, "bulk.error.file.unreadable", e.getClass().getSimpleName()));
		}
		finally {
			if (workbook != null) {
				workbook.revert();
			}
		}
		Map<BulkColumn, String> letters = new EnumMap<>(BulkColumn.class);
		indexOf.forEach((column, index) -> letters.put(column, letter(index)));
		return new Parsed(sheet, headers, letters, lines, problems);
	}

	/** An .xlsx workbook is a zip archive: it starts with PK\3\4. */
	private static boolean isZip(Path file) throws IOException {
		try (InputStream in = java.nio.file.Files.newInputStream(file)) {
			byte[] magic = in.readNBytes(4);
			return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
		}
	}

	/** The projects sheet in any language, else the workbook's first sheet. */
	private String chooseSheet(XSSFReader reader) throws IOException, OpenXML4JException {
		String first = null;
		XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
		while (sheets.hasNext()) {
			try (InputStream ignored = sheets.next()) {
				String name = sheets.getSheetName();
				if (words.isDataSheet(name)) {
					return name;
				}
				if (first == null && !BulkVocabulary.LISTS_SHEET.equals(name)) {
					first = name;
				}
			}
		}
		return first == null ? "" : first;
	}

	/** Stops reading the sheet: the rest could only repeat a problem already reported. */
	private static final class Stop extends RuntimeException {

		Stop() {
			super("stop", null, false, false);
		}
	}

	private static boolean stopped(Throwable e) {
		for (Throwable t = e; t != null; t = t instanceof SAXException sax && sax.getException() != null
				&& sax.getException() != t ? sax.getException() : t.getCause()) {
			if (t instanceof Stop) {
				return true;
			}
			if (t.getCause() == t) {
				break;
			}
		}
		return false;
	}

	private final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final Map<Integer, String> cells = new TreeMap<>();

		@Override
		public void startRow(int rowNum) {
			cells.clear();
		}

		@Override
		public void cell(String reference, String value, XSSFComment comment) {
			if (reference != null && value != null && !value.isBlank()) {
				cells.put((int) new CellReference(reference).getCol(), value);
			}
		}

		@Override
		public void endRow(int rowNum) {
			if (cells.isEmpty()) {
				return;
			}
			if (!headerRead) {
				headerRead = true;
				header(rowNum + 1, cells);
			}
			else if (lines.size() >= MAX_ROWS) {
				problems.add(SheetProblem.at(sheet, rowNum + 1, null, null, "bulk.error.file.tooManyRows", MAX_ROWS));
				throw new Stop();
			}
			else {
				line(rowNum + 1, cells);
			}
		}
	}

	private void header(int row, Map<Integer, String> cells) {
		cells.forEach((index, text) -> words.column(plain(text)).ifPresent(column -> {
			if (headers.containsKey(column)) {
				problems.add(SheetProblem.at(sheet, row, letter(index), plain(text), "bulk.error.header.duplicate",
						plain(text)));
			}
			else {
				headers.put(column, plain(text));
				columnAt.put(index, column);
				indexOf.put(column, index);
			}
		}));
		for (BulkColumn required : List.of(BulkColumn.CODE, BulkColumn.VERSION)) {
			if (!headers.containsKey(required)) {
				problems.add(SheetProblem.at(sheet, row, null, null, "bulk.error.header.missing",
						words.header(required, ma.tanmia.platform.Languages.FRENCH) + " / "
								+ words.header(required, ma.tanmia.platform.Languages.ARABIC)));
			}
		}
		if (!problems.isEmpty()) {
			throw new Stop();
		}
	}

	private void line(int row, Map<Integer, String> cells) {
		Map<BulkColumn, String> values = new EnumMap<>(BulkColumn.class);
		cells.forEach((index, value) -> {
			BulkColumn column = columnAt.get(index);
			if (column != null) {
				values.put(column, value.strip());
			}
		});
		if (values.isEmpty()) {
			return; // notes typed beside the table
		}
		int before = problems.size();
		Cells c = new Cells(row, values);
		String code = c.text(BulkColumn.CODE, true);
		if (code != null) {
			Integer first = firstRowOfCode.putIfAbsent(code, row);
			if (first != null) {
				c.problem(BulkColumn.CODE, "bulk.error.code.duplicate", code, first);
			}
		}
		Long version = c.version();
		ProjectStatus status = c.status();
		BigDecimal progress = c.progress();
		LocalDate reportDate = c.date(BulkColumn.REPORT_DATE, EARLIEST, today);
		String comment = c.text(BulkColumn.COMMENT, false);
		if (comment != null && comment.length() > MAX_COMMENT) {
			c.problem(BulkColumn.COMMENT, "bulk.error.comment.length", MAX_COMMENT);
		}
		LocalDate plannedEnd = c.date(BulkColumn.PLANNED_END, EARLIEST, LATEST);
		Boolean land = c.answer(BulkColumn.LAND_SECURED);
		Boolean studies = c.answer(BulkColumn.STUDIES_DONE);
		lines.add(new Line(row, code, version, status, progress, reportDate, comment, plannedEnd, land, studies,
				problems.size() == before));
	}

	/** The cells of one row, read by column, each reporting its own problems. */
	private final class Cells {

		final int row;
		final Map<BulkColumn, String> values;

		Cells(int row, Map<BulkColumn, String> values) {
			this.row = row;
			this.values = values;
		}

		void problem(BulkColumn column, String key, Object... arguments) {
			problems.add(SheetProblem.at(sheet, row, letter(indexOf.get(column)), headers.get(column), key, arguments));
		}

		String raw(BulkColumn column) {
			return values.get(column);
		}

		String text(BulkColumn column, boolean required) {
			String value = raw(column);
			if (value == null || plain(value).isBlank()) {
				if (required && headers.containsKey(column)) {
					problem(column, "bulk.error.required");
				}
				return null;
			}
			return plain(value).strip();
		}

		Long version() {
			String value = raw(BulkColumn.VERSION);
			if (value == null) {
				return null;
			}
			try {
				return new BigDecimal(plain(value).strip()).longValueExact();
			}
			catch (ArithmeticException | NumberFormatException e) {
				return null; // reported only if the row changes something (see BulkUpdates)
			}
		}

		ProjectStatus status() {
			if (!headers.containsKey(BulkColumn.STATUS)) {
				return null;
			}
			String value = text(BulkColumn.STATUS, true);
			if (value == null) {
				return null;
			}
			ProjectStatus status = words.status(value).orElse(null);
			if (status == null) {
				problem(BulkColumn.STATUS, "bulk.error.status.unknown", value);
			}
			return status;
		}

		BigDecimal progress() {
			if (!headers.containsKey(BulkColumn.PROGRESS)) {
				return null;
			}
			String value = text(BulkColumn.PROGRESS, true);
			if (value == null) {
				return null;
			}
			BigDecimal number = number(raw(BulkColumn.PROGRESS));
			if (number == null) {
				problem(BulkColumn.PROGRESS, "bulk.error.number", value);
				return null;
			}
			if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
				problem(BulkColumn.PROGRESS, "bulk.error.progress.range", number.stripTrailingZeros().toPlainString());
				return null;
			}
			return number.setScale(2, RoundingMode.HALF_UP);
		}

		LocalDate date(BulkColumn column, LocalDate earliest, LocalDate latest) {
			String value = raw(column);
			if (value == null || plain(value).isBlank()) {
				return null;
			}
			LocalDate date = BulkFile.date(value);
			if (date == null) {
				problem(column, "bulk.error.date.format", plain(value));
				return null;
			}
			if (column == BulkColumn.REPORT_DATE && date.isAfter(today)) {
				problem(column, "bulk.error.date.future", date);
				return null;
			}
			if (date.isBefore(earliest) || date.isAfter(latest)) {
				problem(column, "bulk.error.date.range", date, earliest, latest);
				return null;
			}
			return date;
		}

		Boolean answer(BulkColumn column) {
			if (!headers.containsKey(column)) {
				return null;
			}
			String value = text(column, true);
			if (value == null) {
				return null;
			}
			Boolean answer = words.answer(value).orElse(null);
			if (answer == null) {
				problem(column, "bulk.error.yesNo", value);
			}
			return answer;
		}
	}

	/** The cell's value without the marker of numbers and dates. */
	static String plain(String value) {
		if (!value.isEmpty() && (value.charAt(0) == NUMBER || value.charAt(0) == DATE)) {
			return value.substring(1);
		}
		return value;
	}

	/** A number typed as one, or as text with a decimal comma, spaces or a % sign. */
	static BigDecimal number(String value) {
		if (value == null) {
			return null;
		}
		String text = plain(value).replaceAll("[\\s\\u00a0\\u202f%]", "").replace(',', '.').replace('٫', '.');
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** A date cell, an Excel serial number, or a date typed as day/month/year or year-month-day. */
	static LocalDate date(String value) {
		if (value.charAt(0) == DATE) {
			return LocalDate.parse(value.substring(1));
		}
		String text = plain(value).strip();
		if (text.matches("\\d{1,6}(\\.0+)?")) {
			double serial = Double.parseDouble(text);
			return DateUtil.isValidExcelDate(serial) ? DateUtil.getLocalDateTime(serial).toLocalDate() : null;
		}
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(text, format);
			}
			catch (DateTimeParseException e) {
				// try the next way of writing it
			}
		}
		return null;
	}

	static String letter(Integer index) {
		return index == null ? null : CellReference.convertNumToColString(index);
	}

	/** Numbers and dates with a marker and in a form independent of the cell's display format. */
	static final class RawValues extends DataFormatter {

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
					&& DateUtil.isValidExcelDate(value)) {
				return DATE + DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
			}
			return NUMBER + BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
		}
	}
}

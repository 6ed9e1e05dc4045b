package ma.tanmia.ess;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of an uploaded registry file as text, row by row, whatever its format: CSV (comma or
 * semicolon, UTF-8, BOM allowed) or the first sheet of an .xlsx workbook (dates written as
 * yyyy-mm-dd, numbers without grouping). Row numbers are the spreadsheet's (header = 1).
 */
final class RegistryFile {

	static final int MAX_ROWS = 5_000;

	record Line(int row, List<String> cells) {
	}

	/** @param problem the reason the file could not be read at all, or null */
	record Content(List<String> header, List<Line> lines, String problem) {
	}

	private RegistryFile() {
	}

	static Content read(String fileName, InputStream in) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".xlsx")) {
				return xlsx(in);
			}
			if (name.endsWith(".csv") || name.endsWith(".txt")) {
				return csv(in);
			}
			return new Content(List.of(), List.of(), "ess.import.error.format");
		}
		catch (CharacterCodingException e) {
			return new Content(List.of(), List.of(), "ess.import.error.encoding");
		}
		catch (IOException | RuntimeException e) {
			return new Content(List.of(), List.of(), "ess.import.error.unreadable");
		}
	}

	private static Content csv(InputStream in) throws IOException {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		String text = decoder.decode(java.nio.ByteBuffer.wrap(in.readAllBytes())).toString();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
				? ';' : ',';
		List<String> header = null;
		List<Line> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text,
				CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get())) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>();
				record.forEach(c -> cells.add(c.strip()));
				if (header == null) {
					header = cells;
				}
				else {
					lines.add(new Line((int) record.getRecordNumber(), cells));
				}
			}
		}
		return new Content(header == null ? List.of() : header, lines, header == null ? "ess.import.error.empty" : null);
	}

	private static Content xlsx(InputStream in) throws IOException {
		DataFormatter formatter = new DataFormatter(Locale.ROOT);
		try (Workbook workbook = new XSSFWorkbook(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> header = null;
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					cells.add(text(row.getCell(i), formatter));
				}
				if (cells.stream().allMatch(String::isEmpty)) {
					continue;
				}
				if (header == null) {
					header = cells;
				}
				else {
					lines.add(new Line(row.getRowNum() + 1, cells));
				}
			}
			return new Content(header == null ? List.of() : header, lines, header == null ? "ess.import.error.empty" : null);
		}
	}

	private static String text(Cell cell, DataFormatter formatter) {
		if (cell == null) {
			return "";
		}
		if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
			return cell.getLocalDateTimeCellValue().toLocalDate().toString();
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			return new java.math.BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
		}
		return formatter.formatCellValue(cell).strip();
	}

	/** A column's letter as spreadsheets show it: 0 → A, 26 → AA. */
	static String letter(int index) {
		StringBuilder letters = new StringBuilder();
		for (int i = index + 1; i > 0; i = (i - 1) / 26) {
			letters.insert(0, (char) ('A' + (i - 1) % 26));
		}
		return letters.toString();
	}
}

package ma.tanmia.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a file of values — CSV (comma or semicolon, UTF-8) or Excel (.xlsx, first sheet) — with the
 * columns indicator, territory, year, value, source (headers in English, French or Arabic, in any
 * order). Each cell is checked on its own here (a whole year, a number); what needs Tanmia's data is
 * {@link IndicatorValues#check}'s. Every problem is kept, with its row as a spreadsheet numbers it.
 */
final class ValuesFile {

	static final List<String> COLUMNS = List.of("indicator", "territory", "year", "value", "source");

	static final Map<String, String> HEADERS = new HashMap<>();

	static {
		for (String column : COLUMNS) {
			HEADERS.put(column, column);
		}
		HEADERS.put("indicateur", "indicator");
		HEADERS.put("territoire", "territory");
		HEADERS.put("unite", "territory");
		HEADERS.put("annee", "year");
		HEADERS.put("valeur", "value");
		HEADERS.put("المؤشر", "indicator");
		HEADERS.put("الوحدة الترابية", "territory");
		HEADERS.put("السنة", "year");
		HEADERS.put("القيمة", "value");
		HEADERS.put("المصدر", "source");
	}

	record Parsed(List<IndicatorValues.Submission> submissions, List<ValueProblem> problems) {
	}

	private final List<IndicatorValues.Submission> submissions = new ArrayList<>();
	private final List<ValueProblem> problems = new ArrayList<>();
	private Map<String, Integer> at;

	private ValuesFile() {
	}

	static Parsed read(InputStream in, String fileName) {
		ValuesFile file = new ValuesFile();
		try {
			if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
				file.readWorkbook(in);
			}
			else if (fileName.toLowerCase(Locale.ROOT).endsWith(".csv") || fileName.toLowerCase(Locale.ROOT).endsWith(".txt")) {
				file.readCsv(in);
			}
			else {
				file.problems.add(ValueProblem.at(0, null, "indicator.import.format"));
			}
		}
		catch (IOException | RuntimeException e) {
			file.problems.add(ValueProblem.at(0, null, "indicator.import.unreadable"));
		}
		return new Parsed(file.submissions, file.problems);
	}

	private void readCsv(InputStream in) throws IOException {
		byte[] bytes = in.readNBytes(60 * 1024 * 1024);
		String text = new String(bytes, StandardCharsets.UTF_8);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',').count()
				? ';' : ',';
		try (Reader reader = new java.io.StringReader(text);
				CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).get().parse(reader)) {
			for (CSVRecord record : parser) {
				if (!take((int) record.getRecordNumber(), record.toList(), Map.of())) {
					return;
				}
			}
			if (at == null) {
				problems.add(ValueProblem.at(0, null, "indicator.import.empty"));
			}
		}
	}

	private void readWorkbook(InputStream in) throws IOException {
		try (Workbook workbook = WorkbookFactory.create(in)) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			for (Row r : sheet) {
				List<String> cells = new ArrayList<>();
				Map<Integer, BigDecimal> numbers = new HashMap<>();
				for (int c = 0; c < Math.max(r.getLastCellNum(), 0); c++) {
					Cell cell = r.getCell(c);
					cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
					// A number typed as a number is taken exactly, not as the cell's display format rounds it.
					if (cell != null && cell.getCellType() == CellType.NUMERIC) {
						numbers.put(c, BigDecimal.valueOf(cell.getNumericCellValue()));
					}
				}
				if (!take(r.getRowNum() + 1, cells, numbers)) {
					return;
				}
			}
			if (at == null) {
				problems.add(ValueProblem.at(0, null, "indicator.import.empty"));
			}
		}
	}

	/**
	 * One row of either format: the header row first (false when columns are missing: stop there),
	 * then data rows, blank rows skipped.
	 */
	private boolean take(int row, List<String> cells, Map<Integer, BigDecimal> numbersByIndex) {
		if (at == null) {
			at = header(cells);
			return at != null;
		}
		if (cells.stream().allMatch(String::isBlank)) {
			return true;
		}
		Map<String, String> values = new HashMap<>();
		Map<String, BigDecimal> numbers = new HashMap<>();
		for (Map.Entry<String, Integer> e : at.entrySet()) {
			values.put(e.getKey(), e.getValue() < cells.size() ? cells.get(e.getValue()) : "");
			if (numbersByIndex.containsKey(e.getValue())) {
				numbers.put(e.getKey(), numbersByIndex.get(e.getValue()));
			}
		}
		line(row, values, numbers);
		return true;
	}

	/** The column of each expected header, or null (with the problems said) when some are missing. */
	private Map<String, Integer> header(List<String> cells) {
		Map<String, Integer> at = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			String column = HEADERS.get(normalize(cells.get(i)));
			if (column != null) {
				at.putIfAbsent(column, i);
			}
		}
		List<String> missing = COLUMNS.stream().filter(c -> !at.containsKey(c)).toList();
		missing.forEach(c -> problems.add(ValueProblem.at(1, c, "indicator.import.missingColumn", c)));
		return missing.isEmpty() ? at : null;
	}

	private void line(int row, Map<String, String> cells, Map<String, BigDecimal> numbers) {
		int before = problems.size();
		String indicator = blankToNull(cells.get("indicator"));
		String territory = blankToNull(cells.get("territory"));
		Integer year = null;
		BigDecimal value = null;
		try {
			BigDecimal y = numbers.containsKey("year") ? numbers.get("year") : new BigDecimal(cells.get("year").trim());
			year = y.intValueExact();
		}
		catch (ArithmeticException | NumberFormatException e) {
			problems.add(ValueProblem.at(row, "year", "indicator.import.yearFormat", cells.get("year")));
		}
		try {
			value = numbers.containsKey("value") ? numbers.get("value")
					: new BigDecimal(cells.get("value").trim().replace('\u00a0', ' ').replace(" ", "").replace(',', '.'));
		}
		catch (NumberFormatException e) {
			problems.add(ValueProblem.at(row, "value", "indicator.import.valueFormat", cells.get("value")));
		}
		if (problems.size() == before) {
			submissions.add(new IndicatorValues.Submission(row, indicator == null ? null : indicator.toUpperCase(Locale.ROOT),
					territory == null ? null : territory.toUpperCase(Locale.ROOT), year, value, blankToNull(cells.get("source")), null));
		}
	}

	static String normalize(String header) {
		String plain = Normalizer.normalize(header.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
			.replaceAll("\\p{InCombiningDiacriticalMarks}", "");
		return plain.replace('é', 'e');
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}
}

package ma.tanmia.territory;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a territory CSV file (format in docs/IMPORT-TERRITORIES.md) and checks each field on its own:
 * codes, levels, names, numbers. Checks that need the whole hierarchy (parents, cycles) are the
 * importer's. Comma or semicolon separated (Excel in French writes semicolons), UTF-8, BOM allowed.
 */
final class TerritoryFile {

	static final String CODE = "code";
	static final String PARENT_CODE = "parent_code";
	static final String LEVEL = "level";
	static final String COMMUNE_KIND = "commune_kind";
	static final String NAME_AR = "name_ar";
	static final String NAME_FR = "name_fr";
	static final String NAME_TZM = "name_tzm";
	static final String LATITUDE = "latitude";
	static final String LONGITUDE = "longitude";
	static final String AREA = "area_km2";
	static final String URBAN = "declared_urban_communes";
	static final String RURAL = "declared_rural_communes";

	static final Set<String> REQUIRED = Set.of(CODE, PARENT_CODE, LEVEL, NAME_AR, NAME_FR);
	static final Set<String> OPTIONAL = Set.of(COMMUNE_KIND, NAME_TZM, LATITUDE, LONGITUDE, AREA, URBAN, RURAL);
	static final Pattern POPULATION = Pattern.compile("population_(\\d{4})");
	static final Pattern CODE_FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
	static final int MAX_NAME = 200;

	/** Morocco, southern provinces included, with a margin: a coordinate outside is a typing error. */
	static final BigDecimal MIN_LAT = new BigDecimal("20"), MAX_LAT = new BigDecimal("36.5");
	static final BigDecimal MIN_LON = new BigDecimal("-17.5"), MAX_LON = new BigDecimal("-0.5");

	record PopulationFigure(int inhabitants, boolean estimated) {
	}

	/** One row of the file, as typed; null where a cell was empty. */
	record ImportedUnit(int row, String code, String parentCode, TerritoryLevel level, CommuneKind communeKind,
			String nameAr, String nameFr, String nameTzm, BigDecimal latitude, BigDecimal longitude, BigDecimal areaKm2,
			Integer declaredUrban, Integer declaredRural, Map<Integer, PopulationFigure> populations) {
	}

	/**
	 * @param malformedCodes codes of rows refused for their own fields: rows under them are not
	 *        also reported as having an unknown parent
	 */
	record Parsed(List<ImportedUnit> units, List<ImportProblem> problems, Set<String> malformedCodes) {
	}

	private final List<ImportProblem> problems = new ArrayList<>();
	private final Set<String> malformedCodes = new java.util.HashSet<>();

	static Parsed read(Reader reader) {
		return new TerritoryFile().parse(reader);
	}

	private Parsed parse(Reader source) {
		List<ImportedUnit> units = new ArrayList<>();
		try {
			String content = readAll(source);
			if (content.isBlank()) {
				problems.add(ImportProblem.at(1, null, "import.error.file.empty"));
				return new Parsed(units, problems, malformedCodes);
			}
			char delimiter = guessDelimiter(content);
			CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true).get();
			try (CSVParser parser = CSVParser.parse(content, format)) {
				Map<String, Integer> columns = null;
				Map<String, Integer> firstRowOfCode = new HashMap<>();
				for (CSVRecord record : parser) {
					int row = (int) record.getRecordNumber();
					if (columns == null) {
						columns = header(record);
						if (columns == null) {
							break;
						}
						continue;
					}
					if (record.size() != columns.size()) {
						problems.add(ImportProblem.at(row, null, "import.error.file.columns", columns.size(), record.size()));
						continue;
					}
					ImportedUnit unit = unit(row, record, columns);
					if (unit == null) {
						continue;
					}
					Integer first = firstRowOfCode.putIfAbsent(unit.code(), row);
					if (first != null) {
						problems.add(ImportProblem.at(row, CODE, "import.error.code.duplicate", unit.code(), first));
						continue;
					}
					units.add(unit);
				}
				if (columns != null && units.isEmpty() && problems.isEmpty()) {
					problems.add(ImportProblem.at(2, null, "import.error.file.noRows"));
				}
			}
		}
		catch (java.nio.charset.CharacterCodingException e) {
			problems.add(ImportProblem.at(1, null, "import.error.file.encoding"));
		}
		catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
			problems.add(ImportProblem.at(1, null, "import.error.file.unreadable", String.valueOf(e.getMessage())));
		}
		return new Parsed(units, problems, malformedCodes);
	}

	private Map<String, Integer> header(CSVRecord record) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < record.size(); i++) {
			String name = record.get(i).trim().toLowerCase(java.util.Locale.ROOT);
			if (!REQUIRED.contains(name) && !OPTIONAL.contains(name) && !POPULATION.matcher(name).matches()) {
				problems.add(ImportProblem.at(1, record.get(i), "import.error.header.unknown", record.get(i)));
			}
			else if (columns.putIfAbsent(name, i) != null) {
				problems.add(ImportProblem.at(1, name, "import.error.header.duplicate", name));
			}
		}
		for (String required : new java.util.TreeSet<>(REQUIRED)) {
			if (!columns.containsKey(required)) {
				problems.add(ImportProblem.at(1, required, "import.error.header.missing", required));
			}
		}
		return problems.isEmpty() ? columns : null;
	}

	private ImportedUnit unit(int row, CSVRecord record, Map<String, Integer> columns) {
		int before = problems.size();
		String code = text(record, columns, CODE);
		if (code == null) {
			problems.add(ImportProblem.at(row, CODE, "import.error.required"));
		}
		else if (!CODE_FORMAT.matcher(code).matches()) {
			problems.add(ImportProblem.at(row, CODE, "import.error.code.format", code));
		}
		TerritoryLevel level = null;
		String levelText = text(record, columns, LEVEL);
		if (levelText == null) {
			problems.add(ImportProblem.at(row, LEVEL, "import.error.required"));
		}
		else {
			try {
				level = TerritoryLevel.valueOf(levelText.toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				problems.add(ImportProblem.at(row, LEVEL, "import.error.level.invalid", levelText));
			}
		}
		String parentCode = text(record, columns, PARENT_CODE);
		if (parentCode == null && level != null && level != TerritoryLevel.COUNTRY) {
			problems.add(ImportProblem.at(row, PARENT_CODE, "import.error.required"));
		}
		CommuneKind kind = communeKind(row, text(record, columns, COMMUNE_KIND), level);
		String nameAr = name(row, record, columns, NAME_AR, true);
		String nameFr = name(row, record, columns, NAME_FR, true);
		String nameTzm = name(row, record, columns, NAME_TZM, false);
		BigDecimal latitude = decimal(row, record, columns, LATITUDE, MIN_LAT, MAX_LAT);
		BigDecimal longitude = decimal(row, record, columns, LONGITUDE, MIN_LON, MAX_LON);
		BigDecimal area = decimal(row, record, columns, AREA, BigDecimal.ZERO, null);
		Integer urban = integer(row, record, columns, URBAN).map(PopulationFigure::inhabitants).orElse(null);
		Integer rural = integer(row, record, columns, RURAL).map(PopulationFigure::inhabitants).orElse(null);
		Map<Integer, PopulationFigure> populations = new TreeMap<>();
		for (String column : columns.keySet()) {
			Matcher matcher = POPULATION.matcher(column);
			if (matcher.matches()) {
				int year = Integer.parseInt(matcher.group(1));
				if (year < 1900 || year > 2100) {
					problems.add(ImportProblem.at(1, column, "import.error.header.year", String.valueOf(year)));
					continue;
				}
				integer(row, record, columns, column).ifPresent(p -> populations.put(year, p));
			}
		}
		if (problems.size() > before) {
			if (code != null) {
				malformedCodes.add(code);
			}
			return null;
		}
		return new ImportedUnit(row, code, parentCode, level, kind, nameAr, nameFr, nameTzm, latitude, longitude, area,
				urban, rural, populations);
	}

	private CommuneKind communeKind(int row, String text, TerritoryLevel level) {
		if (level == TerritoryLevel.COMMUNE && text == null) {
			problems.add(ImportProblem.at(row, COMMUNE_KIND, "import.error.kind.required"));
			return null;
		}
		if (text == null) {
			return null;
		}
		if (level != null && level != TerritoryLevel.COMMUNE) {
			problems.add(ImportProblem.at(row, COMMUNE_KIND, "import.error.kind.notAllowed", text));
			return null;
		}
		try {
			return CommuneKind.valueOf(text.toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			problems.add(ImportProblem.at(row, COMMUNE_KIND, "import.error.kind.invalid", text));
			return null;
		}
	}

	private String name(int row, CSVRecord record, Map<String, Integer> columns, String column, boolean required) {
		String value = text(record, columns, column);
		if (value == null && required) {
			problems.add(ImportProblem.at(row, column, "import.error.required"));
		}
		else if (value != null && value.length() > MAX_NAME) {
			problems.add(ImportProblem.at(row, column, "import.error.text.length", MAX_NAME));
		}
		return value;
	}

	private BigDecimal decimal(int row, CSVRecord record, Map<String, Integer> columns, String column, BigDecimal min,
			BigDecimal max) {
		String value = text(record, columns, column);
		if (value == null) {
			return null;
		}
		try {
			BigDecimal number = new BigDecimal(value.replace(',', '.'));
			if ((min != null && number.compareTo(min) < 0) || (max != null && number.compareTo(max) > 0)) {
				problems.add(ImportProblem.at(row, column, max == null ? "import.error.number.negative"
						: "import.error.number.range", value, min, max));
				return null;
			}
			return number;
		}
		catch (NumberFormatException e) {
			problems.add(ImportProblem.at(row, column, "import.error.number.decimal", value));
			return null;
		}
	}

	/** A whole number ≥ 0; "~" in front marks an estimate. Grouping spaces are tolerated. */
	private java.util.Optional<PopulationFigure> integer(int row, CSVRecord record, Map<String, Integer> columns,
			String column) {
		String value = text(record, columns, column);
		if (value == null) {
			return java.util.Optional.empty();
		}
		boolean estimated = value.startsWith("~");
		String digits = (estimated ? value.substring(1) : value).replaceAll("[\\s\\u00a0\\u202f]", "");
		if (!digits.matches("\\d{1,10}")) {
			problems.add(ImportProblem.at(row, column, digits.matches("-\\d+") ? "import.error.number.negative"
					: "import.error.number.integer", value));
			return java.util.Optional.empty();
		}
		long number = Long.parseLong(digits);
		if (number > Integer.MAX_VALUE) {
			problems.add(ImportProblem.at(row, column, "import.error.number.integer", value));
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(new PopulationFigure((int) number, estimated));
	}

	private static String text(CSVRecord record, Map<String, Integer> columns, String column) {
		Integer index = columns.get(column);
		if (index == null) {
			return null;
		}
		String value = record.get(index).strip();
		return value.isEmpty() ? null : value;
	}

	private static String readAll(Reader source) throws IOException {
		StringBuilder content = new StringBuilder();
		char[] buffer = new char[8192];
		int read;
		while ((read = source.read(buffer)) != -1) {
			content.append(buffer, 0, read);
		}
		if (content.length() > 0 && content.charAt(0) == '\uFEFF') {
			content.deleteCharAt(0);
		}
		return content.toString();
	}

	private static char guessDelimiter(String content) {
		int end = content.indexOf('\n');
		String header = end < 0 ? content : content.substring(0, end);
		return header.chars().filter(c -> c == ';').count() > header.chars().filter(c -> c == ',').count() ? ';' : ',';
	}
}

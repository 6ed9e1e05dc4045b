package ma.tanmia.ess;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry import (CSV or XLSX, format in docs/ESS.md): every row checked first — each cell on
 * its own, then the rules between cells (women and youth within the members), the commune known and
 * in the importer's scope, a registration number once per file — and only when nothing is wrong,
 * every row written (a new number registers a cooperative, a known one updates it) in one
 * transaction, each change audited. Any problem: nothing written, every problem reported, located.
 */
@Service
class CooperativeImport {

	static final String REGISTRATION_NUMBER = "registration_number", REGISTERED_ON = "registered_on",
			NAME_AR = "name_ar", NAME_FR = "name_fr", LEGAL_FORM = "legal_form", VALUE_CHAIN = "value_chain",
			TERRITORY_CODE = "territory_code", MEMBERS_TOTAL = "members_total", MEMBERS_WOMEN = "members_women",
			MEMBERS_YOUTH = "members_youth", CAPITAL = "capital", STATUS = "status", IN_DIRECTORY = "in_directory";

	static final List<String> REQUIRED = List.of(REGISTRATION_NUMBER, REGISTERED_ON, NAME_AR, NAME_FR, LEGAL_FORM,
			VALUE_CHAIN, TERRITORY_CODE, MEMBERS_TOTAL, MEMBERS_WOMEN, MEMBERS_YOUTH);
	static final List<String> OPTIONAL = List.of(CAPITAL, STATUS, IN_DIRECTORY);

	static final List<DateTimeFormatter> DATES = List.of(
			DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT));
	static final Set<String> YES = Set.of("yes", "oui", "نعم", "true", "1", "y", "o");
	static final Set<String> NO = Set.of("no", "non", "لا", "false", "0", "n", "");

	record Result(int created, int updated) {
	}

	private final CooperativeRegistry registry;
	private final CooperativeRepository cooperatives;
	private final EssAccess access;
	private final JdbcClient jdbc;

	CooperativeImport(CooperativeRegistry registry, CooperativeRepository cooperatives, EssAccess access, JdbcClient jdbc) {
		this.registry = registry;
		this.cooperatives = cooperatives;
		this.access = access;
		this.jdbc = jdbc;
	}

	@Transactional(rollbackFor = Exception.class)
	Result importFile(String fileName, InputStream content) {
		// One import at a time: two files valid alone could clash together.
		jdbc.sql("select pg_advisory_xact_lock(hashtext('ess-cooperative-import'))").query(Object.class).list();
		String file = fileName == null ? "" : fileName;
		RegistryFile.Content read = RegistryFile.read(file, content);
		List<ImportProblem> problems = new ArrayList<>();
		if (read.problem() != null) {
			throw new CooperativeImportRejected(List.of(problem(file, 0, null, null, read.problem())));
		}
		Map<String, Integer> columns = header(file, read.header(), problems);
		if (!problems.isEmpty()) {
			throw new CooperativeImportRejected(problems);
		}
		if (read.lines().isEmpty()) {
			throw new CooperativeImportRejected(List.of(problem(file, 2, null, null, "ess.import.error.noRows")));
		}
		if (read.lines().size() > RegistryFile.MAX_ROWS) {
			throw new CooperativeImportRejected(
					List.of(problem(file, 0, null, null, "ess.import.error.tooMany", RegistryFile.MAX_ROWS)));
		}
		Map<String, Integer> firstRowOf = new HashMap<>();
		Map<Integer, CooperativeDetails> valid = new LinkedHashMap<>();
		for (RegistryFile.Line line : read.lines()) {
			Row row = new Row(file, line, columns, problems);
			CooperativeDetails details = row.details();
			if (details == null) {
				continue;
			}
			Integer first = firstRowOf.putIfAbsent(details.registrationNumber(), line.row());
			if (first != null) {
				row.fail(REGISTRATION_NUMBER, "ess.import.error.duplicate", details.registrationNumber(), first);
				continue;
			}
			if (row.checkRules(details, registry)) {
				valid.put(line.row(), details);
			}
		}
		if (!problems.isEmpty()) {
			throw new CooperativeImportRejected(problems);
		}
		int created = 0;
		int updated = 0;
		for (CooperativeDetails details : valid.values()) {
			Optional<Cooperative> existing = cooperatives.findByRegistrationNumber(details.registrationNumber());
			if (existing.isPresent()) {
				registry.edit(existing.get().id(), existing.get().version(), details);
				updated++;
			}
			else {
				registry.register(details, false);
				created++;
			}
		}
		return new Result(created, updated);
	}

	private Map<String, Integer> header(String file, List<String> header, List<ImportProblem> problems) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
				problems.add(problem(file, 1, RegistryFile.letter(i), header.get(i), "ess.import.error.header.unknown",
						header.get(i)));
			}
			else if (columns.putIfAbsent(name, i) != null) {
				problems.add(problem(file, 1, RegistryFile.letter(i), name, "ess.import.error.header.duplicate", name));
			}
		}
		for (String required : REQUIRED) {
			if (!columns.containsKey(required)) {
				problems.add(problem(file, 1, null, required, "ess.import.error.header.missing", required));
			}
		}
		return columns;
	}

	static ImportProblem problem(String file, int row, String column, String field, String key, Object... args) {
		return new ImportProblem(file, row, column, field, key, List.of(args));
	}

	/** One row's cells, read and checked on their own; problems located at the cell. */
	private final class Row {

		private final String file;
		private final RegistryFile.Line line;
		private final Map<String, Integer> columns;
		private final List<ImportProblem> problems;
		private final int before;

		Row(String file, RegistryFile.Line line, Map<String, Integer> columns, List<ImportProblem> problems) {
			this.file = file;
			this.line = line;
			this.columns = columns;
			this.problems = problems;
			this.before = problems.size();
		}

		CooperativeDetails details() {
			String number = required(REGISTRATION_NUMBER);
			LocalDate registeredOn = date(REGISTERED_ON);
			String nameAr = required(NAME_AR);
			String nameFr = required(NAME_FR);
			LegalForm form = choice(LEGAL_FORM, LegalForm.class, true);
			ValueChain chain = choice(VALUE_CHAIN, ValueChain.class, true);
			String territory = required(TERRITORY_CODE);
			Integer total = integer(MEMBERS_TOTAL);
			Integer women = integer(MEMBERS_WOMEN);
			Integer youth = integer(MEMBERS_YOUTH);
			BigDecimal capital = decimal(CAPITAL);
			CooperativeStatus status = choice(STATUS, CooperativeStatus.class, false);
			Boolean directory = yesNo(IN_DIRECTORY);
			if (number != null && number.length() > 40) {
				fail(REGISTRATION_NUMBER, "ess.import.error.tooLong", 40);
			}
			for (String name : List.of(NAME_AR, NAME_FR)) {
				String value = cell(name);
				if (value.length() > 200) {
					fail(name, "ess.import.error.tooLong", 200);
				}
			}
			if (problems.size() > before) {
				return null;
			}
			return new CooperativeDetails(number, registeredOn, nameAr, nameFr, form, chain,
					territory.toUpperCase(Locale.ROOT), total, women, youth, capital == null ? BigDecimal.ZERO : capital,
					status == null ? CooperativeStatus.ACTIVE : status, Boolean.TRUE.equals(directory));
		}

		/** The rules between cells and against Tanmia's data, each reported at the cell to fix. */
		boolean checkRules(CooperativeDetails d, CooperativeRegistry registry) {
			try {
				Cooperative.check(d, CooperativeRegistry.today());
			}
			catch (EssRuleBroken broken) {
				fail(switch (broken.messageKey()) {
					case "ess.cooperative.women.exceed" -> MEMBERS_WOMEN;
					case "ess.cooperative.youth.exceed" -> MEMBERS_YOUTH;
					case "ess.cooperative.registeredOn.future" -> REGISTERED_ON;
					case "ess.cooperative.capital.negative" -> CAPITAL;
					default -> MEMBERS_TOTAL;
				}, broken.messageKey(), broken.arguments());
				return false;
			}
			String path;
			try {
				path = registry.locate(d.territoryCode()).path();
			}
			catch (EssRuleBroken broken) {
				fail(TERRITORY_CODE, broken.messageKey(), broken.arguments());
				return false;
			}
			if (!access.isOfficerFor(path)) {
				fail(TERRITORY_CODE, "ess.import.error.outOfScope", d.territoryCode());
				return false;
			}
			Optional<Cooperative> existing = cooperatives.findByRegistrationNumber(d.registrationNumber());
			if (existing.isPresent() && !access.isOfficerFor(existing.get().territoryPath())) {
				fail(REGISTRATION_NUMBER, "ess.import.error.existingOutOfScope", d.registrationNumber());
				return false;
			}
			return true;
		}

		void fail(String field, String key, Object... args) {
			Integer index = columns.get(field);
			problems.add(problem(file, line.row(), index == null ? null : RegistryFile.letter(index), field, key, args));
		}

		private String cell(String field) {
			Integer index = columns.get(field);
			return index == null || index >= line.cells().size() ? "" : line.cells().get(index).strip();
		}

		private String required(String field) {
			String value = cell(field);
			if (value.isEmpty()) {
				fail(field, "ess.import.error.required");
				return null;
			}
			return value;
		}

		private LocalDate date(String field) {
			String value = required(field);
			if (value == null) {
				return null;
			}
			for (DateTimeFormatter format : DATES) {
				try {
					return LocalDate.parse(value, format);
				}
				catch (DateTimeParseException e) {
					// next format
				}
			}
			fail(field, "ess.import.error.date", value);
			return null;
		}

		private <E extends Enum<E>> E choice(String field, Class<E> type, boolean mandatory) {
			String value = mandatory ? required(field) : cell(field);
			if (value == null || value.isEmpty()) {
				return null;
			}
			try {
				return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
			}
			catch (IllegalArgumentException e) {
				fail(field, "ess.import.error.choice", value,
						String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
				return null;
			}
		}

		private Integer integer(String field) {
			String value = required(field);
			if (value == null) {
				return null;
			}
			try {
				int n = Integer.parseInt(value.replace(" ", "").replace("\u00a0", ""));
				if (n < 0) {
					fail(field, "ess.import.error.negative", value);
					return null;
				}
				return n;
			}
			catch (NumberFormatException e) {
				fail(field, "ess.import.error.integer", value);
				return null;
			}
		}

		private BigDecimal decimal(String field) {
			String value = cell(field).replace(" ", "").replace("\u00a0", "").replace(',', '.');
			if (value.isEmpty()) {
				return null;
			}
			try {
				BigDecimal n = new BigDecimal(value);
				if (n.signum() < 0) {
					fail(field, "ess.import.error.negative", value);
					return null;
				}
				return n;
			}
			catch (NumberFormatException e) {
				fail(field, "ess.import.error.number", value);
				return null;
			}
		}

		private Boolean yesNo(String field) {
			String value = cell(field).toLowerCase(Locale.ROOT);
			if (YES.contains(value)) {
				return true;
			}
			if (NO.contains(value)) {
				return false;
			}
			fail(field, "ess.import.error.yesNo", value);
			return null;
		}
	}
}

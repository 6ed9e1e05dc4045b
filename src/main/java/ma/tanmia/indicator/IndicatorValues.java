package ma.tanmia.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.tanmia.audit.EntitiesChanged;
import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values, targets and reference values. A value is submitted by whoever works in the unit (its
 * collectivity's planner, a sector's focal point, the governor's office) and counts in figures only
 * once the governor's office over the unit validated it. Form and file go through the same checks
 * ({@link #submitAll}): every problem located, nothing written unless all rows pass, every change in
 * the audit trail with the values before and after.
 */
@Service
public class IndicatorValues {

	static final Role[] SUBMITTERS = { Role.ADMINISTRATOR, Role.PLANNER, Role.SECTOR_FOCAL_POINT, Role.GOVERNOR_OFFICE };
	static final Role[] VALIDATORS = { Role.ADMINISTRATOR, Role.GOVERNOR_OFFICE };
	static final Role[] TARGET_SETTERS = { Role.ADMINISTRATOR, Role.PLANNER, Role.GOVERNOR_OFFICE };
	static final int MAX_ROWS = 50_000;

	/**
	 * One value to record.
	 *
	 * @param row where it came from (the file's row, 0 for a form)
	 * @param expectedVersion the version the person edited; {@link #NEW} when the person entered a value
	 *        where there was none (someone else's value entered meanwhile is then a conflict, not
	 *        overwritten); null for an import, which replaces what it finds
	 */
	public record Submission(int row, String indicatorCode, String territoryCode, Integer year, BigDecimal value,
			String source, Long expectedVersion) {
	}

	/** The expected version of a value entered where the person saw none. */
	public static final long NEW = -1;

	public record Outcome(int created, int updated, int unchanged) {
	}

	private final JdbcClient jdbc;
	private final NamedParameterJdbcTemplate named;
	private final IndicatorCatalogue catalogue;
	private final Territories territories;
	private final ApplicationEventPublisher events;

	IndicatorValues(JdbcClient jdbc, NamedParameterJdbcTemplate named, IndicatorCatalogue catalogue,
			Territories territories, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.named = named;
		this.catalogue = catalogue;
		this.territories = territories;
		this.events = events;
	}

	/** Records one value (a form). */
	@Transactional
	public Outcome submit(Submission submission, boolean demonstration) {
		return submitAll(List.of(submission), demonstration);
	}

	/**
	 * Records values all together or not at all. A value identical to the one recorded (same figure,
	 * same source) is left as it is, validation included, so importing a file twice changes nothing.
	 */
	@Transactional
	public Outcome submitAll(List<Submission> submissions, boolean demonstration) {
		Map<String, Indicator> indicators = indicatorsOf(submissions);
		Map<String, Territory> units = unitsOf(submissions);
		List<ValueProblem> problems = new ArrayList<>(check(submissions, indicators, units));
		if (!problems.isEmpty()) {
			throw new ValuesRefused(problems);
		}
		Map<String, Map<String, Object>> existing = existing(submissions, indicators);
		String by = username();
		List<MapSqlParameterSource> writes = new ArrayList<>();
		List<EntityChanged> audit = new ArrayList<>();
		int created = 0;
		int updated = 0;
		int unchanged = 0;
		for (Submission s : submissions) {
			Indicator indicator = indicators.get(s.indicatorCode());
			Territory unit = units.get(s.territoryCode());
			String key = key(indicator.id(), unit.code(), s.year());
			Map<String, Object> before = existing.get(key);
			if (before != null && s.expectedVersion() != null
					&& ((Number) before.get("version")).longValue() != s.expectedVersion()) {
				problems.add(ValueProblem.at(s.row(), null, "indicator.error.conflict"));
				continue;
			}
			if (before == null && s.expectedVersion() != null && s.expectedVersion() >= 0) {
				problems.add(ValueProblem.at(s.row(), null, "indicator.error.conflict"));
				continue;
			}
			if (before != null && ((BigDecimal) before.get("value")).compareTo(s.value()) == 0
					&& before.get("source").equals(s.source().trim())) {
				unchanged++;
				continue;
			}
			writes.add(new MapSqlParameterSource().addValue("indicator", indicator.id()).addValue("unit", unit.code())
				.addValue("path", unit.path()).addValue("level", unit.level().name()).addValue("year", s.year()).addValue("value", s.value())
				.addValue("source", s.source().trim()).addValue("by", by).addValue("demo", demonstration));
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("value", s.value());
			after.put("source", s.source().trim());
			after.put("status", ValueStatus.SUBMITTED.name());
			String id = indicator.code() + "/" + unit.code() + "/" + s.year();
			if (before == null) {
				created++;
				audit.add(EntityChanged.created("IndicatorValue", id, indicator.name().fr(), after));
			}
			else {
				updated++;
				Map<String, Object> was = new LinkedHashMap<>(before);
				was.remove("version");
				was.remove("key");
				audit.add(EntityChanged.updated("IndicatorValue", id, indicator.name().fr(), was, after));
			}
		}
		if (!problems.isEmpty()) {
			throw new ValuesRefused(problems);
		}
		named.batchUpdate("""
				insert into indicator_value (indicator_id, territory_code, territory_path, territory_level, year, value, source, status,
				                             submitted_by, demonstration)
				values (:indicator, :unit, :path, :level, :year, :value, :source, 'SUBMITTED', :by, :demo)
				on conflict (indicator_id, territory_code, year) do update set
				    value = excluded.value, source = excluded.source, status = 'SUBMITTED',
				    submitted_by = excluded.submitted_by, submitted_at = now(), reviewed_by = null, reviewed_at = null,
				    review_note = null, version = indicator_value.version + 1
				""", writes.toArray(MapSqlParameterSource[]::new));
		if (!audit.isEmpty()) {
			events.publishEvent(new EntitiesChanged(audit));
		}
		return new Outcome(created, updated, unchanged);
	}

	/** Every problem of the submissions, located, without writing anything. */
	@Transactional(readOnly = true)
	public List<ValueProblem> check(List<Submission> submissions) {
		return check(submissions, indicatorsOf(submissions), unitsOf(submissions));
	}

	private List<ValueProblem> check(List<Submission> submissions, Map<String, Indicator> indicators,
			Map<String, Territory> units) {
		List<ValueProblem> problems = new ArrayList<>();
		if (submissions.isEmpty()) {
			return List.of(ValueProblem.at(0, null, "indicator.import.empty"));
		}
		if (submissions.size() > MAX_ROWS) {
			return List.of(ValueProblem.at(0, null, "indicator.import.tooManyRows", MAX_ROWS));
		}
		Authorizations who = Authorizations.current();
		Map<String, Integer> firstRow = new HashMap<>();
		for (Submission s : submissions) {
			int before = problems.size();
			Indicator indicator = s.indicatorCode() == null ? null : indicators.get(s.indicatorCode());
			Territory unit = s.territoryCode() == null ? null : units.get(s.territoryCode());
			if (indicator == null) {
				problems.add(ValueProblem.at(s.row(), "indicator", "indicator.import.unknownIndicator",
						String.valueOf(s.indicatorCode())));
			}
			if (unit == null) {
				problems.add(ValueProblem.at(s.row(), "territory", "indicator.import.unknownTerritory",
						String.valueOf(s.territoryCode())));
			}
			else if (!who.canActOn(unit.path(), SUBMITTERS)) {
				problems.add(ValueProblem.at(s.row(), "territory", "indicator.import.outOfScope", unit.code()));
			}
			if (indicator != null && unit != null && !indicator.recordedAt(unit.level().name())) {
				problems.add(ValueProblem.at(s.row(), "territory", "indicator.import.level", unit.code(), indicator.code()));
			}
			if (s.year() == null || s.year() < 1990 || s.year() > 2100) {
				problems.add(ValueProblem.at(s.row(), "year", "indicator.import.year"));
			}
			if (s.value() == null) {
				problems.add(ValueProblem.at(s.row(), "value", "indicator.import.value"));
			}
			else if (indicator != null && "%".equals(indicator.unit())
					&& (s.value().signum() < 0 || s.value().compareTo(BigDecimal.valueOf(100)) > 0)) {
				problems.add(ValueProblem.at(s.row(), "value", "indicator.import.percent", s.value().toPlainString()));
			}
			else if (s.value().abs().compareTo(new BigDecimal("1e14")) >= 0) {
				problems.add(ValueProblem.at(s.row(), "value", "indicator.import.value"));
			}
			if (s.source() == null || s.source().isBlank() || s.source().length() > 200) {
				problems.add(ValueProblem.at(s.row(), "source", "indicator.import.source"));
			}
			if (problems.size() == before) {
				Integer earlier = firstRow.putIfAbsent(key(indicator.id(), unit.code(), s.year()), s.row());
				if (earlier != null) {
					problems.add(ValueProblem.at(s.row(), null, "indicator.import.duplicate", earlier));
				}
			}
		}
		return problems;
	}

	private Map<String, Indicator> indicatorsOf(List<Submission> submissions) {
		return catalogue.byCodes(submissions.stream().map(Submission::indicatorCode).filter(java.util.Objects::nonNull)
			.distinct().toList());
	}

	private Map<String, Territory> unitsOf(List<Submission> submissions) {
		Map<String, Territory> units = new HashMap<>();
		territories.findAll(submissions.stream().map(Submission::territoryCode).filter(java.util.Objects::nonNull)
			.distinct().toList()).forEach(t -> units.put(t.code(), t));
		return units;
	}

	private Map<String, Map<String, Object>> existing(List<Submission> submissions, Map<String, Indicator> indicators) {
		Set<Long> ids = new HashSet<>();
		Set<String> codes = new HashSet<>();
		Set<Integer> years = new HashSet<>();
		for (Submission s : submissions) {
			ids.add(indicators.get(s.indicatorCode()).id());
			codes.add(s.territoryCode());
			years.add(s.year());
		}
		Map<String, Map<String, Object>> found = new HashMap<>();
		jdbc.sql("""
				select indicator_id, territory_code, year, value, source, status, version from indicator_value
				where indicator_id in (:ids) and territory_code in (:codes) and year in (:years)
				""").param("ids", ids).param("codes", codes).param("years", years)
			.query((rs, n) -> {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("key", key(rs.getLong(1), rs.getString(2), rs.getInt(3)));
				row.put("value", rs.getBigDecimal(4));
				row.put("source", rs.getString(5));
				row.put("status", rs.getString(6));
				row.put("version", rs.getLong(7));
				return row;
			})
			.list()
			.forEach(row -> found.put((String) row.get("key"), row));
		return found;
	}

	/**
	 * Validates (or rejects, with a reason) submitted values. Only the governor's office over each
	 * value's unit (or an administrator) may: a refused one refuses the whole batch.
	 */
	@Transactional
	public int review(List<Long> valueIds, boolean validate, String note) {
		if (valueIds.isEmpty()) {
			return 0;
		}
		record Row(long id, String indicator, String nameFr, String unit, String path, int year, String status) {
		}
		List<Row> rows = jdbc.sql("""
				select v.id, i.code, i.name_fr, v.territory_code, v.territory_path, v.year, v.status
				from indicator_value v join indicator i on i.id = v.indicator_id where v.id in (:ids)
				""").param("ids", valueIds)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					rs.getInt(6), rs.getString(7)))
			.list();
		Authorizations who = Authorizations.current();
		for (Row r : rows) {
			if (!who.canActOn(r.path(), VALIDATORS)) {
				throw new AccessDeniedException("Value " + r.id() + " lies outside the reviewer's scope");
			}
		}
		if (!validate && (note == null || note.isBlank())) {
			throw new DiagnosisRefused("indicator.review.noteRequired");
		}
		String status = validate ? ValueStatus.VALIDATED.name() : ValueStatus.REJECTED.name();
		List<Row> pending = rows.stream().filter(r -> !r.status().equals(status)).toList();
		if (pending.isEmpty()) {
			return 0;
		}
		jdbc.sql("""
				update indicator_value set status = :status, reviewed_by = :by, reviewed_at = now(), review_note = :note,
				       version = version + 1
				where id in (:ids)
				""").param("status", status).param("by", username()).param("note", note == null || note.isBlank() ? null : note.trim())
			.param("ids", pending.stream().map(Row::id).toList()).update();
		events.publishEvent(new EntitiesChanged(pending.stream()
			.map(r -> EntityChanged.updated("IndicatorValue", r.indicator() + "/" + r.unit() + "/" + r.year(), r.nameFr(),
					Map.of("status", r.status()), note == null ? Map.of("status", status) : Map.of("status", status, "note", note)))
			.toList()));
		return pending.size();
	}

	/** Sets the target of a unit for a year: its planner or the governor's office over it. */
	@Transactional
	public void setTarget(String indicatorCode, String territoryCode, int year, BigDecimal value) {
		Indicator indicator = catalogue.find(indicatorCode)
			.orElseThrow(() -> new DiagnosisRefused("indicator.import.unknownIndicator", indicatorCode));
		Territory unit = territories.find(territoryCode)
			.orElseThrow(() -> new DiagnosisRefused("indicator.import.unknownTerritory", territoryCode));
		if (!Authorizations.current().canActOn(unit.path(), TARGET_SETTERS)) {
			throw new AccessDeniedException("Unit outside the person's scope");
		}
		if (value == null || year < 1990 || year > 2100) {
			throw new DiagnosisRefused("indicator.import.value");
		}
		BigDecimal before = jdbc.sql("""
				select value from indicator_target where indicator_id = :i and territory_code = :u and year = :y
				""").param("i", indicator.id()).param("u", unit.code()).param("y", year).query(BigDecimal.class).optional()
			.orElse(null);
		jdbc.sql("""
				insert into indicator_target (indicator_id, territory_code, territory_path, year, value, set_by)
				values (:i, :u, :path, :y, :v, :by)
				on conflict (indicator_id, territory_code, year) do update set value = excluded.value,
				    set_by = excluded.set_by, set_at = now()
				""").param("i", indicator.id()).param("u", unit.code()).param("path", unit.path()).param("y", year)
			.param("v", value).param("by", username()).update();
		String id = indicator.code() + "/" + unit.code() + "/" + year;
		events.publishEvent(before == null
				? EntityChanged.created("IndicatorTarget", id, indicator.name().fr(), Map.of("value", value))
				: EntityChanged.updated("IndicatorTarget", id, indicator.name().fr(), Map.of("value", before),
						Map.of("value", value)));
	}

	/**
	 * Sets a reference value: the national one (the country, administrators only) or a region's (its
	 * planners and the wali's office too).
	 */
	@Transactional
	public void setReference(String indicatorCode, String territoryCode, int year, BigDecimal value, String source) {
		Indicator indicator = catalogue.find(indicatorCode)
			.orElseThrow(() -> new DiagnosisRefused("indicator.import.unknownIndicator", indicatorCode));
		Territory unit = territories.find(territoryCode)
			.orElseThrow(() -> new DiagnosisRefused("indicator.import.unknownTerritory", territoryCode));
		if (unit.level() != TerritoryLevel.COUNTRY && unit.level() != TerritoryLevel.REGION) {
			throw new DiagnosisRefused("indicator.reference.level");
		}
		boolean allowed = unit.level() == TerritoryLevel.COUNTRY ? Authorizations.current().has(Role.ADMINISTRATOR)
				: Authorizations.current().canActOn(unit.path(), TARGET_SETTERS);
		if (!allowed) {
			throw new AccessDeniedException("Reference outside the person's scope");
		}
		if (value == null || source == null || source.isBlank()) {
			throw new DiagnosisRefused("indicator.import.source");
		}
		jdbc.sql("""
				insert into indicator_reference (indicator_id, territory_code, year, value, source)
				values (:i, :u, :y, :v, :s)
				on conflict (indicator_id, territory_code, year) do update set value = excluded.value, source = excluded.source
				""").param("i", indicator.id()).param("u", unit.code()).param("y", year).param("v", value)
			.param("s", source.trim()).update();
		events.publishEvent(EntityChanged.updated("IndicatorReference", indicator.code() + "/" + unit.code() + "/" + year,
				indicator.name().fr(), Map.of(), Map.of("value", value, "source", source.trim())));
	}

	/**
	 * The submitted demonstration values awaiting validation, except those of {@code year} in the
	 * listed units (left for the governor's office to validate during a demonstration).
	 */
	@Transactional(readOnly = true)
	public List<Long> pendingReview(int year, Set<String> keptForReview) {
		return jdbc.sql("""
				select id from indicator_value where status = 'SUBMITTED' and demonstration
				  and not (year = :y and territory_code in (:kept))
				""").param("y", year).param("kept", keptForReview.isEmpty() ? List.of("") : keptForReview)
			.query(Long.class).list();
	}

	static String key(long indicatorId, String unit, Integer year) {
		return indicatorId + "|" + unit + "|" + year;
	}

	static String username() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}

package ma.tanmia.territory;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.tanmia.territory.TerritoryFile.ImportedUnit;
import ma.tanmia.territory.TerritoryFile.PopulationFigure;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checks a parsed territory file against the hierarchy already stored — parents that exist,
 * levels that fit, no cycles, no level changes — then writes it. Writes nothing unless every row
 * is right. Used by the import screen and by the migration that loads the shipped reference data,
 * so both obey the same rules.
 */
final class TerritoryImporter {

	/** A unit as stored, enough to check a file against. */
	record Stored(long id, String code, String parentCode, TerritoryLevel level, String path) {
	}

	/** What the import did to one unit, for the audit trail. */
	record Change(String code, boolean created, Map<String, Object> before, Map<String, Object> after) {
	}

	private final JdbcClient jdbc;

	TerritoryImporter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Reads, checks and writes; throws {@link TerritoryImportRejected} with every problem, having written nothing. */
	List<Change> run(Reader reader) {
		TerritoryFile.Parsed parsed = TerritoryFile.read(reader);
		List<ImportProblem> problems = new ArrayList<>(parsed.problems());
		Map<String, Stored> stored = load();
		// Well-formed rows are checked against the hierarchy even when other rows are not, so the
		// person gets every problem of the file at once.
		problems.addAll(checkHierarchy(parsed.units(), stored, parsed.malformedCodes()));
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(ImportProblem::row));
			throw new TerritoryImportRejected(problems);
		}
		return write(parsed.units(), stored);
	}

	private Map<String, Stored> load() {
		Map<String, Stored> units = new HashMap<>();
		jdbc.sql("""
				select u.id, u.code, p.code as parent_code, u.level, u.path
				from territorial_unit u left join territorial_unit p on p.id = u.parent_id
				""")
			.query((rs, n) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3),
					TerritoryLevel.valueOf(rs.getString(4)), rs.getString(5)))
			.list()
			.forEach(u -> units.put(u.code(), u));
		return units;
	}

	private static List<ImportProblem> checkHierarchy(List<ImportedUnit> units, Map<String, Stored> stored,
			Set<String> malformedCodes) {
		List<ImportProblem> problems = new ArrayList<>();
		Map<String, String> parentOf = new HashMap<>();
		Map<String, TerritoryLevel> levelOf = new HashMap<>();
		stored.values().forEach(s -> {
			parentOf.put(s.code(), s.parentCode());
			levelOf.put(s.code(), s.level());
		});
		// One country: the first load (the reference data) creates it, nothing creates a second.
		boolean countryKnown = stored.values().stream().anyMatch(s -> s.level() == TerritoryLevel.COUNTRY);
		for (ImportedUnit unit : units) {
			Stored existing = stored.get(unit.code());
			if (existing == null && unit.level() == TerritoryLevel.COUNTRY && countryKnown) {
				problems.add(ImportProblem.at(unit.row(), TerritoryFile.LEVEL, "import.error.country.new"));
			}
			if (existing != null && existing.level() != unit.level()) {
				problems.add(ImportProblem.at(unit.row(), TerritoryFile.LEVEL, "import.error.level.changed",
						existing.level(), unit.level()));
			}
			countryKnown |= unit.level() == TerritoryLevel.COUNTRY;
			parentOf.put(unit.code(), unit.parentCode());
			levelOf.put(unit.code(), unit.level());
		}
		for (ImportedUnit unit : units) {
			if (unit.level() == TerritoryLevel.COUNTRY) {
				if (unit.parentCode() != null) {
					problems.add(ImportProblem.at(unit.row(), TerritoryFile.PARENT_CODE, "import.error.parent.level",
							"-", unit.level()));
				}
				continue;
			}
			TerritoryLevel parentLevel = levelOf.get(unit.parentCode());
			if (parentLevel == null && malformedCodes.contains(unit.parentCode())) {
				continue; // the parent's own row is already reported
			}
			if (parentLevel == null) {
				problems.add(ImportProblem.at(unit.row(), TerritoryFile.PARENT_CODE, "import.error.parent.unknown",
						unit.parentCode()));
				continue;
			}
			if (!unit.level().allowedParents().contains(parentLevel)) {
				problems.add(ImportProblem.at(unit.row(), TerritoryFile.PARENT_CODE, "import.error.parent.level",
						parentLevel, unit.level()));
				continue;
			}
			List<String> chain = cycleFrom(unit.code(), parentOf);
			if (!chain.isEmpty()) {
				problems.add(ImportProblem.at(unit.row(), TerritoryFile.PARENT_CODE, "import.error.cycle",
						String.join(" → ", chain)));
			}
		}
		return problems;
	}

	/** The codes of the loop when walking up from {@code code} comes back to itself; empty otherwise. */
	private static List<String> cycleFrom(String code, Map<String, String> parentOf) {
		Set<String> seen = new LinkedHashSet<>();
		String current = code;
		while (current != null && seen.add(current)) {
			current = parentOf.get(current);
		}
		if (current == null || !current.equals(code)) {
			return List.of();
		}
		List<String> chain = new ArrayList<>(seen);
		chain.add(code);
		return chain;
	}

	private List<Change> write(List<ImportedUnit> units, Map<String, Stored> stored) {
		Map<String, ImportedUnit> byCode = new LinkedHashMap<>();
		units.forEach(u -> byCode.put(u.code(), u));
		List<Change> changes = new ArrayList<>();
		Set<String> done = new java.util.HashSet<>();
		for (ImportedUnit unit : units) {
			writeWithParentsFirst(unit, byCode, done, changes);
		}
		return changes;
	}

	private void writeWithParentsFirst(ImportedUnit unit, Map<String, ImportedUnit> byCode, Set<String> done,
			List<Change> changes) {
		if (!done.add(unit.code())) {
			return;
		}
		ImportedUnit parent = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
		if (parent != null) {
			writeWithParentsFirst(parent, byCode, done, changes);
		}
		changes.add(writeOne(unit));
	}

	private Change writeOne(ImportedUnit unit) {
		record ParentRow(Long id, String path, int depth) {
		}
		ParentRow parent = unit.parentCode() == null ? new ParentRow(null, "/", -1)
				: jdbc.sql("select id, path, depth from territorial_unit where code = :code")
					.param("code", unit.parentCode())
					.query(ParentRow.class)
					.single();
		String path = parent.path() + unit.code() + "/";
		Map<String, Object> before = snapshot(unit.code());
		if (before == null) {
			jdbc.sql("""
					insert into territorial_unit (code, level, commune_kind, parent_id, path, depth, name_ar, name_fr,
					    name_tzm, latitude, longitude, area_km2, declared_urban_communes, declared_rural_communes)
					values (:code, :level, :kind, :parent, :path, :depth, :nameAr, :nameFr, :nameTzm, :lat, :lon, :area,
					    :urban, :rural)
					""")
				.params(fields(unit))
				.param("parent", parent.id())
				.param("path", path)
				.param("depth", parent.depth() + 1)
				.update();
		}
		else {
			String oldPath = (String) before.get("path");
			if (!oldPath.equals(path)) {
				// The unit moved: its whole subtree follows, in one statement.
				jdbc.sql("""
						update territorial_unit
						set path = :newPath || substr(path, length(:oldPath) + 1),
						    depth = depth + :shift
						where path like :oldPath || '%'
						""")
					.param("newPath", path)
					.param("oldPath", oldPath)
					.param("shift", parent.depth() + 1 - ((Number) before.get("depth")).intValue())
					.update();
			}
			// Empty optional cells keep what was stored: a file with names only does not erase coordinates.
			jdbc.sql("""
					update territorial_unit set
					    commune_kind = :kind, parent_id = :parent, name_ar = :nameAr, name_fr = :nameFr,
					    name_tzm = coalesce(:nameTzm, name_tzm), latitude = coalesce(:lat, latitude),
					    longitude = coalesce(:lon, longitude), area_km2 = coalesce(:area, area_km2),
					    declared_urban_communes = coalesce(:urban, declared_urban_communes),
					    declared_rural_communes = coalesce(:rural, declared_rural_communes),
					    version = version + 1
					where code = :code
					""")
				.params(fields(unit))
				.param("parent", parent.id())
				.update();
		}
		for (Map.Entry<Integer, PopulationFigure> population : unit.populations().entrySet()) {
			jdbc.sql("""
					insert into territorial_unit_population (territorial_unit, census_year, inhabitants, estimated)
					values ((select id from territorial_unit where code = :code), :year, :inhabitants, :estimated)
					on conflict (territorial_unit, census_year)
					do update set inhabitants = excluded.inhabitants, estimated = excluded.estimated
					""")
				.param("code", unit.code())
				.param("year", population.getKey())
				.param("inhabitants", population.getValue().inhabitants())
				.param("estimated", population.getValue().estimated())
				.update();
		}
		return new Change(unit.code(), before == null, before, snapshot(unit.code()));
	}

	private static Map<String, Object> fields(ImportedUnit unit) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("code", unit.code());
		fields.put("level", unit.level().name());
		fields.put("kind", unit.communeKind() == null ? null : unit.communeKind().name());
		fields.put("nameAr", unit.nameAr());
		fields.put("nameFr", unit.nameFr());
		fields.put("nameTzm", unit.nameTzm());
		fields.put("lat", unit.latitude());
		fields.put("lon", unit.longitude());
		fields.put("area", unit.areaKm2());
		fields.put("urban", unit.declaredUrban());
		fields.put("rural", unit.declaredRural());
		return fields;
	}

	/** The stored state of a unit as the audit trail keeps it, or null when there is none. */
	Map<String, Object> snapshot(String code) {
		return TerritorySnapshot.of(jdbc, code);
	}
}

package ma.tanmia.indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the diagnosis pages, maps and JSON read: the communes of a territory with their value,
 * status and deficit, the territory's figure aggregated by the indicator's rule, and disparities.
 * Only validated values enter a computation; submitted ones are shown with their status. Every read
 * is a fixed number of queries: the units (territory API), the values of the subtree (one index range
 * on indicator, year and path), the populations (territory API), the goals.
 */
@Service
@Transactional(readOnly = true)
class DiagnosisQueries {

	/** A unit's figure for a year. */
	/** A unit's value of the year (any status; the reason given when it was rejected), its goal and deficit. */
	record UnitFigure(Territory unit, Integer population, Long valueId, BigDecimal value, ValueStatus status,
			String source, long version, Double goal, String goalKind, Deficit deficit, String reviewNote) {

		public String code() {
			return unit.code();
		}

		public LocalizedName name() {
			return unit.name();
		}

		public boolean counts() {
			return status == ValueStatus.VALIDATED;
		}
	}

	/** A validated value in the subtree: where it lies and what it is. */
	record Recorded(String code, String path, int year, double value) {
	}

	private final JdbcClient jdbc;
	private final Territories territories;
	private final IndicatorCatalogue catalogue;

	DiagnosisQueries(JdbcClient jdbc, Territories territories, IndicatorCatalogue catalogue) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.catalogue = catalogue;
	}

	/** The territory, if the person's scope overlaps it (a commune's planner reads their province's figures). */
	Territory readable(String code) {
		Territory territory = territories.find(code).orElseThrow(() -> new DiagnosisRefused("indicator.import.unknownTerritory", code));
		if (!Authorizations.current().sees(territory.path())) {
			throw new AccessDeniedException("Territory outside the reader's scope");
		}
		return territory;
	}

	/** The units of a level in the territory, each with its value of the year (any status) and its deficit. */
	List<UnitFigure> figures(Indicator indicator, Territory territory, int year, TerritoryLevel level) {
		List<Territory> units = territories.unitsWithin(territory.code(), level);
		Map<String, Integer> populations = territories.populationsWithin(territory.code(), level, year);
		ScopeFilter within = ScopeFilter.within(territory.path(), "territory_path", "t");
		record Row(long id, String code, BigDecimal value, String status, String source, long version, String note) {
		}
		Map<String, Row> values = new HashMap<>();
		jdbc.sql("select id, territory_code, value, status, source, version, review_note from indicator_value "
				+ "where indicator_id = :i and year = :y and territory_level = :level and " + within.sql())
			.params(within.parameters()).param("i", indicator.id()).param("y", year).param("level", level.name())
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4), rs.getString(5),
					rs.getLong(6), rs.getString(7)))
			.list().forEach(r -> values.put(r.code(), r));
		Map<String, Double> targets = new HashMap<>();
		jdbc.sql("select territory_code, value from indicator_target where indicator_id = :i and year = :y and " + within.sql())
			.params(within.parameters()).param("i", indicator.id()).param("y", year)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2))).list()
			.forEach(e -> targets.put(e.getKey(), e.getValue()));
		Map<String, Double> references = references(indicator, territory, year);
		List<UnitFigure> figures = new ArrayList<>();
		for (Territory unit : units) {
			Row row = values.get(unit.code());
			Double goal = targets.get(unit.code());
			String goalKind = goal == null ? null : "TARGET";
			if (goal == null) {
				goal = referenceFor(unit.path(), references);
				goalKind = goal == null ? null : "REFERENCE";
			}
			Deficit deficit = row == null || goal == null ? null
					: Deficit.of(row.value().doubleValue(), goal, indicator.polarity());
			figures.add(new UnitFigure(unit, populations.get(unit.code()), row == null ? null : row.id(),
					row == null ? null : row.value(), row == null ? null : ValueStatus.valueOf(row.status()),
					row == null ? null : row.source(), row == null ? 0 : row.version(), goal, goalKind, deficit,
					row == null ? null : row.note()));
		}
		return figures;
	}

	/**
	 * The reference values that may apply in the territory for a year, by the path of the unit they
	 * belong to (the country, the regions): the latest not after the year.
	 */
	private Map<String, Double> references(Indicator indicator, Territory territory, int year) {
		List<String> candidates = new ArrayList<>(territory.path().substring(1).split("/").length);
		for (String code : territory.path().substring(1).split("/")) {
			candidates.add(code);
		}
		if (territory.level() == TerritoryLevel.COUNTRY) {
			territories.unitsWithin(territory.code(), TerritoryLevel.REGION).forEach(r -> candidates.add(r.code()));
		}
		Map<String, String> paths = new HashMap<>();
		territories.findAll(candidates).forEach(t -> paths.put(t.code(), t.path()));
		Map<String, Double> byPath = new HashMap<>();
		jdbc.sql("""
				select distinct on (territory_code) territory_code, value from indicator_reference
				where indicator_id = :i and year <= :y and territory_code in (:codes)
				order by territory_code, year desc
				""").param("i", indicator.id()).param("y", year).param("codes", candidates)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getDouble(2))).list()
			.forEach(e -> byPath.put(paths.get(e.getKey()), e.getValue()));
		return byPath;
	}

	/** The most specific reference covering a unit: its region's, else the country's. */
	private static Double referenceFor(String unitPath, Map<String, Double> byPath) {
		String best = null;
		for (String path : byPath.keySet()) {
			if (path != null && unitPath.startsWith(path) && (best == null || path.length() > best.length())) {
				best = path;
			}
		}
		return best == null ? null : byPath.get(best);
	}

	/** Validated commune values of the subtree, for one year or (year null) for every year. */
	List<Recorded> communeValues(Indicator indicator, Territory territory, Integer year) {
		ScopeFilter within = ScopeFilter.within(territory.path(), "territory_path", "t");
		return jdbc.sql("select territory_code, territory_path, year, value from indicator_value "
				+ "where indicator_id = :i and (cast(:y as int) is null or year = :y) and status = 'VALIDATED' "
				+ "and territory_level = 'COMMUNE' and " + within.sql())
			.params(within.parameters()).param("i", indicator.id()).param("y", year)
			.query((rs, n) -> new Recorded(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)))
			.list();
	}

	/** The disparity among the communes of a territory. */
	Disparity disparity(Indicator indicator, Territory territory, int year) {
		Map<String, Integer> populations = territories.populationsWithin(territory.code(), TerritoryLevel.COMMUNE, year);
		return Disparity.of(communeValues(indicator, territory, year).stream()
			.map(r -> observation(r, populations))
			.toList());
	}

	/**
	 * The disparity among the communes of each unit directly below the territory (each province of
	 * a region, each of the 75 provinces of the country): one query for the values, one for the
	 * populations, whatever the number of provinces.
	 */
	Map<String, Disparity> disparityByChild(Indicator indicator, Territory territory, int year) {
		return disparityByUnitAt(indicator, territory, year, territory.path().substring(1).split("/").length);
	}

	/**
	 * The disparity among the communes of each unit at {@code depth} in the paths below the territory
	 * (1: each region, 2: each province or prefecture, e.g. the country's 75 at once): the same two
	 * queries, the communes grouped by their ancestor at that depth.
	 */
	Map<String, Disparity> disparityByUnitAt(Indicator indicator, Territory territory, int year, int depth) {
		Map<String, Integer> populations = territories.populationsWithin(territory.code(), TerritoryLevel.COMMUNE, year);
		Map<String, List<Disparity.Observation>> byChild = new TreeMap<>();
		for (Recorded r : communeValues(indicator, territory, year)) {
			String[] codes = r.path().substring(1).split("/");
			if (codes.length > depth) {
				byChild.computeIfAbsent(codes[depth], c -> new ArrayList<>()).add(observation(r, populations));
			}
		}
		Map<String, Disparity> result = new LinkedHashMap<>();
		byChild.forEach((child, observations) -> result.put(child, Disparity.of(observations)));
		return result;
	}

	/** The disparity among the territory's communes, year by year. */
	Map<Integer, Disparity> disparityOverTime(Indicator indicator, Territory territory) {
		Map<Integer, List<Recorded>> byYear = new TreeMap<>();
		communeValues(indicator, territory, null).forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
		Map<Integer, Disparity> result = new LinkedHashMap<>();
		byYear.forEach((year, values) -> {
			Map<String, Integer> populations = territories.populationsWithin(territory.code(), TerritoryLevel.COMMUNE, year);
			result.put(year, Disparity.of(values.stream().map(r -> observation(r, populations)).toList()));
		});
		return result;
	}

	/** The territory's value for a year, from its communes' validated values by the indicator's rule. */
	Double aggregate(Indicator indicator, Territory territory, int year) {
		return switch (indicator.aggregation()) {
			case SUM -> HierarchyAggregation.sum(communeValues(indicator, territory, year).stream().map(Recorded::value).toList());
			case POPULATION_WEIGHTED_MEAN -> {
				Map<String, Integer> populations = territories.populationsWithin(territory.code(), TerritoryLevel.COMMUNE, year);
				yield HierarchyAggregation.populationWeightedMean(
						communeValues(indicator, territory, year).stream().map(r -> observation(r, populations)).toList());
			}
			case RATIO -> {
				Map<String, Indicator> terms = catalogue.byCodes(List.of(indicator.numeratorCode(), indicator.denominatorCode()));
				yield HierarchyAggregation.ratio(byUnit(terms.get(indicator.numeratorCode()), territory, year),
						byUnit(terms.get(indicator.denominatorCode()), territory, year), indicator.ratioScale().doubleValue());
			}
		};
	}

	/** The territory's aggregated value over the years that have validated commune values. */
	Map<Integer, Double> aggregateOverTime(Indicator indicator, Territory territory) {
		Map<Integer, Double> series = new TreeMap<>();
		for (Integer year : new TreeSet<>(years(indicator, territory))) {
			Double value = aggregate(indicator, territory, year);
			if (value != null) {
				series.put(year, value);
			}
		}
		return series;
	}

	/** The years with values (any status) in the territory, oldest first. */
	List<Integer> years(Indicator indicator, Territory territory) {
		ScopeFilter within = ScopeFilter.within(territory.path(), "territory_path", "t");
		return jdbc.sql("select distinct year from indicator_value where indicator_id = :i and " + within.sql() + " order by year")
			.params(within.parameters()).param("i", indicator.id()).query(Integer.class).list();
	}

	/** Each commune's validated values by year: the lines of the chart. */
	Map<String, Map<Integer, Double>> series(Indicator indicator, Territory territory) {
		Map<String, Map<Integer, Double>> series = new TreeMap<>();
		communeValues(indicator, territory, null)
			.forEach(r -> series.computeIfAbsent(r.code(), c -> new TreeMap<>()).put(r.year(), r.value()));
		return series;
	}

	private Map<String, Double> byUnit(Indicator indicator, Territory territory, int year) {
		Map<String, Double> values = new HashMap<>();
		if (indicator != null) {
			communeValues(indicator, territory, year).forEach(r -> values.put(r.code(), r.value()));
		}
		return values;
	}

	/** The imported boundaries (GeoJSON geometries) of the communes of the territory, by code. */
	Map<String, String> boundaries(Territory territory) {
		ScopeFilter within = ScopeFilter.within(territory.path(), "territory_path", "t");
		Map<String, String> found = new HashMap<>();
		jdbc.sql("select territory_code, geometry from indicator_boundary where " + within.sql())
			.params(within.parameters())
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
			.forEach(e -> found.put(e.getKey(), e.getValue()));
		return found;
	}

	/** The communes of the territory (names, coordinates, populations). */
	List<Territory> communes(Territory territory) {
		return territories.unitsWithin(territory.code(), TerritoryLevel.COMMUNE);
	}

	/** The recorded value of a unit for a year, any status, to edit it against its version. */
	java.util.Optional<Map<String, Object>> recorded(Indicator indicator, String unitCode, int year) {
		return jdbc.sql("select value, source, version from indicator_value where indicator_id = :i and territory_code = :u and year = :y")
			.param("i", indicator.id()).param("u", unitCode).param("y", year).query().listOfRows().stream().findFirst();
	}

	/** The unit whose communes a unit is compared with: a commune's province, or the unit itself. */
	String parentOf(String code) {
		return territories.find(code).map(t -> t.level() == TerritoryLevel.COMMUNE ? t.parentCode() : t.code()).orElse("MA");
	}

	private static Disparity.Observation observation(Recorded r, Map<String, Integer> populations) {
		Integer p = populations.get(r.code());
		return new Disparity.Observation(r.code(), r.value(), p == null ? null : p.doubleValue());
	}
}

package ma.tanmia.bench.indicator;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import ma.tanmia.bench.AppInternals;
import ma.tanmia.bench.BenchApplication;
import ma.tanmia.bench.measure.Browser;
import ma.tanmia.bench.measure.Comparison;
import ma.tanmia.bench.measure.Latencies;
import ma.tanmia.bench.measure.ResultTable;
import ma.tanmia.bench.measure.RunEnvironment;
import ma.tanmia.bench.synthetic.SyntheticIndicators;
import ma.tanmia.indicator.Disparity;
import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopedRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The diagnosis at national scale (docs/DIAGNOSIS.md, issue 4), on the 40 synthetic indicators
 * {@code indicators-generate} writes: disparity by child unit and the map data of a region, three ways
 * interleaved in one loop — {@code raw} (the statements the application sends, over one plain JDBC
 * connection, plus the same Java computation: {@code Disparity.of} per unit, {@code ClassBreaks}),
 * {@code app} (the {@code IndicatorApi} controller method as a national administrator: catalogue,
 * scope check, DiagnosisQueries with its transactions, Hikari, JdbcClient; no JSON) and {@code http}
 * (the JSON endpoint over HTTP after a form sign-in as {@code admin}).
 */
public final class IndicatorBenchmark {

	/** The year measured: the latest of the synthetic values. */
	static final int YEAR = SyntheticIndicators.FIRST_YEAR + SyntheticIndicators.YEARS - 1;

	private static final String POPULATIONS_WITHIN = """
			select distinct on (u.code) u.code, p.inhabitants
			from territorial_unit u join territorial_unit_population p on p.territorial_unit = u.id,
			     (select path from territorial_unit where code = ?) s
			where u.path >= s.path and u.path < left(s.path, -1) || '0' and u.level = ?
			order by u.code, p.census_year <= ? desc,
			         case when p.census_year <= ? then -p.census_year else p.census_year end
			""";
	private static final String POPULATIONS_OF = """
			select u.code, p.census_year, p.inhabitants, p.estimated
			from territorial_unit_population p join territorial_unit u on u.id = p.territorial_unit
			where u.code in (%s)
			order by p.census_year
			""";
	private static final String COMMUNE_VALUES = "select territory_code, territory_path, year, value from indicator_value "
			+ "where indicator_id = ? and (cast(? as int) is null or year = ?) and status = 'VALIDATED' "
			+ "and territory_level = 'COMMUNE' and (territory_path >= ? and territory_path < ?)";
	private static final String FIGURE_VALUES = "select id, territory_code, value, status, source, version, review_note from indicator_value "
			+ "where indicator_id = ? and year = ? and territory_level = ? and (territory_path >= ? and territory_path < ?)";
	private static final String TARGETS = "select territory_code, value from indicator_target where indicator_id = ? and year = ?"
			+ " and (territory_path >= ? and territory_path < ?)";
	private static final String REFERENCES = """
			select distinct on (territory_code) territory_code, value from indicator_reference
			where indicator_id = ? and year <= ? and territory_code in (%s)
			order by territory_code, year desc
			""";
	private static final String BOUNDARIES = "select territory_code, geometry from indicator_boundary"
			+ " where (territory_path >= ? and territory_path < ?)";

	private final BenchApplication application;
	private final int warmup;
	private final int iterations;
	private final String selectIndicator;
	private final String selectUnits;

	public IndicatorBenchmark(BenchApplication application, int warmup, int iterations) {
		this.application = application;
		this.warmup = warmup;
		this.iterations = iterations;
		this.selectIndicator = AppInternals.constant("ma.tanmia.indicator.IndicatorCatalogue", "SELECT") + " where code = ?";
		this.selectUnits = (String) AppInternals.constant("ma.tanmia.territory.Territories", "SELECT_UNITS");
	}

	public void run(boolean explainOnly) throws SQLException {
		try (Connection raw = application.dataSource().getConnection()) {
			raw.setAutoCommit(true);
			RunEnvironment.print(raw);
			List<String> indicators = strings(raw, "select code from indicator where code like 'SYN-IND-%' order by code");
			List<String> regions = strings(raw, "select code from territorial_unit where level = 'REGION' order by code");
			if (indicators.size() != 40) {
				throw new IllegalStateException("Run bench/run.sh indicators-generate first (" + indicators.size()
						+ " synthetic indicators)");
			}
			System.out.println(strings(raw, """
					select count(*) filter (where level = 'COMMUNE') || ' communes, '
					    || count(*) filter (where level in ('PROVINCE', 'PREFECTURE')) || ' provinces and prefectures, '
					    || (select count(*) from indicator_value) || ' indicator values'
					from territorial_unit""").get(0));
			explain(raw, indicators.get(0), regions);
			if (explainOnly) {
				return;
			}
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
					null, List.of(new ScopedRole(Role.ADMINISTRATOR, "MA", "/MA/"))));
			try {
				measure(raw, indicators, regions);
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

	private void measure(Connection raw, List<String> indicators, List<String> regions) throws SQLException {
		Object api = application.bean(AppInternals.type("ma.tanmia.indicator.IndicatorApi"));
		Method disparity = AppInternals.method("ma.tanmia.indicator.IndicatorApi", "disparity", String.class, String.class,
				int.class, boolean.class, String.class);
		Class<?> methodType = AppInternals.type("ma.tanmia.indicator.ClassBreaks$Method");
		Method map = AppInternals.method("ma.tanmia.indicator.IndicatorApi", "map", String.class, String.class, int.class,
				methodType, int.class, Locale.class);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		Object quantiles = Enum.valueOf((Class) methodType, "QUANTILES");
		Browser browser = new Browser(application.port()).signIn("admin", BenchApplication.ADMIN_PASSWORD);
		RawStatements statements = new RawStatements(raw);

		// Agreement before timing: the same groups with the same units and means.
		for (String territory : List.of("MA", regions.get(4))) {
			Map<String, Disparity> expected = statements.disparityByChild(indicators.get(0), territory);
			List<?> actual = (List<?>) AppInternals.invoke(disparity, api, indicators.get(0), territory, YEAR, true, null);
			String body = new String(browser.body(disparityUrl(indicators.get(0), territory)), java.nio.charset.StandardCharsets.UTF_8);
			int httpGroups = body.split("\"territory\"", -1).length - 1;
			if (expected.size() != actual.size() || httpGroups != actual.size()) {
				throw new IllegalStateException("Disparity of " + territory + ": raw " + expected.size() + " groups, app "
						+ actual.size() + ", http " + httpGroups);
			}
			int units = expected.values().stream().mapToInt(d -> d.plain().units()).sum();
			System.out.printf("disparity byChild of %s: %d groups, %,d communes (raw = app = http)%n", territory,
					expected.size(), units);
		}

		Map<String, Disparity> expectedProvinces = statements.disparityByUnitAt(indicators.get(0), "MA", 2);
		List<?> actualProvinces = (List<?>) AppInternals.invoke(disparity, api, indicators.get(0), "MA", YEAR, false, "province");
		if (expectedProvinces.size() != actualProvinces.size()) {
			throw new IllegalStateException("by=province: raw " + expectedProvinces.size() + ", app " + actualProvinces.size());
		}
		System.out.printf("disparity by=province of MA: %d provinces and prefectures (raw = app)%n", actualProvinces.size());

		List<String> disparityInputs = new ArrayList<>();
		indicators.forEach(code -> disparityInputs.add(code + " MA"));
		List<String> mapInputs = new ArrayList<>();
		for (int i = 0; i < indicators.size(); i++) {
			mapInputs.add(indicators.get(i) + " " + regions.get(i % regions.size()));
		}
		ResultTable table = new ResultTable(true);
		int disparityStatements = 5;
		RunEnvironment.printLoad();

		Map<String, Latencies.Summary> country = new Comparison(warmup, iterations).run(disparityInputs, List.of(
				new Comparison.Variant("raw", in -> statements.disparityByChild(first(in), second(in))),
				new Comparison.Variant("app", in -> AppInternals.invoke(disparity, api, first(in), second(in), YEAR, true, null)),
				new Comparison.Variant("http", in -> browser.get(disparityUrl(first(in), second(in))))));
		String operation = "Disparity, byChild, territory MA (12 regions, every commune)";
		table.add(operation, "raw JDBC, same SQL + Disparity.of", disparityStatements, country.get("raw"), country.get("raw"));
		table.add(operation, "IndicatorApi.disparity", disparityStatements, country.get("app"), country.get("raw"));
		table.add(operation, "GET /api/v1/indicators/{code}/disparity (JSON)", disparityStatements, country.get("http"),
				country.get("raw"));
		RunEnvironment.printLoad();

		// Every province and prefecture of the country in one call: by=province, communes grouped at depth 2.
		Map<String, Latencies.Summary> provinces = new Comparison(warmup, iterations).run(disparityInputs, List.of(
				new Comparison.Variant("raw", in -> statements.disparityByUnitAt(first(in), "MA", 2)),
				new Comparison.Variant("app", in -> AppInternals.invoke(disparity, api, first(in), "MA", YEAR, false, "province")),
				new Comparison.Variant("http", in -> browser.get("/api/v1/indicators/" + first(in) + "/disparity?territory=MA&year=" + YEAR
						+ "&by=province"))));
		operation = "Disparity of the 75 provinces and prefectures at once (territory MA, by=province)";
		table.add(operation, "raw JDBC, same SQL + Disparity.of", disparityStatements, provinces.get("raw"),
				provinces.get("raw"));
		table.add(operation, "IndicatorApi.disparity", disparityStatements, provinces.get("app"), provinces.get("raw"));
		table.add(operation, "GET …/disparity?by=province (JSON)", disparityStatements, provinces.get("http"),
				provinces.get("raw"));
		RunEnvironment.printLoad();

		Map<String, Latencies.Summary> maps = new Comparison(warmup, iterations).run(mapInputs, List.of(
				new Comparison.Variant("raw", in -> statements.map(first(in), second(in))),
				new Comparison.Variant("app", in -> AppInternals.invoke(map, api, first(in), second(in), YEAR, quantiles, 5,
						Locale.FRENCH)),
				new Comparison.Variant("http", in -> browser.get(mapUrl(first(in), second(in))))));
		operation = "Map data of a region (12 regions in turn)";
		table.add(operation, "raw JDBC, same SQL + ClassBreaks", 12, maps.get("raw"), maps.get("raw"));
		table.add(operation, "IndicatorApi.map", 12, maps.get("app"), maps.get("raw"));
		table.add(operation, "GET /api/v1/indicators/{code}/map (JSON)", 12, maps.get("http"), maps.get("raw"));
		RunEnvironment.printLoad();
		table.print();
	}

	private static String disparityUrl(String indicator, String territory) {
		return "/api/v1/indicators/" + indicator + "/disparity?territory=" + territory + "&year=" + YEAR + "&byChild=true";
	}

	private static String mapUrl(String indicator, String territory) {
		return "/api/v1/indicators/" + indicator + "/map?territory=" + territory + "&year=" + YEAR
				+ "&method=QUANTILES&classes=5";
	}

	private static String first(String input) {
		return input.substring(0, input.indexOf(' '));
	}

	private static String second(String input) {
		return input.substring(input.indexOf(' ') + 1);
	}

	/** The statements IndicatorApi's disparity and map send, in the same order, over one plain connection. */
	private final class RawStatements {

		private final Connection connection;
		private final PreparedStatement indicator;
		private final PreparedStatement unit;
		private final PreparedStatement unitsWithin;
		private final PreparedStatement populationsWithin;
		private final PreparedStatement communeValues;
		private final PreparedStatement figureValues;
		private final PreparedStatement targets;
		private final PreparedStatement boundaries;
		private final Method classBreaks = AppInternals.method("ma.tanmia.indicator.ClassBreaks", "of", double[].class,
				int.class, AppInternals.type("ma.tanmia.indicator.ClassBreaks$Method"));
		private final Method classOf = AppInternals.method("ma.tanmia.indicator.ClassBreaks", "classOf", double.class,
				List.class);
		@SuppressWarnings({ "unchecked", "rawtypes" })
		private final Object quantiles = Enum.valueOf((Class) AppInternals.type("ma.tanmia.indicator.ClassBreaks$Method"),
				"QUANTILES");

		RawStatements(Connection connection) throws SQLException {
			this.connection = connection;
			this.indicator = connection.prepareStatement(selectIndicator);
			this.unit = connection.prepareStatement(selectUnits + " where u.code = ?");
			this.unitsWithin = connection.prepareStatement(selectUnits + """
					, (select path from territorial_unit where code = ?) s
					where u.path >= s.path and u.path < left(s.path, -1) || '0' and u.level = ?
					order by u.path
					""");
			this.populationsWithin = connection.prepareStatement(POPULATIONS_WITHIN);
			this.communeValues = connection.prepareStatement(COMMUNE_VALUES);
			this.figureValues = connection.prepareStatement(FIGURE_VALUES);
			this.targets = connection.prepareStatement(TARGETS);
			this.boundaries = connection.prepareStatement(BOUNDARIES);
		}

		/** catalogue.find, readable (find + its populations), populationsWithin, communeValues; Disparity.of per child. */
		Map<String, Disparity> disparityByChild(String code, String territory) {
			return disparityByUnitAt(code, territory, -1);
		}

		/** The same, communes grouped by their ancestor at {@code depth} in the path (-1: the territory's children). */
		Map<String, Disparity> disparityByUnitAt(String code, String territory, int groupDepth) {
			try {
				long id = indicatorId(code);
				String path = unitPaths(unit, List.of(territory)).get(0);
				Map<String, Integer> populations = populationsWithin(territory, YEAR);
				int depth = groupDepth < 0 ? path.substring(1).split("/").length : groupDepth;
				Map<String, List<Disparity.Observation>> byChild = new TreeMap<>();
				communeValues.setLong(1, id);
				communeValues.setInt(2, YEAR);
				communeValues.setInt(3, YEAR);
				communeValues.setString(4, path);
				communeValues.setString(5, upper(path));
				try (ResultSet rs = communeValues.executeQuery()) {
					while (rs.next()) {
						String commune = rs.getString(1);
						String[] codes = rs.getString(2).substring(1).split("/");
						double value = rs.getDouble(4);
						if (codes.length > depth) {
							Integer p = populations.get(commune);
							byChild.computeIfAbsent(codes[depth], c -> new ArrayList<>())
								.add(new Disparity.Observation(commune, value, p == null ? null : p.doubleValue()));
						}
					}
				}
				Map<String, Disparity> result = new TreeMap<>();
				byChild.forEach((child, observations) -> result.put(child, Disparity.of(observations)));
				return result;
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}

		/**
		 * catalogue.find, readable, then figures: unitsWithin (+ populations), populationsWithin, values,
		 * targets, references (findAll + populations + references); boundaries; class limits and each class.
		 */
		int map(String code, String territory) {
			try {
				long id = indicatorId(code);
				String path = unitPaths(unit, List.of(territory)).get(0);
				unitsWithin.setString(1, territory);
				unitsWithin.setString(2, "COMMUNE");
				List<String> communes = new ArrayList<>();
				try (ResultSet rs = unitsWithin.executeQuery()) {
					while (rs.next()) {
						communes.add(rs.getString(2));
					}
				}
				populationsOf(communes);
				populationsWithin(territory, YEAR);
				Map<String, Double> values = new HashMap<>();
				figureValues.setLong(1, id);
				figureValues.setInt(2, YEAR);
				figureValues.setString(3, "COMMUNE");
				figureValues.setString(4, path);
				figureValues.setString(5, upper(path));
				try (ResultSet rs = figureValues.executeQuery()) {
					while (rs.next()) {
						if (rs.getString(4).equals("VALIDATED")) {
							values.put(rs.getString(2), rs.getBigDecimal(3).doubleValue());
						}
					}
				}
				targets.setLong(1, id);
				targets.setInt(2, YEAR);
				targets.setString(3, path);
				targets.setString(4, upper(path));
				int rows = count(targets);
				List<String> candidates = List.of(path.substring(1).split("/"));
				try (PreparedStatement findAll = connection.prepareStatement(selectUnits + " where u.code in ("
						+ String.join(",", Collections.nCopies(candidates.size(), "?")) + ")")) {
					unitPaths(findAll, candidates);
				}
				populationsOf(candidates);
				try (PreparedStatement references = connection.prepareStatement(
						REFERENCES.formatted(String.join(",", Collections.nCopies(candidates.size(), "?"))))) {
					references.setLong(1, id);
					references.setInt(2, YEAR);
					for (int i = 0; i < candidates.size(); i++) {
						references.setString(3 + i, candidates.get(i));
					}
					rows += count(references);
				}
				boundaries.setString(1, path);
				boundaries.setString(2, upper(path));
				rows += count(boundaries);
				double[] counted = values.values().stream().mapToDouble(Double::doubleValue).toArray();
				List<?> limits = (List<?>) AppInternals.invoke(classBreaks, null, counted, 5, quantiles);
				int classes = 0;
				for (String commune : communes) {
					Double value = values.get(commune);
					if (value != null) {
						classes += (Integer) AppInternals.invoke(classOf, null, value, limits);
					}
				}
				return rows + classes + communes.size();
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}

		private long indicatorId(String code) throws SQLException {
			indicator.setString(1, code);
			try (ResultSet rs = indicator.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}

		/** Territories.find/findAll: the units, then their populations (withPopulations). */
		private List<String> unitPaths(PreparedStatement statement, List<String> codes) throws SQLException {
			for (int i = 0; i < codes.size(); i++) {
				statement.setString(1 + i, codes.get(i));
			}
			List<String> paths = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					paths.add(rs.getString(6));
				}
			}
			populationsOf(codes);
			return paths;
		}

		private void populationsOf(List<String> codes) throws SQLException {
			try (PreparedStatement statement = connection.prepareStatement(
					POPULATIONS_OF.formatted(String.join(",", Collections.nCopies(codes.size(), "?"))))) {
				for (int i = 0; i < codes.size(); i++) {
					statement.setString(1 + i, codes.get(i));
				}
				count(statement);
			}
		}

		private Map<String, Integer> populationsWithin(String territory, int year) throws SQLException {
			populationsWithin.setString(1, territory);
			populationsWithin.setString(2, "COMMUNE");
			populationsWithin.setInt(3, year);
			populationsWithin.setInt(4, year);
			Map<String, Integer> populations = new HashMap<>();
			try (ResultSet rs = populationsWithin.executeQuery()) {
				while (rs.next()) {
					populations.put(rs.getString(1), rs.getInt(2));
				}
			}
			return populations;
		}
	}

	private static int count(PreparedStatement statement) throws SQLException {
		int rows = 0;
		try (ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				rows++;
			}
		}
		return rows;
	}

	private static String upper(String path) {
		return path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1);
	}

	private static List<String> strings(Connection connection, String sql) throws SQLException {
		List<String> found = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				found.add(rs.getString(1));
			}
		}
		return found;
	}

	/** EXPLAIN (ANALYZE, BUFFERS) of the commune values of the whole country and of a region's map values. */
	private void explain(Connection connection, String code, List<String> regions) throws SQLException {
		long id = Long.parseLong(strings(connection, "select id from indicator where code = '" + code + "'").get(0));
		String region = strings(connection, "select path from territorial_unit where code = '" + regions.get(4) + "'").get(0);
		explain(connection, COMMUNE_VALUES, id, YEAR, YEAR, "/MA/", "/MA0");
		explain(connection, FIGURE_VALUES, id, YEAR, "COMMUNE", region, upper(region));
		explain(connection, POPULATIONS_WITHIN, "MA", "COMMUNE", YEAR, YEAR);
	}

	private static void explain(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(1 + i, parameters[i]);
			}
			System.out.println("--- " + sql.replaceAll("\\s+", " ").trim());
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					System.out.println(rs.getString(1));
				}
			}
		}
	}
}

package ma.tanmia.bench.territory;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import ma.tanmia.bench.BenchApplication;
import ma.tanmia.bench.measure.Comparison;
import ma.tanmia.bench.measure.Latencies;
import ma.tanmia.bench.measure.ResultTable;
import ma.tanmia.bench.measure.RunEnvironment;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.TerritoryLevel;

/**
 * The {@code territory} command: each query behind the territory pages, through the application's
 * {@link Territories} bean and through {@link PlainJdbcTerritories}, timed in the same loop.
 */
public final class TerritoryBenchmark {

	/** The page size TerritoryController uses for children. */
	static final int PAGE_SIZE = 50;

	private final BenchApplication application;
	private final int warmup;
	private final int iterations;
	private final Comparison comparison;

	public TerritoryBenchmark(BenchApplication application, int warmup, int iterations) {
		this.application = application;
		this.warmup = warmup;
		this.iterations = iterations;
		this.comparison = new Comparison(warmup, iterations);
	}

	/** Which half to run: the queries alone, the pages alone (e.g. to try a web setting), or both. */
	public enum Part {
		ALL, QUERIES, PAGES
	}

	/** One operation measured several ways; {@code statements} counts SQL statements per call. */
	private record Way(String name, int statements, Function<String, Object> call) {
	}

	public void run(Part part) throws SQLException, IOException, InterruptedException {
		Territories territories = application.bean(Territories.class);
		try (Connection connection = DriverManager.getConnection(application.jdbcUrl(), application.jdbcUser(), "")) {
			RunEnvironment.print(connection);
			PlainJdbcTerritories plain = new PlainJdbcTerritories(connection);
			PathRangeSubtree range = new PathRangeSubtree(connection);
			Inputs inputs = Inputs.load(connection);
			System.out.printf("Inputs: %d regions, %d synthetic provinces, %d synthetic communes%n",
					inputs.regions().size(), inputs.provinces().size(), inputs.communes().size());
			ResultTable table = new ResultTable();
			if (part != Part.PAGES) {
				measure(table, "find(commune)", inputs.communes(),
						new Way("app", 2, territories::find),
						new Way("raw", 2, plain::find));
				measure(table, "children(region), first page of 50", inputs.regions(),
						new Way("app", 3, code -> territories.children(code, 0, PAGE_SIZE, Locale.FRENCH)),
						new Way("raw", 3, code -> plain.children(code, 0, PAGE_SIZE, Locale.FRENCH)));
				measure(table, "children(province), first page of 50", inputs.provinces(),
						new Way("app", 3, code -> territories.children(code, 0, PAGE_SIZE, Locale.FRENCH)),
						new Way("raw", 3, code -> plain.children(code, 0, PAGE_SIZE, Locale.FRENCH)));
				measure(table, "countInSubtree(region, COMMUNE)", inputs.regions(),
						new Way("app", 1, code -> territories.countInSubtree(code, TerritoryLevel.COMMUNE)),
						new Way("raw", 1, code -> plain.countInSubtree(code, TerritoryLevel.COMMUNE)),
						new Way("raw, path range", 1, code -> range.count(code, "COMMUNE")));
				measure(table, "countInSubtree(MA, COMMUNE)", List.of("MA"),
						new Way("app", 1, code -> territories.countInSubtree(code, TerritoryLevel.COMMUNE)),
						new Way("raw", 1, code -> plain.countInSubtree(code, TerritoryLevel.COMMUNE)),
						new Way("raw, path range", 1, code -> range.count(code, "COMMUNE")));
				measure(table, "subtreeCodes(region)", inputs.regions(),
						new Way("app", 1, territories::subtreeCodes),
						new Way("raw", 1, plain::subtreeCodes),
						new Way("raw, path range", 1, range::codes));
				measure(table, "ancestors(commune)", inputs.communes(),
						new Way("app", 4, territories::ancestors),
						new Way("raw", 4, plain::ancestors));
			}
			if (part != Part.QUERIES) {
				TerritoryPages pages = new TerritoryPages(application.port());
				pages.signIn();
				Comparison pageComparison = new Comparison(warmup / 4, iterations / 4);
				measurePage(table, pageComparison, "unit page, region", inputs.regions(), territories, plain, pages);
				measurePage(table, pageComparison, "unit page, province", inputs.provinces(), territories, plain, pages);
				measurePage(table, pageComparison, "unit page, commune", inputs.communes(), territories, plain, pages);
			}
			RunEnvironment.printLoad();
			System.out.println();
			table.print();
			System.out.println();
			if (part != Part.PAGES) {
				System.out.println("Plans of the subtree statements for a region (MA-05) and the country (MA):");
				QueryPlans plans = new QueryPlans(connection);
				plans.print("MA-05");
				plans.print("MA");
			}
		}
	}

	/**
	 * The four calls TerritoryController.unit makes, through the bean and over plain JDBC, and the
	 * rendered page over HTTP: how much of a page is SQL, framework, and template plus web stack.
	 */
	private void measurePage(ResultTable table, Comparison pageComparison, String operation, List<String> inputs,
			Territories territories, PlainJdbcTerritories plain, TerritoryPages pages) {
		// The admin account reads in Arabic (the default preferred language), so pages sort by name_ar.
		Locale arabic = Locale.forLanguageTag("ar");
		measure(table, pageComparison, operation, inputs,
				new Way("app, 4 calls", 10, code -> List.of(territories.find(code), territories.ancestors(code),
						territories.children(code, 0, PAGE_SIZE, arabic),
						territories.countInSubtree(code, TerritoryLevel.COMMUNE))),
				new Way("raw", 10, code -> List.of(plain.find(code), plain.ancestors(code),
						plain.children(code, 0, PAGE_SIZE, arabic), plain.countInSubtree(code, TerritoryLevel.COMMUNE))),
				new Way("HTTP GET /territories/{code}", 0, pages::unit));
	}

	/** Prints the plans of the subtree and children statements for one unit. */
	public static void explain(BenchApplication application, String code) throws SQLException {
		try (Connection connection = DriverManager.getConnection(application.jdbcUrl(), application.jdbcUser(), "")) {
			new QueryPlans(connection).print(code);
		}
	}

	private void measure(ResultTable table, String operation, List<String> inputs, Way... ways) {
		measure(table, comparison, operation, inputs, ways);
	}

	private void measure(ResultTable table, Comparison comparison, String operation, List<String> inputs,
			Way... ways) {
		List<Comparison.Variant> variants = new ArrayList<>();
		for (Way way : ways) {
			variants.add(new Comparison.Variant(way.name(), way.call()));
		}
		long start = System.nanoTime();
		Map<String, Latencies.Summary> results = comparison.run(inputs, variants);
		System.out.printf("  %-36s done in %5.1f s%n", operation, (System.nanoTime() - start) / 1e9);
		Latencies.Summary base = results.get("raw");
		for (Way way : ways) {
			table.add(operation, way.name(), way.statements(), results.get(way.name()), base);
		}
	}

	/** The codes each operation rotates through, shuffled once with a fixed seed. */
	record Inputs(List<String> regions, List<String> provinces, List<String> communes) {

		static Inputs load(Connection connection) throws SQLException {
			List<String> communes = codes(connection, "select code from territorial_unit where code like 'SYN-C%' order by code");
			if (communes.isEmpty()) {
				throw new IllegalStateException("No synthetic data in data-bench: run 'generate' first");
			}
			Random random = new Random(42);
			Collections.shuffle(communes, random);
			List<String> provinces = codes(connection,
					"select code from territorial_unit where code like 'SYN-P%' order by code");
			Collections.shuffle(provinces, random);
			return new Inputs(codes(connection, "select code from territorial_unit where level = 'REGION' order by code"),
					provinces, communes);
		}

		private static List<String> codes(Connection connection, String sql) throws SQLException {
			List<String> codes = new ArrayList<>();
			try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
				while (rs.next()) {
					codes.add(rs.getString(1));
				}
			}
			return codes;
		}
	}
}

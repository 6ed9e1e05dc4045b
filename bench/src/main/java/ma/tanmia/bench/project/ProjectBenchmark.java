package ma.tanmia.bench.project;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import ma.tanmia.bench.BenchApplication;
import ma.tanmia.bench.measure.Browser;
import ma.tanmia.bench.measure.Comparison;
import ma.tanmia.bench.measure.Latencies;
import ma.tanmia.bench.measure.ResultTable;
import ma.tanmia.bench.measure.RunEnvironment;
import ma.tanmia.bench.project.People.Person;
import ma.tanmia.project.EvaluationReport;
import ma.tanmia.project.MandateEvaluation;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.springframework.data.domain.Page;

/**
 * The {@code projects} command: the evaluation of a mandate for a region and the project list at
 * national scale (300,000 projects), each measured in one interleaved loop as
 *
 * <ul>
 * <li>{@code app}: the application's own service ({@code MandateEvaluation.evaluate},
 * {@code ProjectQueries.page}) with the person in the security context — proxy, read-only
 * transaction, pool, JdbcClient, row mapping, Java-side work;
 * <li>{@code raw}: the same statements with the same values over one plain JDBC connection (the
 * baseline), see {@link PlainJdbcEvaluation} and {@link BoundSql};
 * <li>{@code HTTP}: the page or JSON a signed-in browser gets (session cookie after a form sign-in).
 * </ul>
 *
 * Then {@code EXPLAIN (ANALYZE, BUFFERS)} of the statements, as planned with their values (custom
 * plan) and without (the generic plan a server-prepared statement may switch to).
 */
public final class ProjectBenchmark {

	static final String MANDATE = "2016-2021";

	/** Which part to run; {@code plans} only prints the EXPLAIN output. */
	public enum Part {
		ALL, EVALUATION, LIST, SEARCH, PLANS
	}

	/**
	 * A plain JDBC connection that plans every statement with its values, as the application's pool
	 * does ({@code plan_cache_mode = force_custom_plan}): a server-prepared statement never switches to
	 * a generic plan planned without its values.
	 */
	private static Connection customPlans(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute("set plan_cache_mode = force_custom_plan");
		}
		return connection;
	}

	/** One way of running an operation; {@code statements} counts SQL statements per call. */
	private record Way(String name, int statements, Function<String, Object> call) {
	}

	/**
	 * The list filtered one way: the person, the territory (null: none) and the search words for an
	 * input; {@code heavy} cases (a region or the whole country for a national reader, hundreds of ms
	 * a call) get a fifth of the iterations.
	 */
	private record ListCase(String operation, List<String> inputs, Function<String, Person> person,
			Function<String, String> territory, String q, boolean heavy) {
	}

	private final BenchApplication application;
	private final int warmup;
	private final int iterations;
	private final int heavyIterations;
	private final int evaluationWarmup;
	private final int evaluationIterations;
	private final Map<String, Browser> browsers = new HashMap<>();
	/** A second plain connection on which every statement gets a custom plan (the candidates run there). */
	private Connection custom;

	public ProjectBenchmark(BenchApplication application, int warmup, int iterations, int evaluationWarmup,
			int evaluationIterations) {
		this.application = application;
		this.warmup = warmup;
		this.iterations = iterations;
		this.heavyIterations = Math.max(12, iterations / 5);
		this.evaluationWarmup = evaluationWarmup;
		this.evaluationIterations = evaluationIterations;
	}

	public void run(Part part) throws SQLException {
		try (Connection connection = DriverManager.getConnection(application.jdbcUrl(), application.jdbcUser(), "");
				Connection custom = customPlans(
						DriverManager.getConnection(application.jdbcUrl(), application.jdbcUser(), ""))) {
			this.custom = custom;
			try (Statement statement = connection.createStatement()) {
				// Index-only scans (a region's count) need the visibility map that VACUUM sets; a migration
				// that rewrote every project (V90) leaves it empty until autovacuum passes.
				statement.execute("vacuum analyze project, project_tally");
			}
			RunEnvironment.print(connection);
			ProjectModule module = new ProjectModule(application);
			People people = People.load(application, connection);
			Inputs inputs = Inputs.load(connection);
			System.out.printf("Inputs: %d regions (largest %s), %d synthetic communes, %d planners' communes%n",
					inputs.regions().size(), inputs.largestRegion(), inputs.communes().size(), people.planners().size());
			ResultTable table = new ResultTable(true);
			if (part == Part.ALL || part == Part.EVALUATION) {
				evaluation(connection, module, people, inputs, table);
			}
			if (part == Part.ALL || part == Part.LIST) {
				Map<String, Person> plannerOf = new HashMap<>();
				people.planners().forEach(p -> plannerOf.put(p.territoryCode(), p));
				List<String> plannerCommunes = new ArrayList<>(plannerOf.keySet());
				Collections.sort(plannerCommunes);
				List<String> communes = inputs.communes().subList(0, Math.min(inputs.communes().size(), iterations));
				list(connection, module, table, new ListCase("list, region, national admin", inputs.regions(),
						r -> people.admin(), r -> r, null, true));
				list(connection, module, table, new ListCase("list, region, wali of the region", inputs.regions(),
						people::wali, r -> r, null, true));
				list(connection, module, table, new ListCase("list, commune, national admin", communes,
						c -> people.admin(), c -> c, null, false));
				list(connection, module, table, new ListCase("list, commune, its planner", plannerCommunes,
						plannerOf::get, c -> c, null, false));
			}
			if (part == Part.ALL || part == Part.SEARCH) {
				for (String q : List.of("piste", "مستوصف", "tizi oumlil")) {
					list(connection, module, table, new ListCase("search q=" + q + ", whole country, national admin",
							List.of("MA"), x -> people.admin(), x -> null, q, true));
				}
				list(connection, module, table, new ListCase("search q=piste, region, national admin", inputs.regions(),
						r -> people.admin(), r -> r, "piste", true));
				list(connection, module, table, new ListCase("search q=piste, region, wali of the region",
						inputs.regions(), people::wali, r -> r, "piste", true));
			}
			RunEnvironment.printLoad();
			System.out.println();
			table.print();
			System.out.println();
			if (part == Part.ALL || part == Part.PLANS) {
				plans(connection, module, people, inputs);
			}
		}
	}

	private void evaluation(Connection connection, ProjectModule module, People people, Inputs inputs,
			ResultTable table) throws SQLException {
		// The memory the application's evaluation takes for its transaction (MandateEvaluation.GROUPING_MEMORY),
		// for the session of the plain variants, base tables included: same memory on both sides.
		try (Statement session = custom.createStatement()) {
			session.execute("set work_mem = '16MB'");
		}
		Territories territories = application.bean(Territories.class);
		MandateEvaluation evaluation = module.evaluation();
		Map<String, PlainJdbcEvaluation.Statements> baseAdmin = new HashMap<>();
		Map<String, PlainJdbcEvaluation.Statements> baseWali = new HashMap<>();
		Map<String, PlainJdbcEvaluation.Statements> tallyAdmin = new HashMap<>();
		Map<String, PlainJdbcEvaluation.Statements> tallyWali = new HashMap<>();
		for (String region : inputs.regions()) {
			Territory territory = territories.find(region).orElseThrow();
			baseAdmin.put(region, prepare(custom, module, people.admin(), territory));
			baseWali.put(region, prepare(custom, module, people.wali(region), territory));
			tallyAdmin.put(region, tallies(module, people.admin(), territory));
			tallyWali.put(region, tallies(module, people.wali(region), territory));
			check(evaluation, people.admin(), region, baseAdmin.get(region), tallyAdmin.get(region));
			check(evaluation, people.wali(region), region, baseWali.get(region), tallyWali.get(region));
		}
		int base = baseAdmin.get(inputs.regions().get(0)).all().size();
		int statements = tallyAdmin.get(inputs.regions().get(0)).all().size();
		System.out.printf("Evaluation: %d statements per call (base tables, the straightforward way: %d); app, base"
				+ " tables and tallies agree on every region's figures%n", statements, base);
		// Every plain-JDBC variant runs on the connection with custom plans, as the application's pool does.
		Map<String, Latencies.Summary> results = measure(new Comparison(evaluationWarmup, evaluationIterations),
				"evaluate(" + MANDATE + ", region)", inputs.regions(),
				new Way("app, national admin", statements,
						r -> people.admin().call(() -> evaluation.evaluate(MANDATE, r).orElseThrow())),
				new Way("raw, new statements (admin)", statements, r -> sql(() -> tallyAdmin.get(r).run(custom))),
				new Way("raw, base tables (admin)", base, r -> sql(() -> baseAdmin.get(r).run(custom))),
				new Way("raw, tallies statement only (admin)", 1, r -> sql(() -> tallyAdmin.get(r).totals().run(custom))),
				new Way("app, wali of the region", statements,
						r -> people.wali(r).call(() -> evaluation.evaluate(MANDATE, r).orElseThrow())),
				new Way("raw, new statements (wali)", statements, r -> sql(() -> tallyWali.get(r).run(custom))),
				new Way("raw, base tables (wali)", base, r -> sql(() -> baseWali.get(r).run(custom))));
		String operation = "evaluate(" + MANDATE + ", region)";
		Latencies.Summary adminBase = results.get("raw, base tables (admin)");
		table.add(operation + ", national admin", "raw, base tables (baseline)", base, adminBase, adminBase);
		table.add(operation + ", national admin", "app", statements, results.get("app, national admin"), adminBase);
		table.add(operation + ", national admin", "raw, new statements", statements,
				results.get("raw, new statements (admin)"), adminBase);
		table.add(operation + ", national admin", "raw, tallies statement only", 1,
				results.get("raw, tallies statement only (admin)"), adminBase);
		Latencies.Summary waliBase = results.get("raw, base tables (wali)");
		table.add(operation + ", wali of the region", "raw, base tables (baseline)", base, waliBase, waliBase);
		table.add(operation + ", wali of the region", "app", statements, results.get("app, wali of the region"), waliBase);
		table.add(operation + ", wali of the region", "raw, new statements", statements,
				results.get("raw, new statements (wali)"), waliBase);

		Browser admin = browser(people.admin());
		Map<String, Latencies.Summary> http = measure(new Comparison(evaluationWarmup / 2, evaluationIterations / 2),
				"evaluation over HTTP", inputs.regions(),
				new Way("raw, new statements", statements, r -> sql(() -> tallyAdmin.get(r).run(custom))),
				new Way("app", statements, r -> people.admin().call(() -> evaluation.evaluate(MANDATE, r).orElseThrow())),
				new Way("HTTP GET /api/v1/evaluation (JSON)", 0,
						r -> admin.get("/api/v1/evaluation?mandate=" + MANDATE + "&territory=" + r)),
				new Way("HTTP GET /evaluation (page)", 0, r -> admin.get("/evaluation?mandate=" + MANDATE + "&territory=" + r)));
		for (String way : http.keySet()) {
			table.add("evaluation over HTTP, region, national admin", way, way.startsWith("HTTP") ? 0 : statements,
					http.get(way), http.get("raw, new statements"));
		}
	}

	private static PlainJdbcEvaluation.Statements prepare(Connection connection, ProjectModule module, Person person,
			Territory territory) throws SQLException {
		Object filter = person.call(() -> module.evaluationScope(MANDATE, territory));
		return PlainJdbcEvaluation.prepare(connection, MANDATE, territory.code(), person.authorizations(),
				module.where(filter, person.authorizations()));
	}

	private PlainJdbcEvaluation.Statements tallies(ProjectModule module, Person person, Territory territory)
			throws SQLException {
		Object filter = person.call(() -> module.evaluationScope(MANDATE, territory));
		return TallyEvaluation.prepare(custom, MANDATE, territory.code(), person.authorizations(),
				module.where(filter, person.authorizations()),
				module.tallyWhere(MANDATE, territory, person.authorizations()));
	}

	/**
	 * The application (which reads the tallies), the base tables and the plain SQL of the tallies must
	 * give the same figures, or the comparison means nothing: projects, cost, completed, executed,
	 * paid, committed and unexecuted amounts of the region, and the late projects.
	 */
	private void check(MandateEvaluation evaluation, Person person, String region, PlainJdbcEvaluation.Statements base,
			PlainJdbcEvaluation.Statements tallies) throws SQLException {
		EvaluationReport report = person.call(() -> evaluation.evaluate(MANDATE, region).orElseThrow());
		// select projects, cost, completed, executed, paid, committed, unexecuted, late, late_cost
		List<Object> totals = base.totals().rows(custom).get(0);
		long projects = 0;
		java.math.BigDecimal cost = java.math.BigDecimal.ZERO;
		java.math.BigDecimal unexecuted = java.math.BigDecimal.ZERO;
		for (List<Object> row : tallies.totals().rows(custom)) {
			if ("UNIT".equals(row.get(0))) {
				projects += ((Number) row.get(3)).longValue();
				cost = cost.add((java.math.BigDecimal) row.get(4));
				unexecuted = unexecuted.add((java.math.BigDecimal) row.get(9));
			}
		}
		var t = report.totals();
		boolean agree = t.projects() == ((Number) totals.get(0)).longValue() && t.projects() == projects
				&& t.cost().compareTo((java.math.BigDecimal) totals.get(1)) == 0 && t.cost().compareTo(cost) == 0
				&& t.completed() == ((Number) totals.get(2)).longValue()
				&& t.paid().compareTo((java.math.BigDecimal) totals.get(4)) == 0
				&& t.committed().compareTo((java.math.BigDecimal) totals.get(5)) == 0
				&& t.unexecutedAmount().compareTo(((java.math.BigDecimal) totals.get(6)).setScale(2,
						java.math.RoundingMode.HALF_UP)) == 0
				&& t.unexecutedAmount().compareTo(unexecuted.setScale(2, java.math.RoundingMode.HALF_UP)) == 0
				&& t.late() == ((Number) totals.get(7)).longValue()
				&& t.lateCost().compareTo((java.math.BigDecimal) totals.get(8)) == 0;
		if (!agree) {
			throw new IllegalStateException("App, base tables and tallies disagree on " + region + " for "
					+ person.username() + ": " + t + " vs " + totals + " vs " + projects + " projects, " + cost);
		}
	}

	private void list(Connection connection, ProjectModule module, ResultTable table, ListCase c) throws SQLException {
		Map<String, Object> filters = new HashMap<>();
		Map<String, BoundSql[]> raw = new HashMap<>();
		Map<String, String> urls = new HashMap<>();
		long start = System.nanoTime();
		for (String input : c.inputs()) {
			Person person = c.person().apply(input);
			String territory = c.territory().apply(input);
			Object filter = person.call(() -> module.filter(MANDATE, territory, c.q()));
			filters.put(input, filter);
			ProjectModule.Where where = module.where(filter, person.authorizations());
			raw.put(input, ProjectPages.statements(where));
			urls.put(input, ProjectPages.url(MANDATE, territory, c.q()));
		}
		// The application and the baseline must see the same rows.
		String first = c.inputs().get(0);
		Person firstPerson = c.person().apply(first);
		Page<?> page = firstPerson.call(() -> module.firstPage(filters.get(first), firstPerson.authorizations()));
		long total = ((Number) raw.get(first)[1].rows(connection).get(0).get(0)).longValue();
		if (page.getTotalElements() != total || page.getContent().size() != raw.get(first)[0].rows(connection).size()) {
			throw new IllegalStateException(c.operation() + ": app and raw disagree on " + first);
		}
		byte[] body = browser(firstPerson).body(urls.get(first));
		System.out.printf("  %s: e.g. %s, %,d projects, page of %d, HTML %,d bytes (prepared in %.1f s)%n", c.operation(),
				first, total, page.getContent().size(), body.length, (System.nanoTime() - start) / 1e9);
		int runs = c.heavy() ? heavyIterations : iterations;
		Map<String, Latencies.Summary> results = measure(new Comparison(Math.max(1, warmup * runs / iterations), runs),
				c.operation(), c.inputs(),
				new Way("raw", 2, input -> sql(() -> raw.get(input)[0].run(connection) + raw.get(input)[1].run(connection))),
				new Way("raw, custom plans", 2,
						input -> sql(() -> raw.get(input)[0].run(custom) + raw.get(input)[1].run(custom))),
				new Way("app", 2, input -> {
					Person person = c.person().apply(input);
					return person.call(() -> module.firstPage(filters.get(input), person.authorizations()));
				}),
				new Way("HTTP GET /projects", 0, input -> browser(c.person().apply(input)).get(urls.get(input))));
		for (String way : results.keySet()) {
			table.add(c.operation(), way, way.startsWith("HTTP") ? 0 : 2, results.get(way), results.get("raw"));
		}
	}

	/** EXPLAIN (ANALYZE, BUFFERS) of the evaluation's and the list's statements for the largest region. */
	private void plans(Connection connection, ProjectModule module, People people, Inputs inputs) throws SQLException {
		Territories territories = application.bean(Territories.class);
		String region = inputs.largestRegion();
		Territory territory = territories.find(region).orElseThrow();
		List<BoundSql> statements = new ArrayList<>();
		for (BoundSql statement : tallies(module, people.admin(), territory).aggregates()) {
			statements.add(new BoundSql("evaluation: " + statement.label(), statement.sql(), statement.values()));
		}
		for (BoundSql statement : prepare(connection, module, people.admin(), territory).aggregates()) {
			statements.add(new BoundSql("base tables: " + statement.label(), statement.sql(), statement.values()));
		}
		Person planner = people.planner(region);
		for (String[] list : new String[][] { { "admin", region, null }, { "admin", planner.territoryCode(), null },
				{ "planner", planner.territoryCode(), null }, { "admin", null, "piste" }, { "admin", null, "tizi oumlil" },
				{ "admin", region, "piste" } }) {
			Person person = "admin".equals(list[0]) ? people.admin() : planner;
			Object filter = person.call(() -> module.filter(MANDATE, list[1], list[2]));
			BoundSql[] page = ProjectPages.statements(module.where(filter, person.authorizations()));
			String label = "list " + (list[1] == null ? "whole country" : list[1]) + (list[2] == null ? "" : " q=" + list[2])
					+ " as " + list[0];
			statements.add(new BoundSql(label + ": rows", page[0].sql(), page[0].values()));
			statements.add(new BoundSql(label + ": count", page[1].sql(), page[1].values()));
		}
		java.nio.file.Path replay = java.nio.file.Path.of("target", "bench", "project-statements.sql");
		StringBuilder script = new StringBuilder();
		for (BoundSql statement : statements) {
			script.append("-- ").append(statement.label()).append('\n').append(statement.inlined().strip()).append(";\n\n");
		}
		try {
			java.nio.file.Files.createDirectories(replay.getParent());
			java.nio.file.Files.writeString(replay, script);
		}
		catch (java.io.IOException e) {
			throw new IllegalStateException(e);
		}
		System.out.printf("The statements below, values inlined for psql: %s%n", replay);
		System.out.printf("Plans for %s (%s), mandate %s, national admin unless said: execution time of each statement "
				+ "planned with its values (custom) and without (generic, as a server-prepared statement may be)%n%n",
				region, territory.name().fr(), MANDATE);
		System.out.println("| Statement | custom plan ms | generic plan ms | top node (custom) |");
		System.out.println("|---|---:|---:|---|");
		Map<BoundSql, List<String>> custom = new LinkedHashMap<>();
		Map<BoundSql, List<String>> generic = new LinkedHashMap<>();
		for (BoundSql statement : statements) {
			statement.explain(connection, false); // warm the cache as the measured runs did
			custom.put(statement, statement.explain(connection, false));
			generic.put(statement, GenericPlan.explain(connection, statement));
			System.out.printf("| %s | %.1f | %.1f | %s |%n", statement.label(), BoundSql.executionMillis(custom.get(statement)),
					BoundSql.executionMillis(generic.get(statement)), topNode(custom.get(statement)));
		}
		List<BoundSql> slowest = new ArrayList<>(statements);
		slowest.sort(Comparator.comparingDouble((BoundSql s) -> BoundSql.executionMillis(custom.get(s))).reversed());
		for (BoundSql statement : slowest.subList(0, Math.min(6, slowest.size()))) {
			System.out.printf("%n-- %s (custom plan)%n%s%n", statement.label(), statement.sql().strip());
			custom.get(statement).forEach(System.out::println);
		}
		for (BoundSql statement : statements) {
			double c = BoundSql.executionMillis(custom.get(statement));
			double g = BoundSql.executionMillis(generic.get(statement));
			if (g > 2 * c && g > 5) {
				System.out.printf("%n-- %s (generic plan: %.1f ms against %.1f ms custom)%n", statement.label(), g, c);
				generic.get(statement).forEach(System.out::println);
			}
		}
		System.out.println();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select indexrelname, idx_scan from pg_stat_user_indexes
						where relname like 'project%' or relname like 'program%' order by relname, indexrelname
						""")) {
			System.out.println("Index scans since the statistics were reset (all runs on this data-bench):");
			while (rs.next()) {
				System.out.printf("  %-40s %,d%n", rs.getString(1), rs.getLong(2));
			}
		}
	}

	private static String topNode(List<String> plan) {
		StringBuilder nodes = new StringBuilder();
		for (String line : plan) {
			String trimmed = line.strip();
			if (trimmed.startsWith("->") || nodes.length() == 0) {
				String node = trimmed.replaceFirst("^->\\s*", "").replaceAll("\\s*\\(cost=.*", "");
				if (node.contains("Scan") || nodes.length() == 0) {
					if (nodes.length() > 0) {
						nodes.append("; ");
					}
					nodes.append(node);
				}
			}
			if (nodes.length() > 160) {
				break;
			}
		}
		return nodes.toString().replace("|", "/");
	}

	private Map<String, Latencies.Summary> measure(Comparison comparison, String operation, List<String> inputs,
			Way... ways) {
		List<Comparison.Variant> variants = new ArrayList<>();
		for (Way way : ways) {
			variants.add(new Comparison.Variant(way.name(), way.call()));
		}
		long start = System.nanoTime();
		Map<String, Latencies.Summary> results = comparison.run(inputs, variants);
		System.out.printf("  %-60s done in %6.1f s%n", operation, (System.nanoTime() - start) / 1e9);
		RunEnvironment.printLoad();
		return results;
	}

	private Browser browser(Person person) {
		return browsers.computeIfAbsent(person.username(),
				username -> new Browser(application.port()).signIn(username, person.password()));
	}

	@FunctionalInterface
	private interface SqlCall {
		Object call() throws SQLException;
	}

	private static Object sql(SqlCall call) {
		try {
			return call.call();
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Regions, synthetic communes (shuffled once with a fixed seed) and the region with most projects. */
	record Inputs(List<String> regions, List<String> communes, String largestRegion) {

		static Inputs load(Connection connection) throws SQLException {
			List<String> regions = codes(connection, "select code from territorial_unit where level = 'REGION' order by code");
			List<String> communes = codes(connection, "select code from territorial_unit where code like 'SYN-C%' order by code");
			if (communes.isEmpty()) {
				throw new IllegalStateException("No synthetic data in data-bench: run 'generate' first");
			}
			Collections.shuffle(communes, new Random(42));
			List<String> largest = codes(connection, """
					select split_part(p.territory_path, '/', 3) from project p
					join program g on g.id = p.program_id and g.mandate_code = '2016-2021'
					group by 1 order by count(*) desc limit 1
					""");
			if (largest.isEmpty()) {
				throw new IllegalStateException("No projects in data-bench: run 'generate' again");
			}
			return new Inputs(regions, communes, largest.get(0));
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

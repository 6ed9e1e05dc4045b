package ma.tanmia.bench.consultation;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.bench.AppInternals;
import ma.tanmia.bench.BenchApplication;
import ma.tanmia.bench.measure.Browser;
import ma.tanmia.bench.measure.Comparison;
import ma.tanmia.bench.measure.Latencies;
import ma.tanmia.bench.measure.ResultTable;
import ma.tanmia.bench.measure.RunEnvironment;
import ma.tanmia.bench.project.BoundSql;
import ma.tanmia.bench.synthetic.SyntheticProposals;
import ma.tanmia.consultation.ProposalStatus;
import ma.tanmia.shared.ScopeFilter;
import org.springframework.data.domain.Page;

/**
 * The proposals list at national scale (docs/CONSULTATION.md, "Scale"; issue 5: 100,000 proposals,
 * 1,000,000 supports, the proposals page p95 ≤ 100 ms), on what {@code consultation-generate} writes.
 * For each case five variants take turns in one loop:
 *
 * <ul>
 * <li>{@code raw}: the page's two statements (rows, capped count) as {@code Proposals.page} builds
 * them ({@code Proposals.visible}, {@code PAGE_ROWS}, {@code PAGE_COUNT}, read by reflection), over one
 * plain JDBC connection — the baseline;
 * <li>{@code app}: {@code Proposals.page} (bean, proxy, read-only transaction, Hikari, JdbcClient);
 * <li>{@code page}: {@code GET /public/proposals?…} anonymously over HTTP (territory lookup, the two
 * statements, territory names, Thymeleaf, layout, security filters);
 * <li>{@code raw, 50}: the same statements with the API's default page size;
 * <li>{@code api}: {@code GET /api/v1/proposals?territory=&status=} signed in as {@code admin}
 * (session cookie), JSON;
 * <li>{@code floor}: {@code GET /login}, a page with the layout and no data: what any page costs here.
 * </ul>
 */
public final class ConsultationBenchmark {

	static final int PAGE_SIZE = (Integer) AppInternals.constant("ma.tanmia.consultation.ProposalController", "PAGE_SIZE");
	static final int API_SIZE = 50;
	static final String ROWS = (String) AppInternals.constant("ma.tanmia.consultation.Proposals", "PAGE_ROWS");
	static final String COUNT = (String) AppInternals.constant("ma.tanmia.consultation.Proposals", "PAGE_COUNT");
	static final long COUNT_AHEAD = ((Integer) AppInternals.constant("ma.tanmia.consultation.Proposals", "COUNT_AHEAD"));
	private static final Method VISIBLE = AppInternals.method("ma.tanmia.consultation.Proposals", "visible", String.class,
			ProposalStatus.class);
	private static final Method PAGE = AppInternals.method("ma.tanmia.consultation.Proposals", "page", String.class,
			ProposalStatus.class, int.class, int.class);
	static final String LOCATED = (String) AppInternals.constant("ma.tanmia.consultation.Proposals", "LOCATED");
	static final String LOCATED_CELL = (String) AppInternals.constant("ma.tanmia.consultation.Proposals", "LOCATED_CELL");
	private static final Class<?> BOX = AppInternals.type("ma.tanmia.consultation.Proposals$Box");
	private static final Method LOCATED_WHERE = AppInternals.method("ma.tanmia.consultation.Proposals", "located",
			ScopeFilter.class, BOX, double.class);
	private static final Method LOCATED_APP = AppInternals.method("ma.tanmia.consultation.Proposals", "located", String.class,
			ProposalStatus.class, BOX, double.class);
	private static final Method CELL = AppInternals.method("ma.tanmia.consultation.ProposalMapController", "cell", int.class);

	/** The map of a territory as the browser asks for it: the visible area and the zoom. */
	record MapAsk(String territory, String path, double south, double west, double north, double east, int zoom) {

		String query() {
			return "?zoom=" + zoom + (territory == null ? "" : "&territory=" + territory) + "&south=" + south + "&west=" + west
					+ "&north=" + north + "&east=" + east;
		}

		Object box() {
			try {
				var constructor = BOX.getDeclaredConstructor(double.class, double.class, double.class, double.class);
				constructor.setAccessible(true);
				return constructor.newInstance(south, west, north, east);
			}
			catch (ReflectiveOperationException e) {
				throw new IllegalStateException(e);
			}
		}

		double cell() {
			return (Double) AppInternals.invoke(CELL, null, zoom);
		}
	}

	/** One list a reader asks for: a territory (or the whole country), a status (or all), a page. */
	record Ask(String territory, String path, ProposalStatus status, int page) {

		String query() {
			StringBuilder query = new StringBuilder("?page=").append(page);
			if (territory != null) {
				query.append("&territory=").append(territory);
			}
			if (status != null) {
				query.append("&status=").append(status);
			}
			return query.toString();
		}
	}

	/** A case measured: its name and the asks rotated through. */
	record Case(String name, List<Ask> asks) {
	}

	/** What to time: the lists (page and API), the map data, or both. */
	public enum Part {
		ALL, LISTS, MAP
	}

	private final BenchApplication application;
	private final int warmup;
	private final int iterations;
	private final Part part;

	public ConsultationBenchmark(BenchApplication application, int warmup, int iterations, Part part) {
		this.application = application;
		this.warmup = warmup;
		this.iterations = iterations;
		this.part = part;
	}

	public void run() throws SQLException {
		try (Connection raw = application.dataSource().getConnection()) {
			raw.setAutoCommit(true);
			RunEnvironment.print(raw);
			long proposals = count(raw, "select count(*) from proposal where author like '"
					+ SyntheticProposals.AUTHOR_PREFIX + "%'");
			if (proposals < SyntheticProposals.PROPOSALS) {
				throw new IllegalStateException("Run bench/run.sh consultation-generate first (" + proposals
						+ " synthetic proposals)");
			}
			System.out.printf("%,d proposals (%,d hidden), %,d supports, %,d communes%n",
					count(raw, "select count(*) from proposal"), count(raw, "select count(*) from proposal where hidden"),
					count(raw, "select count(*) from proposal_support"),
					count(raw, "select count(*) from territorial_unit where level = 'COMMUNE'"));
			List<Case> cases = cases(raw);
			explain(raw, cases);
			if (iterations == 0) {
				return;
			}
			measure(raw, cases);
		}
	}

	private List<Case> cases(Connection raw) throws SQLException {
		Map<String, String> paths = new LinkedHashMap<>();
		try (PreparedStatement statement = raw.prepareStatement(
				"select code, path, level from territorial_unit where level = 'REGION' or code like 'SYN-%' order by code");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				paths.put(rs.getString(1), rs.getString(3) + " " + rs.getString(2));
			}
		}
		List<Ask> regions = new ArrayList<>(), provinces = new ArrayList<>(), communes = new ArrayList<>(),
				accepted = new ArrayList<>();
		paths.forEach((code, levelAndPath) -> {
			String level = levelAndPath.substring(0, levelAndPath.indexOf(' '));
			String path = levelAndPath.substring(levelAndPath.indexOf(' ') + 1);
			switch (level) {
				case "REGION" -> regions.add(new Ask(code, path, ProposalStatus.SUBMITTED, 0));
				case "PROVINCE", "PREFECTURE" -> provinces.add(new Ask(code, path, null, 0));
				case "COMMUNE" -> {
					communes.add(new Ask(code, path, null, 0));
					accepted.add(new Ask(code, path, ProposalStatus.ACCEPTED, 0));
				}
				default -> {
				}
			}
		});
		return List.of(new Case("Whole country, first page", List.of(new Ask(null, null, null, 0))),
				new Case("Whole country, page 201 (offset 6,000)", List.of(new Ask(null, null, null, 200))),
				new Case("A region, submitted (12 in turn)", regions),
				new Case("A province or prefecture (75 in turn)", provinces),
				new Case("A commune (1,503 in turn)", communes),
				new Case("A commune, accepted (1,503 in turn)", accepted));
	}

	private void measure(Connection raw, List<Case> cases) throws SQLException {
		Object service = application.bean(AppInternals.type("ma.tanmia.consultation.Proposals"));
		Browser anonymous = new Browser(application.port());
		Browser admin = new Browser(application.port()).signIn("admin", BenchApplication.ADMIN_PASSWORD);
		ResultTable table = new ResultTable(true);
		// The first case would otherwise pay for the JIT compiling Thymeleaf, Jackson and the filters.
		for (Case c : part == Part.MAP ? List.<Case>of() : cases) {
			new Comparison(warmup, 0).run(c.asks().stream().map(Ask::query).toList(), List.of(
					new Comparison.Variant("page", key -> anonymous.get("/public/proposals" + key)),
					new Comparison.Variant("api", key -> admin.get("/api/v1/proposals" + key))));
		}
		for (Case c : part == Part.MAP ? List.<Case>of() : cases) {
			Map<String, Ask> byKey = new LinkedHashMap<>();
			c.asks().forEach(ask -> byKey.put(ask.query(), ask));
			agree(raw, service, anonymous, admin, c.asks().get(0));
			RunEnvironment.printLoad();
			Map<String, Latencies.Summary> results = new Comparison(warmup, iterations).run(List.copyOf(byKey.keySet()),
					List.of(new Comparison.Variant("raw", key -> rawPage(raw, byKey.get(key), PAGE_SIZE)),
							new Comparison.Variant("app", key -> appPage(service, byKey.get(key), PAGE_SIZE).getNumberOfElements()),
							new Comparison.Variant("page", key -> anonymous.get("/public/proposals" + key)),
							new Comparison.Variant("raw50", key -> rawPage(raw, byKey.get(key), API_SIZE)),
							new Comparison.Variant("api", key -> admin.get("/api/v1/proposals" + key)),
							new Comparison.Variant("floor", key -> anonymous.get("/login"))));
			table.add(c.name(), "raw JDBC, same 2 statements (30 rows)", 2, results.get("raw"), results.get("raw"));
			table.add(c.name(), "Proposals.page", 2, results.get("app"), results.get("raw"));
			table.add(c.name(), "GET /public/proposals (HTML, anonymous)", 3, results.get("page"), results.get("raw"));
			table.add(c.name(), "raw JDBC, same 2 statements (50 rows)", 2, results.get("raw50"), results.get("raw50"));
			table.add(c.name(), "GET /api/v1/proposals (JSON, signed in)", 3, results.get("api"), results.get("raw50"));
			table.add(c.name(), "floor: GET /login (layout, no data)", 0, results.get("floor"), results.get("raw"));
		}
		if (part != Part.LISTS) {
			measureMaps(raw, service, anonymous, table);
		}
		RunEnvironment.printLoad();
		table.print();
	}

	/**
	 * The map data: the whole country at zoom 6 and each region at zoom 8 in its box, three ways (the
	 * statement over plain JDBC, {@code Proposals.located}, {@code GET /public/proposals/map.json}).
	 */
	private void measureMaps(Connection raw, Object service, Browser anonymous, ResultTable table) throws SQLException {
		List<MapAsk> country = List.of(new MapAsk(null, null, 20.5, -17.5, 36.0, -0.9, 6));
		List<MapAsk> regions = new ArrayList<>();
		try (PreparedStatement statement = raw.prepareStatement("""
				select r.code, r.path, min(c.latitude), min(c.longitude), max(c.latitude), max(c.longitude)
				from territorial_unit r join territorial_unit c on c.path >= r.path and c.path < left(r.path, -1) || '0'
				where r.level = 'REGION' and c.level = 'COMMUNE' and c.latitude is not null group by r.code, r.path order by r.code""");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				regions.add(new MapAsk(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5),
						rs.getDouble(6), 8));
			}
		}
		for (List<MapAsk> asks : List.of(country, regions)) {
			Map<String, MapAsk> byKey = new LinkedHashMap<>();
			asks.forEach(ask -> byKey.put(ask.query(), ask));
			MapAsk first = asks.get(0);
			List<?> markers = (List<?>) AppInternals.invoke(LOCATED_APP, service, first.path(), null, first.box(), first.cell());
			System.out.printf("map %s: %d markers (raw %d)%n", first.query(), markers.size(), mapStatement(first).rows(raw).size());
			RunEnvironment.printLoad();
			Map<String, Latencies.Summary> results = new Comparison(warmup, iterations).run(List.copyOf(byKey.keySet()), List.of(
					new Comparison.Variant("raw", key -> runQuietly(mapStatement(byKey.get(key)), raw)),
					new Comparison.Variant("app", key -> AppInternals.invoke(LOCATED_APP, service, byKey.get(key).path(), null,
							byKey.get(key).box(), byKey.get(key).cell())),
					new Comparison.Variant("http", key -> anonymous.get("/public/proposals/map.json" + key))));
			String name = asks == country ? "Map data, whole country (zoom 6)" : "Map data, a region in its box (zoom 8, 12 in turn)";
			table.add(name, "raw JDBC, same statement", 1, results.get("raw"), results.get("raw"));
			table.add(name, "Proposals.located", 1, results.get("app"), results.get("raw"));
			table.add(name, "GET /public/proposals/map.json", 2, results.get("http"), results.get("raw"));
		}
	}

	static BoundSql mapStatement(MapAsk ask) {
		ScopeFilter visible = (ScopeFilter) AppInternals.invoke(VISIBLE, null, ask.path(), null);
		double cell = ask.cell();
		ScopeFilter where = (ScopeFilter) AppInternals.invoke(LOCATED_WHERE, null, visible, ask.box(), cell);
		return BoundSql.of("map", LOCATED.formatted(where.sql(), cell > 0 ? LOCATED_CELL : "p.id"), where.parameters());
	}

	private static long runQuietly(BoundSql statement, Connection raw) {
		try {
			return statement.run(raw);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Before timing: raw, app, page and API list the same proposals. */
	private static void agree(Connection raw, Object service, Browser anonymous, Browser admin, Ask ask)
			throws SQLException {
		Page<?> app = appPage(service, ask, PAGE_SIZE);
		List<List<Object>> rows = statements(ask, PAGE_SIZE)[0].rows(raw);
		String html = new String(anonymous.body("/public/proposals" + ask.query()), StandardCharsets.UTF_8);
		String json = new String(admin.body("/api/v1/proposals" + ask.query()), StandardCharsets.UTF_8);
		int htmlRows = html.split("href=\"/public/proposals/\\d+\"", -1).length - 1;
		int jsonItems = json.split("\"supports\"", -1).length - 1;
		int expectedJson = statements(ask, API_SIZE)[0].rows(raw).size();
		if (rows.size() != app.getNumberOfElements() || htmlRows != rows.size() || jsonItems != expectedJson) {
			throw new IllegalStateException("%s: raw %d rows, app %d, page %d, API %d (raw %d)".formatted(ask.query(),
					rows.size(), app.getNumberOfElements(), htmlRows, jsonItems, expectedJson));
		}
		System.out.printf("%s: %d rows, count %,d%s (raw = app = page; API %d)%n", ask.query(), rows.size(),
				app.getTotalElements(), app.getTotalElements() > app.getPageable().getOffset() + COUNT_AHEAD ? " (capped)" : "",
				jsonItems);
	}

	private static Page<?> appPage(Object service, Ask ask, int size) {
		return (Page<?>) AppInternals.invoke(PAGE, service, ask.path(), ask.status(), ask.page(), size);
	}

	private static long rawPage(Connection raw, Ask ask, int size) {
		long digest = 0;
		for (BoundSql statement : statements(ask, size)) {
			digest += runQuietly(statement, raw);
		}
		return digest;
	}

	/** The rows and count statements with the values JdbcClient binds (limit an Integer, offset and cap Longs). */
	static BoundSql[] statements(Ask ask, int size) {
		ScopeFilter where = (ScopeFilter) AppInternals.invoke(VISIBLE, null, ask.path(), ask.status());
		Map<String, Object> rows = new LinkedHashMap<>(where.parameters());
		long offset = (long) ask.page() * size;
		rows.put("l", size);
		rows.put("o", offset);
		Map<String, Object> count = new LinkedHashMap<>(where.parameters());
		count.put("cap", offset + COUNT_AHEAD + 1);
		return new BoundSql[] { BoundSql.of("rows", ROWS.formatted(where.sql()), rows),
				BoundSql.of("count", COUNT.formatted(where.sql()), count) };
	}

	/** {@code EXPLAIN (ANALYZE, BUFFERS)} of both statements for the middle ask of every case, custom and generic plan. */
	private static void explain(Connection raw, List<Case> cases) throws SQLException {
		for (String line : mapStatement(new MapAsk(null, null, 20.5, -17.5, 36.0, -0.9, 6)).explain(raw, false)) {
			System.out.println(line);
		}
		for (Case c : cases) {
			Ask ask = c.asks().get(c.asks().size() / 2);
			for (BoundSql statement : statements(ask, PAGE_SIZE)) {
				for (boolean generic : new boolean[] { false, true }) {
					List<String> plan = statement.explain(raw, generic);
					System.out.printf("--- %s %s, %s plan, %s%n", c.name(), ask.query(), generic ? "generic" : "custom",
							statement.label());
					plan.forEach(System.out::println);
				}
			}
		}
	}

	private static long count(Connection connection, String sql) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}
}

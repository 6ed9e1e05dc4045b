package ma.tanmia.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.tanmia.bench.project.ProjectBenchmark;
import ma.tanmia.bench.synthetic.BenchAccounts;
import ma.tanmia.bench.synthetic.DatasetSizes;
import ma.tanmia.bench.synthetic.Generation;
import ma.tanmia.bench.synthetic.NationShape;
import ma.tanmia.bench.territory.TerritoryBenchmark;

/**
 * Entry point of {@code ./mvnw -Pbench compile exec:java -Dexec.args="…"} (see bench/README.md).
 *
 * <pre>
 * generate                       wipe data-bench, migrate, write the synthetic Kingdom
 * territory [--warmup=N] [--iterations=N] [--part=all|queries|pages]
 *                                time the territory queries, application vs plain JDBC, and the page
 * explain [--code=MA-05]         EXPLAIN (ANALYZE, BUFFERS) of the subtree and children statements
 * projects [--warmup=N] [--iterations=N] [--evaluations=N] [--part=all|evaluation|list|search|plans]
 *                                time the evaluation and the project list, application vs plain JDBC
 *                                vs HTTP, then print the plans of their statements
 * sizes                          what data-bench holds (rows, sizes)
 * ess [--warmup=N] [--iterations=N]
 *                                ESS dashboard of each region, application vs plain JDBC (writes the ESS
 *                                synthetic data into data-bench the first time)
 * indicators-generate            (re)write the 40 synthetic indicators and their values into data-bench
 * indicators [--warmup=N] [--iterations=N]
 *                                disparity by child unit and map data of a region, application vs plain
 *                                JDBC vs HTTP (--iterations=0: the plans only)
 * consultation-generate          (re)write 100,000 synthetic proposals and 1,000,000 supports (and the
 *                                synthetic territory alone when data-bench has none)
 * consultation [--warmup=N] [--iterations=N] [--part=all|lists|map]
 *                                the proposals page and API, application vs plain JDBC vs HTTP
 *                                (--iterations=0: the plans only)
 * … -- --some.property=value     application properties for this run, to measure a configuration
 *                                change before making it in src/main (database settings excepted)
 * </pre>
 */
public final class Bench {

	private Bench() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0) {
			usage();
			return;
		}
		int separator = Arrays.asList(args).indexOf("--");
		String[] own = separator < 0 ? args : Arrays.copyOfRange(args, 0, separator);
		List<String> properties = separator < 0 ? List.of()
				: List.of(Arrays.copyOfRange(args, separator + 1, args.length));
		Map<String, String> options = options(own);
		switch (args[0]) {
			case "generate" -> generate(properties);
			case "territory" -> territory(properties, Integer.parseInt(options.getOrDefault("warmup", "2000")),
					Integer.parseInt(options.getOrDefault("iterations", "10000")),
					TerritoryBenchmark.Part.valueOf(options.getOrDefault("part", "all").toUpperCase(Locale.ROOT)));
			case "explain" -> explain(properties, options.getOrDefault("code", "MA-05"));
			case "sizes" -> sizes(properties);
			case "ess" -> ess(properties, Integer.parseInt(options.getOrDefault("warmup", "50")),
					Integer.parseInt(options.getOrDefault("iterations", "500")));
			case "projects" -> projects(properties, Integer.parseInt(options.getOrDefault("warmup", "40")),
					Integer.parseInt(options.getOrDefault("iterations", "400")),
					Integer.parseInt(options.getOrDefault("evaluations", "48")),
					ProjectBenchmark.Part.valueOf(options.getOrDefault("part", "all").toUpperCase(Locale.ROOT)));
			case "indicators-generate" -> indicatorsGenerate(properties);
			case "indicators" -> indicators(properties, Integer.parseInt(options.getOrDefault("warmup", "40")),
					Integer.parseInt(options.getOrDefault("iterations", "400")));
			case "consultation-generate" -> consultationGenerate(properties);
			case "consultation" -> consultation(properties, Integer.parseInt(options.getOrDefault("warmup", "40")),
					Integer.parseInt(options.getOrDefault("iterations", "400")),
					ma.tanmia.bench.consultation.ConsultationBenchmark.Part
						.valueOf(options.getOrDefault("part", "all").toUpperCase(Locale.ROOT)));
			default -> usage();
		}
	}

	private static void generate(List<String> properties) throws Exception {
		BenchApplication.wipeDataDirectory();
		long start = System.nanoTime();
		try (BenchApplication application = BenchApplication.start(false, properties)) {
			System.out.printf("Migrated a fresh %s in %.1f s%n", BenchApplication.DATA_DIRECTORY,
					(System.nanoTime() - start) / 1e9);
			long data = System.nanoTime();
			new Generation(application.dataSource()).run();
			long accounts = System.nanoTime();
			int opened = new BenchAccounts(application, NationShape.fromSeed(Generation.SEED)).open();
			System.out.printf("  %-18s %,12d      %8.0f ms (UserAdministration.open, bcrypt)%n", "accounts", opened,
					(System.nanoTime() - accounts) / 1e6);
			System.out.printf("Synthetic data and accounts written in %.1f s (%.1f s in all, start and migrations included)%n",
					(System.nanoTime() - data) / 1e9, (System.nanoTime() - start) / 1e9);
			sizes(application);
		}
	}

	private static void sizes(List<String> properties) throws Exception {
		try (BenchApplication application = BenchApplication.start(false, properties)) {
			sizes(application);
		}
	}

	private static void sizes(BenchApplication application) throws SQLException {
		try (Connection connection = application.dataSource().getConnection()) {
			new DatasetSizes(connection).print();
		}
	}

	private static void territory(List<String> properties, int warmup, int iterations, TerritoryBenchmark.Part part)
			throws Exception {
		try (BenchApplication application = BenchApplication.start(true, properties)) {
			System.out.printf("Territory queries: %,d warm-up and %,d measured calls per variant%s%n", warmup,
					iterations, properties.isEmpty() ? "" : "; application properties " + properties);
			new TerritoryBenchmark(application, warmup, iterations).run(part);
		}
	}

	private static void projects(List<String> properties, int warmup, int iterations, int evaluations,
			ProjectBenchmark.Part part) throws Exception {
		try (BenchApplication application = BenchApplication.start(true, properties)) {
			System.out.printf("Projects: %,d warm-up and %,d measured calls per list variant (a fifth for a region or the"
					+ " whole country as national admin), %,d and %,d per evaluation variant%s%n", warmup, iterations,
					Math.max(1, evaluations / 5), evaluations,
					properties.isEmpty() ? "" : "; application properties " + properties);
			new ProjectBenchmark(application, warmup, iterations, Math.max(1, evaluations / 5), evaluations).run(part);
		}
	}

	private static void ess(List<String> properties, int warmup, int iterations) throws Exception {
		try (BenchApplication application = BenchApplication.start(false, properties)) {
			System.out.printf("ESS dashboard: %,d warm-up and %,d measured calls per variant%n", warmup, iterations);
			new ma.tanmia.bench.ess.EssBenchmark(application, warmup, iterations).run();
		}
	}

	private static void indicatorsGenerate(List<String> properties) throws Exception {
		try (BenchApplication application = BenchApplication.start(false, properties);
				Connection connection = application.dataSource().getConnection()) {
			new ma.tanmia.bench.synthetic.SyntheticIndicators(connection).write();
		}
	}

	private static void indicators(List<String> properties, int warmup, int iterations) throws Exception {
		try (BenchApplication application = BenchApplication.start(true, properties)) {
			System.out.printf("Diagnosis: %,d warm-up and %,d measured calls per variant%n", warmup, iterations);
			new ma.tanmia.bench.indicator.IndicatorBenchmark(application, warmup, iterations).run(iterations == 0);
		}
	}

	private static void consultationGenerate(List<String> properties) throws Exception {
		try (BenchApplication application = BenchApplication.start(false, properties);
				Connection connection = application.dataSource().getConnection()) {
			new ma.tanmia.bench.synthetic.SyntheticProposals(connection, Generation.SEED).write();
		}
	}

	private static void consultation(List<String> properties, int warmup, int iterations,
			ma.tanmia.bench.consultation.ConsultationBenchmark.Part part) throws Exception {
		try (BenchApplication application = BenchApplication.start(true, properties)) {
			System.out.printf("Proposals: %,d warm-up and %,d measured calls per variant and case%n", warmup, iterations);
			new ma.tanmia.bench.consultation.ConsultationBenchmark(application, warmup, iterations, part).run();
		}
	}

	private static void explain(List<String> properties, String code) throws Exception {
		try (BenchApplication application = BenchApplication.start(false, properties)) {
			TerritoryBenchmark.explain(application, code);
		}
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			if (args[i].startsWith("--") && args[i].contains("=")) {
				options.put(args[i].substring(2, args[i].indexOf('=')), args[i].substring(args[i].indexOf('=') + 1));
			}
			else {
				throw new IllegalArgumentException("Unknown option " + args[i]);
			}
		}
		return options;
	}

	private static void usage() {
		System.out.println("""
				Usage: bench/run.sh generate
				       bench/run.sh territory [--warmup=N] [--iterations=N] [--part=all|queries|pages]
				       bench/run.sh explain [--code=MA-05]
				       bench/run.sh projects [--warmup=N] [--iterations=N] [--evaluations=N]
				                             [--part=all|evaluation|list|search|plans]
				       bench/run.sh sizes
				       bench/run.sh indicators-generate
				       bench/run.sh indicators [--warmup=N] [--iterations=N]
				       bench/run.sh consultation-generate
				       bench/run.sh consultation [--warmup=N] [--iterations=N] [--part=all|lists|map]
				       … [-- --application.property=value …]
				  generate   wipe ./data-bench, apply the migrations, write the synthetic Kingdom
				  territory  time the territory queries: application (Territories bean) vs plain JDBC,
				             then the unit page over HTTP
				  explain    EXPLAIN (ANALYZE, BUFFERS) of the subtree and children statements
				  projects   time the mandate evaluation of a region and the project list (and search):
				             application vs the same SQL over plain JDBC vs HTTP; then the plans
				  sizes      rows and sizes of what data-bench holds
				  consultation-generate  100,000 proposals and 1,000,000 supports (the territory alone if absent)
				  consultation           the proposals page and API: plain JDBC vs application vs HTTP
				  after --   application properties for this run (not the database ones)
				""");
	}
}

package ma.tanmia.bench;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.tanmia.bench.synthetic.Generation;
import ma.tanmia.bench.territory.TerritoryBenchmark;

/**
 * Entry point of {@code ./mvnw -Pbench compile exec:java -Dexec.args="…"} (see bench/README.md).
 *
 * <pre>
 * generate                       wipe data-bench, migrate, write the synthetic Kingdom
 * territory [--warmup=N] [--iterations=N] [--part=all|queries|pages]
 *                                time the territory queries, application vs plain JDBC, and the page
 * explain [--code=MA-05]         EXPLAIN (ANALYZE, BUFFERS) of the subtree and children statements
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
			default -> usage();
		}
	}

	private static void generate(List<String> properties) throws Exception {
		BenchApplication.wipeDataDirectory();
		long start = System.nanoTime();
		try (BenchApplication application = BenchApplication.start(false, properties)) {
			System.out.printf("Migrated a fresh %s in %.1f s%n", BenchApplication.DATA_DIRECTORY,
					(System.nanoTime() - start) / 1e9);
			new Generation(application.dataSource()).run();
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
				       … [-- --application.property=value …]
				  generate   wipe ./data-bench, apply the migrations, write the synthetic Kingdom
				  territory  time the territory queries: application (Territories bean) vs plain JDBC,
				             then the unit page over HTTP
				  explain    EXPLAIN (ANALYZE, BUFFERS) of the subtree and children statements
				  after --   application properties for this run (not the database ones)
				""");
	}
}

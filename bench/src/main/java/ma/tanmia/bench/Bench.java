package ma.tanmia.bench;

import java.util.HashMap;
import java.util.Map;

import ma.tanmia.bench.synthetic.Generation;
import ma.tanmia.bench.territory.TerritoryBenchmark;

/**
 * Entry point of {@code ./mvnw -Pbench compile exec:java -Dexec.args="…"} (see bench/README.md).
 *
 * <pre>
 * generate                       wipe data-bench, migrate, write the synthetic Kingdom
 * territory [--warmup=N] [--iterations=N]
 *                                time the territory queries, application vs plain JDBC
 * explain [--code=MA-05]         EXPLAIN (ANALYZE, BUFFERS) of the subtree and children statements
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
		Map<String, String> options = options(args);
		switch (args[0]) {
			case "generate" -> generate();
			case "territory" -> territory(Integer.parseInt(options.getOrDefault("warmup", "2000")),
					Integer.parseInt(options.getOrDefault("iterations", "10000")));
			case "explain" -> explain(options.getOrDefault("code", "MA-05"));
			default -> usage();
		}
	}

	private static void generate() throws Exception {
		BenchApplication.wipeDataDirectory();
		long start = System.nanoTime();
		try (BenchApplication application = BenchApplication.start(false)) {
			System.out.printf("Migrated a fresh %s in %.1f s%n", BenchApplication.DATA_DIRECTORY,
					(System.nanoTime() - start) / 1e9);
			new Generation(application.dataSource()).run();
		}
	}

	private static void territory(int warmup, int iterations) throws Exception {
		try (BenchApplication application = BenchApplication.start(true)) {
			System.out.printf("Territory queries: %,d warm-up and %,d measured calls per variant%n", warmup, iterations);
			new TerritoryBenchmark(application, warmup, iterations).run();
		}
	}

	private static void explain(String code) throws Exception {
		try (BenchApplication application = BenchApplication.start(false)) {
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
				Usage: bench/run.sh generate | territory [--warmup=N] [--iterations=N] | explain [--code=MA-05]
				  generate   wipe ./data-bench, apply the migrations, write the synthetic Kingdom
				  territory  time the territory queries: application (Territories bean) vs plain JDBC
				  explain    EXPLAIN (ANALYZE, BUFFERS) of the subtree and children statements
				""");
	}
}

package ma.tanmia.bench.measure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Times several ways of doing the same thing (the application's code path, the same SQL over plain
 * JDBC, …) in one loop. The variants take turns within every iteration, each starting the round in
 * turn, so a GC pause, checkpoint or noisy neighbour hits all of them alike and the ratio between
 * them stays honest on a shared 2-core machine.
 */
public final class Comparison {

	/** One way of running the operation for an input, typically a territory code. */
	public record Variant(String name, Function<String, Object> call) {
	}

	/** Results are folded in here so the JIT cannot discard a call whose result is unused. */
	private static volatile int sink;

	private final int warmup;
	private final int iterations;

	public Comparison(int warmup, int iterations) {
		this.warmup = warmup;
		this.iterations = iterations;
	}

	/** Runs every variant on the inputs in rotation; returns each variant's latencies by name. */
	public Map<String, Latencies.Summary> run(List<String> inputs, List<Variant> variants) {
		for (int i = 0; i < warmup; i++) {
			for (Variant variant : variants) {
				consume(variant.call().apply(inputs.get(i % inputs.size())));
			}
		}
		Map<String, Latencies> latencies = new LinkedHashMap<>();
		variants.forEach(v -> latencies.put(v.name(), new Latencies(iterations)));
		for (int i = 0; i < iterations; i++) {
			String input = inputs.get(i % inputs.size());
			for (int k = 0; k < variants.size(); k++) {
				Variant variant = variants.get((i + k) % variants.size());
				long start = System.nanoTime();
				Object result = variant.call().apply(input);
				latencies.get(variant.name()).record(System.nanoTime() - start);
				consume(result);
			}
		}
		Map<String, Latencies.Summary> summaries = new LinkedHashMap<>();
		latencies.forEach((name, l) -> summaries.put(name, l.summary()));
		return summaries;
	}

	private static void consume(Object result) {
		sink += Objects.hashCode(result);
	}
}

package ma.tanmia.bench.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Where the figures were taken. Printed with every run because on a small shared machine the load
 * average explains more of a p95 than the code does.
 */
public final class RunEnvironment {

	private RunEnvironment() {
	}

	public static void print(Connection connection) throws SQLException {
		System.out.printf("Machine: %d CPUs, %s memory, %s%n", Runtime.getRuntime().availableProcessors(),
				memoryTotal(), cpuModel());
		System.out.printf("Java: %s %s (%s), max heap %d MiB%n", System.getProperty("java.vm.name"),
				System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
				Runtime.getRuntime().maxMemory() >> 20);
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select version(), current_setting('shared_buffers'), "
						+ "current_setting('fsync'), current_setting('synchronous_commit')")) {
			rs.next();
			System.out.printf("PostgreSQL: %s; shared_buffers %s, fsync %s, synchronous_commit %s%n",
					rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
		}
		printLoad();
	}

	public static void printLoad() {
		System.out.println("Load average (1, 5, 15 min): " + firstLine(Path.of("/proc/loadavg")));
	}

	private static String memoryTotal() {
		String line = firstLine(Path.of("/proc/meminfo"));
		if (!line.startsWith("MemTotal:")) {
			return "unknown";
		}
		long kib = Long.parseLong(line.replaceAll("\\D", ""));
		return "%.1f GiB".formatted(kib / 1024.0 / 1024.0);
	}

	private static String cpuModel() {
		try {
			return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
				.filter(l -> l.startsWith("model name"))
				.map(l -> l.substring(l.indexOf(':') + 1).trim())
				.findFirst()
				.orElse("unknown CPU");
		}
		catch (IOException e) {
			return "unknown CPU";
		}
	}

	private static String firstLine(Path file) {
		try {
			return Files.readAllLines(file).stream().findFirst().orElse("unknown");
		}
		catch (IOException e) {
			return "unknown (" + file + " unreadable)";
		}
	}
}

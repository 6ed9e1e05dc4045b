package ma.tanmia.bench.synthetic;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into one table with PostgreSQL {@code COPY ... FROM STDIN} (text format), flushed in
 * chunks so millions of rows (progress updates, later) never sit in memory at once.
 */
final class CopyStream implements AutoCloseable {

	private static final int CHUNK_BYTES = 1 << 20;

	private final CopyIn copy;
	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(CHUNK_BYTES + 4096);
	private final StringBuilder line = new StringBuilder(256);
	private boolean finished;

	/** {@code target} is a table with its column list, e.g. {@code territorial_unit (code, level)}. */
	CopyStream(Connection connection, String target) throws SQLException {
		this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + target + " from stdin");
	}

	/** One row; {@code null} becomes SQL NULL, everything else its {@code toString()}. */
	void row(Object... values) throws SQLException {
		line.setLength(0);
		for (int i = 0; i < values.length; i++) {
			if (i > 0) {
				line.append('\t');
			}
			appendValue(values[i]);
		}
		line.append('\n');
		buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
		if (buffer.size() >= CHUNK_BYTES) {
			flush();
		}
	}

	/** Ends the COPY; returns the number of rows the server stored. */
	long finish() throws SQLException {
		flush();
		finished = true;
		return copy.endCopy();
	}

	@Override
	public void close() throws SQLException {
		if (!finished && copy.isActive()) {
			copy.cancelCopy();
		}
	}

	private void flush() throws SQLException {
		if (buffer.size() > 0) {
			copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
			buffer.reset();
		}
	}

	private void appendValue(Object value) {
		if (value == null) {
			line.append("\\N");
			return;
		}
		String text = value.toString();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\\' -> line.append("\\\\");
				case '\t' -> line.append("\\t");
				case '\n' -> line.append("\\n");
				case '\r' -> line.append("\\r");
				default -> line.append(c);
			}
		}
	}
}

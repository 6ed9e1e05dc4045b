package ma.tanmia.bench.territory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A candidate fix, measured beside the application: the subtree as a range of paths instead of
 * {@code LIKE (subquery) || '%'}. A LIKE pattern computed at run time cannot become index bounds, so
 * the application's statements read the whole table; {@code path >= P and path < P'} with
 * P' = P with its trailing '/' replaced by '0' (the next byte) is the same set of rows — the column
 * is collate "C", so byte order — and its bounds can come from a subquery into the unique index
 * on path.
 */
final class PathRangeSubtree {

	static final String BOUNDS = """
			path >= (select path from territorial_unit where code = ?)
			  and path < (select left(path, -1) || '0' from territorial_unit where code = ?)
			""";

	static final String COUNT = "select count(*) from territorial_unit where " + BOUNDS + " and level = ?";

	static final String CODES = "select code from territorial_unit where " + BOUNDS;

	private final Connection connection;

	PathRangeSubtree(Connection connection) {
		this.connection = connection;
	}

	long count(String code, String level) {
		try (PreparedStatement statement = connection.prepareStatement(COUNT)) {
			statement.setString(1, code);
			statement.setString(2, code);
			statement.setString(3, level);
			try (ResultSet rs = statement.executeQuery()) {
				rs.next();
				return rs.getLong(1);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	List<String> codes(String code) {
		List<String> codes = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(CODES)) {
			statement.setString(1, code);
			statement.setString(2, code);
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					codes.add(rs.getString(1));
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return codes;
	}
}

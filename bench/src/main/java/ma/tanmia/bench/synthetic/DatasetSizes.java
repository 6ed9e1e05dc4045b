package ma.tanmia.bench.synthetic;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the bench database holds, real reference rows and synthetic ones apart, for PERFORMANCE.md. */
public final class DatasetSizes {

	private final Connection connection;

	public DatasetSizes(Connection connection) {
		this.connection = connection;
	}

	public void print() throws SQLException {
		System.out.println("Territorial units (synthetic = code SYN-…, reference = loaded by migration V2):");
		query("""
				select level, coalesce(commune_kind, '') as kind,
				       count(*) filter (where code like 'SYN-%') as synthetic,
				       count(*) filter (where code not like 'SYN-%') as reference
				from territorial_unit group by level, commune_kind
				order by min(depth), level, kind
				""", rs -> System.out.printf("  %-10s %-5s synthetic %,6d  reference %,4d%n", rs.getString(1),
				rs.getString(2), rs.getLong(3), rs.getLong(4)));
		query("""
				select count(*), max(n), percentile_disc(0.5) within group (order by n), min(n)
				from (select count(c.id) as n from territorial_unit p join territorial_unit c on c.parent_id = p.id
				      where p.code like 'SYN-%' group by p.id) per_province
				""", rs -> System.out.printf("  communes per synthetic province: max %d, median %d, min %d%n",
				rs.getLong(2), rs.getLong(3), rs.getLong(4)));
		query("""
				select census_year, count(*), sum(inhabitants) from territorial_unit_population p
				join territorial_unit u on u.id = p.territorial_unit
				where u.code like 'SYN-C%' group by census_year order by census_year
				""", rs -> System.out.printf("  population %d: %,d commune rows, %,d inhabitants%n", rs.getInt(1),
				rs.getLong(2), rs.getLong(3)));
		query("""
				select relname, n_live_tup, pg_size_pretty(pg_total_relation_size(relid))
				from pg_stat_user_tables where relname like 'territorial_unit%' order by relname
				""", rs -> System.out.printf("  table %-28s %,8d rows %10s with indexes%n", rs.getString(1),
				rs.getLong(2), rs.getString(3)));
	}

	@FunctionalInterface
	private interface RowPrinter {
		void print(ResultSet rs) throws SQLException;
	}

	private void query(String sql, RowPrinter printer) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
			while (rs.next()) {
				printer.print(rs);
			}
		}
	}
}

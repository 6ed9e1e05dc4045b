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
		System.out.println("Programs and projects:");
		query("""
				select mandate_code, kind, count(*), (select count(*) from program_node n where n.program_id in
				       (select id from program q where q.mandate_code = p.mandate_code and q.kind = p.kind))
				from program p group by mandate_code, kind order by mandate_code, kind
				""", rs -> System.out.printf("  programs %s %s: %,6d with %,6d axes and sub-programs%n", rs.getString(1),
				rs.getString(2), rs.getLong(3), rs.getLong(4)));
		query("""
				select g.mandate_code, g.kind, count(*), sum(p.cost), count(*) filter (where p.status = 'COMPLETED'),
				       count(*) filter (where p.territory_code not like 'SYN-C%')
				from project p join program g on g.id = p.program_id group by g.mandate_code, g.kind
				order by g.mandate_code, g.kind
				""", rs -> System.out.printf("  projects %s %s: %,7d, cost %,.0f MAD, %,d completed, %,d located at a province%n",
				rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4), rs.getLong(5), rs.getLong(6)));
		query("""
				select string_agg(status || ' ' || n, ', ' order by n desc) from (
				  select p.status, count(*) as n from project p join program g on g.id = p.program_id
				  where g.mandate_code = '2016-2021' group by p.status) s
				""", rs -> System.out.printf("  statuses 2016-2021: %s%n", rs.getString(1)));
		query("""
				select max(n), percentile_disc(0.5) within group (order by n), min(n) from (
				  select count(*) as n from project group by territory_code) c
				""", rs -> System.out.printf("  projects per located unit: max %d, median %d, min %d%n", rs.getLong(1),
				rs.getLong(2), rs.getLong(3)));
		query("""
				select string_agg(region || ' ' || n, ', ' order by region) from (
				  select split_part(p.territory_path, '/', 3) as region, count(*) as n from project p
				  join program g on g.id = p.program_id where g.mandate_code = '2016-2021' group by 1) r
				""", rs -> System.out.printf("  2016-2021 projects by region: %s%n", rs.getString(1)));
		query("""
				select count(*) filter (where p.status <> 'COMPLETED'),
				       count(*) filter (where p.status <> 'COMPLETED' and exists (select 1 from project_blocking b where b.project_id = p.id)),
				       (select count(*) from project where committed <> coalesce((select sum(amount) from project_financial_event e
				          where e.project_id = project.id and e.kind = 'COMMITMENT'), 0)
				          or paid <> coalesce((select sum(amount) from project_financial_event e
				          where e.project_id = project.id and e.kind = 'PAYMENT'), 0) or paid > committed)
				from project p
				""", rs -> System.out.printf("  unfinished %,d, of which with a blocking cause %,d; projects whose committed/paid"
				+ " disagree with their events: %d%n", rs.getLong(1), rs.getLong(2), rs.getLong(3)));
		query("""
				select relname, n_live_tup, pg_size_pretty(pg_relation_size(relid)),
				       pg_size_pretty(pg_total_relation_size(relid))
				from pg_stat_user_tables where relname like 'territorial_unit%' or relname like 'program%'
				   or relname like 'project%' or relname in ('organization', 'user_account', 'user_role')
				order by pg_total_relation_size(relid) desc
				""", rs -> System.out.printf("  table %-28s %,10d rows %10s heap %10s with indexes%n", rs.getString(1),
				rs.getLong(2), rs.getString(3), rs.getString(4)));
		query("select pg_size_pretty(pg_database_size(current_database()))",
				rs -> System.out.printf("  database: %s%n", rs.getString(1)));
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

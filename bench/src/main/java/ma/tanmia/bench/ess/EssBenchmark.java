package ma.tanmia.bench.ess;

import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ma.tanmia.bench.AppInternals;
import ma.tanmia.bench.BenchApplication;
import ma.tanmia.bench.measure.Comparison;
import ma.tanmia.bench.measure.Latencies;
import ma.tanmia.bench.measure.ResultTable;
import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopedRole;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The ESS dashboard of a region at scale (docs/ESS.md): 50,000 cooperatives, 200,000 applications,
 * 50,000 labels, 2,000 trainings spread over every commune of data-bench, written once by SQL
 * ({@code generate_series}, fixed seed) when absent. Times {@code EssDashboard.of(region)} as a national
 * administrator (bean, proxy, transaction, JdbcClient) against the same four statements over one
 * plain JDBC connection, interleaved, for each region holding cooperatives.
 */
public final class EssBenchmark {

	static final int COOPERATIVES = 50_000, APPLICATIONS = 200_000, TRAININGS = 2_000;
	static final String CHAINS = "array['ARGAN','SAFFRON','HONEY','DATES','ALMONDS','CACTUS','COUSCOUS_CEREALS',"
			+ "'TEXTILES_CARPETS','POTTERY','RURAL_TOURISM','AROMATIC_PLANTS','DAIRY','OTHER']";
	static final String STATUSES = "array['SUBMITTED','ELIGIBLE','INELIGIBLE','UNDER_REVIEW','APPROVED','REJECTED',"
			+ "'AGREEMENT_SIGNED','IN_PAYMENT','CLOSED']";

	/** The dashboard's statements as EssDashboard writes them for a national administrator (scope /MA/). */
	static final String AREA = "split_part(%s, '/', 4)";
	static final String VISIBLE = "((%1$s >= '/MA/' and %1$s < '/MA0') or %2$s in (select cooperative_id from"
			+ " ess_cooperative_manager where username = 'bench'))";
	static final List<String> RAW = List.of("""
			select %s, c.value_chain, count(*), coalesce(sum(c.members_total), 0), coalesce(sum(c.members_women), 0),
			       coalesce(sum(c.members_youth), 0)
			from ess_cooperative c where (c.territory_path >= ? and c.territory_path < ?) and %s group by 1, 2
			""".formatted(AREA.formatted("c.territory_path"), VISIBLE.formatted("c.territory_path", "c.id")), """
			select %s, a.value_chain, count(*), coalesce(sum(a.requested), 0), coalesce(sum(a.approved), 0),
			       coalesce(sum(a.paid), 0)
			from ess_application a where (a.territory_path >= ? and a.territory_path < ?) and %s group by 1, 2
			""".formatted(AREA.formatted("a.territory_path"), VISIBLE.formatted("a.territory_path", "a.cooperative_id")), """
			select %s, c.value_chain, coalesce(sum(x.active), 0), coalesce(sum(x.expiring), 0)
			from ess_cooperative c cross join lateral (
			    select count(*) filter (where l.valid_from <= current_date and l.valid_until >= current_date) as active,
			           count(*) filter (where l.valid_from <= current_date and l.valid_until >= current_date
			                            and l.valid_until <= current_date + 90) as expiring
			    from ess_label l where l.cooperative_id = c.id) x
			where (c.territory_path >= ? and c.territory_path < ?) and %s group by 1, 2
			""".formatted(AREA.formatted("c.territory_path"), VISIBLE.formatted("c.territory_path", "c.id")), """
			select %s, count(distinct t.id), coalesce(sum(p.registered), 0), coalesce(sum(p.attended), 0)
			from ess_training t left join ess_training_participant p on p.training_id = t.id
			where (t.territory_path >= ? and t.territory_path < ?) and (t.territory_path >= '/MA/' and t.territory_path < '/MA0')
			group by 1
			""".formatted(AREA.formatted("t.territory_path")));

	private final BenchApplication application;
	private final int warmup;
	private final int iterations;

	public EssBenchmark(BenchApplication application, int warmup, int iterations) {
		this.application = application;
		this.warmup = warmup;
		this.iterations = iterations;
	}

	public void run() throws SQLException {
		try (Connection connection = application.dataSource().getConnection()) {
			generateIfAbsent(connection);
			try (Statement statement = connection.createStatement()) {
				// Index-only scans need the visibility map that VACUUM sets.
				statement.execute("vacuum analyze ess_cooperative, ess_application, ess_label, ess_training,"
						+ " ess_training_participant");
			}
			List<String> regions = regions(connection);
			if (iterations == 0) {
				explain(connection, regions.get(0));
				return;
			}
			Object dashboard = application.bean(AppInternals.type("ma.tanmia.ess.EssDashboard"));
			Method of = AppInternals.method("ma.tanmia.ess.EssDashboard", "of", String.class, int.class);
			SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench",
					null, List.of(new ScopedRole(Role.ADMINISTRATOR, "MA", "/MA/"))));
			try (Connection raw = application.dataSource().getConnection()) {
				raw.setAutoCommit(true);
				List<PreparedStatement> statements = new ArrayList<>();
				for (String sql : RAW) {
					statements.add(raw.prepareStatement(sql));
				}
				Comparison comparison = new Comparison(warmup, iterations);
				Map<String, Latencies.Summary> results = comparison.run(regions, List.of(
						new Comparison.Variant("raw", path -> rawDashboard(statements, path)),
						new Comparison.Variant("app", path -> AppInternals.invoke(of, dashboard, path, 90))));
				ResultTable table = new ResultTable(true);
				table.add("ESS dashboard of a region (" + regions.size() + " regions)", "raw JDBC, same SQL", 4,
						results.get("raw"), results.get("raw"));
				table.add("ESS dashboard of a region (" + regions.size() + " regions)", "EssDashboard.of", 4,
						results.get("app"), results.get("raw"));
				table.print();
			}
			finally {
				SecurityContextHolder.clearContext();
			}
		}
	}

	/** {@code EXPLAIN (ANALYZE, BUFFERS)} of the four statements for one region ({@code --iterations=0}). */
	private static void explain(Connection connection, String path) throws SQLException {
		String upper = path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1);
		for (String sql : RAW) {
			try (PreparedStatement statement = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
				statement.setString(1, path);
				statement.setString(2, upper);
				try (ResultSet rs = statement.executeQuery()) {
					System.out.println("---");
					while (rs.next()) {
						System.out.println(rs.getString(1));
					}
				}
			}
		}
	}

	private static int rawDashboard(List<PreparedStatement> statements, String path) {
		String upper = path.substring(0, path.length() - 1) + (char) (path.charAt(path.length() - 1) + 1);
		int rows = 0;
		try {
			for (PreparedStatement statement : statements) {
				statement.setString(1, path);
				statement.setString(2, upper);
				try (ResultSet rs = statement.executeQuery()) {
					while (rs.next()) {
						rows += rs.getInt(3);
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return rows;
	}

	private static List<String> regions(Connection connection) throws SQLException {
		List<String> regions = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("""
						select r.path from territorial_unit r where r.level = 'REGION'
						and exists (select 1 from ess_cooperative c where c.territory_path >= r.path
						            and c.territory_path < left(r.path, -1) || '0')
						order by r.code""")) {
			while (rs.next()) {
				regions.add(rs.getString(1));
			}
		}
		return regions;
	}

	static void generateIfAbsent(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("select count(*) from ess_cooperative where registration_number like 'SYN-%'")) {
				rs.next();
				if (rs.getLong(1) >= COOPERATIVES) {
					return;
				}
			}
			long start = System.nanoTime();
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			statement.execute("select setseed(0.2026)");
			statement.execute("""
					create temporary table syn_commune on commit drop as
					select row_number() over (order by code) - 1 as n, code, path, latitude, longitude
					from territorial_unit where level = 'COMMUNE'""");
			statement.execute("""
					insert into ess_cooperative (registration_number, registered_on, name_ar, name_fr, legal_form, value_chain,
					    territory_code, territory_path, latitude, longitude, members_total, members_women, members_youth,
					    capital, status, in_directory)
					select 'SYN-COOP-' || lpad(g::text, 6, '0'), date '2000-01-01' + (g %% 9000), 'تعاونية اصطناعية ' || g,
					       'Coopérative synthétique ' || g, 'COOPERATIVE', (%s)[1 + (g * 7) %% 13], u.code, u.path, u.latitude,
					       u.longitude, 10 + g %% 90, (10 + g %% 90) * (g %% 8) / 8, (10 + g %% 90) * (g %% 4) / 4,
					       (g %% 200) * 1000, 'ACTIVE', g %% 3 = 0
					from generate_series(1, %d) g
					join syn_commune u on u.n = (g * 7919) %% (select count(*) from syn_commune)
					""".formatted(CHAINS, COOPERATIVES));
			statement.execute("""
					create temporary table syn_coop on commit drop as
					select row_number() over (order by id) - 1 as n, id, territory_path, value_chain
					from ess_cooperative where registration_number like 'SYN-%'""");
			statement.execute("""
					insert into ess_call (code, program, title_ar, title_fr, opens_on, closes_on, max_share_pct, max_amount,
					                      max_in_kind_pct)
					values ('SYN-CALL', 'INDH_INCOME_YOUTH', 'طلب اصطناعي', 'Appel synthétique', date '2020-01-01',
					        date '2030-12-31', 60, 300000, 50)
					on conflict (code) do nothing""");
			statement.execute("""
					insert into ess_application (reference, call_id, cooperative_id, territory_path, value_chain, title_ar,
					    title_fr, budget, requested, own_cash, own_in_kind, approved, paid, status, submitted_on)
					select 'SYN-APP-' || lpad(g::text, 7, '0'), (select id from ess_call where code = 'SYN-CALL'), c.id,
					       c.territory_path, c.value_chain, 'مشروع اصطناعي', 'Projet synthétique', 100000 + (g %% 40) * 10000,
					       (100000 + (g %% 40) * 10000) * 0.6, (100000 + (g %% 40) * 10000) * 0.3,
					       (100000 + (g %% 40) * 10000) * 0.1,
					       case when s.status in ('APPROVED','AGREEMENT_SIGNED','IN_PAYMENT','CLOSED')
					            then (100000 + (g %% 40) * 10000) * 0.6 end,
					       case when s.status in ('IN_PAYMENT','CLOSED') then (100000 + (g %% 40) * 10000) * 0.3 else 0 end,
					       s.status, date '2021-01-01' + (g %% 1500)
					from generate_series(1, %d) g
					join syn_coop c on c.n = (g::bigint * 104729) %% %d
					cross join lateral (select (%s)[1 + g %% 9] as status) s
					""".formatted(APPLICATIONS, COOPERATIVES, STATUSES));
			statement.execute("""
					insert into ess_product (cooperative_id, name_ar, name_fr)
					select id, 'منتوج اصطناعي', 'Produit synthétique' from syn_coop""");
			statement.execute("""
					insert into ess_label (product_id, cooperative_id, kind, name, certification_body, certificate_number,
					                       valid_from, valid_until)
					select p.id, p.cooperative_id, (array['PGI','PDO','AGRICULTURAL_LABEL','ORGANIC'])[1 + p.id % 4],
					       'Label synthétique', 'Organisme synthétique', 'SYN-' || p.id,
					       current_date - 700 + (p.id % 500)::int, current_date - 200 + (p.id % 900)::int
					from ess_product p join syn_coop c on c.id = p.cooperative_id""");
			statement.execute("""
					insert into ess_training (kind, title_ar, title_fr, starts_on, ends_on, trainer, territory_code, territory_path)
					select (array['FINANCIAL_EDUCATION','QUALITY','MARKETING','LABELS','MANAGEMENT'])[1 + g %% 5],
					       'تكوين اصطناعي', 'Formation synthétique', date '2022-01-01' + g %% 1000, date '2022-01-02' + g %% 1000,
					       'Formateur synthétique', u.code, u.path
					from generate_series(1, %d) g join syn_commune u on u.n = (g * 31) %% (select count(*) from syn_commune)
					""".formatted(TRAININGS));
			statement.execute("""
					insert into ess_training_participant (training_id, cooperative_id, registered, attended, women, youth)
					select t.id, c.id, 5, 4, 2, 1
					from ess_training t join syn_coop c on c.territory_path = t.territory_path
					where t.title_fr = 'Formation synthétique' and c.n % 10 = t.id % 10
					on conflict do nothing""");
			connection.commit();
			connection.setAutoCommit(autoCommit);
			statement.execute("analyze ess_cooperative, ess_application, ess_label, ess_product, ess_training, ess_training_participant");
			System.out.printf("ESS synthetic data written in %.1f s (%s)%n", (System.nanoTime() - start) / 1e9, LocalDate.now());
		}
	}
}

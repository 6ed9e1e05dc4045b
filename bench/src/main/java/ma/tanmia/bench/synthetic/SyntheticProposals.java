package ma.tanmia.bench.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The {@code consultation-generate} command: 100,000 synthetic proposals and 1,000,000 supports in
 * data-bench (docs/CONSULTATION.md, "Scale"), written with {@code COPY} in one transaction, then
 * {@code VACUUM ANALYZE}. It needs the national hierarchy of {@code generate}; when data-bench has
 * none it writes only the 75 synthetic provinces and 1,503 communes with their populations (seconds,
 * not the 300,000 projects).
 *
 * <p>Spread as citizens would file them over a mandate (2022-01-01 to 2026-10-31, ids in filing
 * order): 93 % at a commune chosen with a weight of its 2024 population (Casablanca-size communes
 * get hundreds, a hamlet commune one or two), 5 % at a province or prefecture, 2 % at a region;
 * categories weighted (roads, water, sanitation first); statuses of a consultation half answered
 * (52 % submitted, 17 % under study, 11 % accepted, 14 % rejected, 6 % merged into an earlier
 * proposal of the same territory); 2 % hidden by a moderator; 35 % located near their commune's
 * centre. Supports are log-normally spread (σ 1.5: most proposals have a handful, a few thousands),
 * one per synthetic citizen and proposal, and {@code proposal.supports} equals their count (checked).
 * Authors and supporters are account names {@code syn-citizen-NNNNNN} that exist only as text here,
 * as in the application (a support stores the account name, not a key to user_account).
 */
public final class SyntheticProposals {

	public static final int PROPOSALS = 100_000;
	public static final int SUPPORTS = 1_000_000;
	/** Synthetic citizens who file and support; a proposal's supporters are distinct among them. */
	static final int CITIZENS = 400_000;
	public static final String AUTHOR_PREFIX = "syn-citizen-";

	static final String[] CATEGORIES = { "ROADS", "WATER", "SANITATION", "EDUCATION", "HEALTH", "YOUTH_AND_SPORT",
			"CULTURE", "ENVIRONMENT", "ECONOMY_AND_JOBS", "SOCIAL", "URBAN_PLANNING", "OTHER" };
	static final double[] CATEGORY_WEIGHTS = { 20, 14, 11, 9, 10, 8, 4, 5, 7, 5, 5, 2 };
	static final String[] STATUSES = { "SUBMITTED", "UNDER_STUDY", "ACCEPTED", "REJECTED", "MERGED" };
	static final double[] STATUS_WEIGHTS = { 52, 17, 11, 14, 6 };

	/** A title per category, in French and Arabic (citizens write in either), with a place number. */
	static final String[][] TITLES = {
			{ "Aménagement de la piste du douar %d", "تهيئة المسلك الطرقي لدوار %d" },
			{ "Raccordement du quartier %d au réseau d'eau potable", "ربط الحي %d بشبكة الماء الصالح للشرب" },
			{ "Assainissement liquide du quartier %d", "التطهير السائل بالحي %d" },
			{ "Construction d'une école au douar %d", "بناء مدرسة بدوار %d" },
			{ "Centre de santé de proximité %d", "مركز صحي للقرب %d" },
			{ "Terrain de sport de proximité %d", "ملعب رياضي للقرب %d" },
			{ "Maison de la culture %d", "دار الثقافة %d" },
			{ "Espace vert du quartier %d", "مساحة خضراء بالحي %d" },
			{ "Zone d'activité pour les jeunes promoteurs %d", "منطقة أنشطة للمقاولين الشباب %d" },
			{ "Centre d'accueil des personnes âgées %d", "مركز استقبال المسنين %d" },
			{ "Éclairage public de l'avenue %d", "الإنارة العمومية بالشارع %d" },
			{ "Proposition citoyenne %d", "مقترح مواطن %d" } };

	private static final OffsetDateTime FIRST = OffsetDateTime.of(2022, 1, 1, 8, 0, 0, 0, ZoneOffset.UTC);
	private static final OffsetDateTime LAST = OffsetDateTime.of(2026, 10, 31, 20, 0, 0, 0, ZoneOffset.UTC);

	/** Where a proposal may be filed: a unit with its path, population weight and centre. */
	record Place(String code, String path, double weight, Double latitude, Double longitude) {
	}

	private final Connection connection;
	private final long seed;

	public SyntheticProposals(Connection connection, long seed) {
		this.connection = connection;
		this.seed = seed;
	}

	/** Replaces the synthetic proposals (and their supports and answers) of data-bench. */
	public void write() throws SQLException {
		long start = System.nanoTime();
		boolean autoCommit = connection.getAutoCommit();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("set synchronous_commit = off");
			statement.execute("set maintenance_work_mem = '256MB'");
			if (Generation.count(connection, "select count(*) from territorial_unit where code like 'SYN-C%'") == 0) {
				NationShape shape = NationShape.fromSeed(Generation.SEED);
				SyntheticNation nation = new SyntheticNation(connection, shape);
				long rows = nation.provinces() + nation.communes() + nation.populations();
				System.out.printf("  %-18s %,12d rows %8.0f ms (territory only: no projects)%n", "territory", rows,
						(System.nanoTime() - start) / 1e6);
			}
			long deleting = System.nanoTime();
			// The supports and answers go with their proposals (on delete cascade); merged ones point at others.
			statement.execute("update proposal set merged_into = null where author like '" + AUTHOR_PREFIX + "%'");
			int deleted = statement.executeUpdate("delete from proposal where author like '" + AUTHOR_PREFIX + "%'");
			if (deleted > 0) {
				System.out.printf("  %-18s %,12d rows %8.0f ms%n", "deleted", deleted, (System.nanoTime() - deleting) / 1e6);
			}
			long firstId = Generation.count(connection, "select coalesce(max(id), 0) + 1 from proposal");
			Places places = new Places(places("COMMUNE"), places("PROVINCE", "PREFECTURE"), places("REGION"));
			int[] supports = new int[PROPOSALS];
			OffsetDateTime[] created = new OffsetDateTime[PROPOSALS];
			Generation.timed("proposals", () -> proposals(places, firstId, supports, created));
			Generation.timed("supports", () -> supports(firstId, supports, created));
			Generation.timed("answers", () -> answers(firstId));
			statement.execute("select setval(pg_get_serial_sequence('proposal', 'id'), (select max(id) from proposal))");
			long mismatched = Generation.count(connection, """
					select count(*) from proposal p where p.author like 'syn-citizen-%'
					and p.supports <> (select count(*) from proposal_support s where s.proposal_id = p.id)""");
			if (mismatched > 0) {
				throw new IllegalStateException(mismatched + " proposals whose supports count disagrees with their supports");
			}
			long commit = System.nanoTime();
			connection.commit();
			System.out.printf("  %-18s %12s      %8.0f ms%n", "commit", "", (System.nanoTime() - commit) / 1e6);
			connection.setAutoCommit(true);
			long vacuum = System.nanoTime();
			statement.execute("vacuum analyze territorial_unit, territorial_unit_population, proposal, proposal_support,"
					+ " proposal_answer");
			System.out.printf("  %-18s %12s      %8.0f ms%n", "vacuum analyze", "", (System.nanoTime() - vacuum) / 1e6);
		}
		catch (SQLException | RuntimeException e) {
			connection.rollback();
			throw e;
		}
		finally {
			connection.setAutoCommit(autoCommit);
		}
		System.out.printf("Consultation synthetic data written in %.1f s%n", (System.nanoTime() - start) / 1e9);
	}

	private long proposals(Places places, long firstId, int[] supports, OffsetDateTime[] createdAt) throws SQLException {
		SplittableRandom random = new SplittableRandom(seed);
		double[] popularity = new double[PROPOSALS];
		long[] lastInPlace = new long[places.all().size()];
		Arrays.fill(lastInPlace, -1);
		long span = Duration.between(FIRST, LAST).toSeconds();
		try (CopyStream copy = new CopyStream(connection, """
				proposal (id, author, title, body, category, territory_code, territory_path, latitude, longitude, status,
				          hidden, hidden_reason, merged_into, supports, demonstration, created_at)""")) {
			for (int i = 0; i < PROPOSALS; i++) {
				double level = random.nextDouble();
				int place = level < 0.93 ? places.commune(random.nextDouble())
						: level < 0.98 ? places.province(random) : places.region(random);
				Place where = places.all().get(place);
				int category = pick(CATEGORY_WEIGHTS, random.nextDouble());
				String status = STATUSES[pick(STATUS_WEIGHTS, random.nextDouble())];
				Long mergedInto = null;
				if (status.equals("MERGED")) {
					if (lastInPlace[place] < 0) {
						status = "SUBMITTED";
					}
					else {
						mergedInto = firstId + lastInPlace[place];
					}
				}
				boolean hidden = random.nextDouble() < 0.02;
				boolean located = where.latitude() != null && random.nextDouble() < 0.35;
				int number = 1 + random.nextInt(400);
				String title = TITLES[category][random.nextBoolean() ? 0 : 1].formatted(number);
				// Filed in order over the mandate, a few hours of jitter so ids and dates are not in lock step.
				OffsetDateTime created = FIRST.plusSeconds(span * i / PROPOSALS + random.nextLong(6 * 3600));
				createdAt[i] = created;
				popularity[i] = Math.exp(1.5 * gaussian(random)) * (hidden || mergedInto != null ? 0.2 : 1);
				copy.row(firstId + i, author(random.nextInt(CITIZENS)), title, body(title, where.code()),
						CATEGORIES[category], where.code(), where.path(),
						located ? decimal(where.latitude() + (random.nextDouble() - 0.5) * 0.06) : null,
						located ? decimal(where.longitude() + (random.nextDouble() - 0.5) * 0.06) : null, status, hidden,
						hidden ? "Contenu hors sujet (synthétique)" : null, mergedInto, 0, false, created);
				lastInPlace[place] = i;
			}
			long rows = copy.finish();
			share(popularity, supports);
			return rows;
		}
	}

	/** Splits the {@link #SUPPORTS} supports by popularity, largest remainders first, so they sum exactly. */
	static void share(double[] popularity, int[] supports) {
		double total = Arrays.stream(popularity).sum();
		double[] remainders = new double[popularity.length];
		long given = 0;
		for (int i = 0; i < popularity.length; i++) {
			double exact = SUPPORTS * popularity[i] / total;
			supports[i] = Math.min((int) exact, CITIZENS);
			remainders[i] = exact - supports[i];
			given += supports[i];
		}
		Integer[] order = new Integer[popularity.length];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, (a, b) -> Double.compare(remainders[b], remainders[a]));
		for (int k = 0; given < SUPPORTS; k = (k + 1) % order.length) {
			if (supports[order[k]] < CITIZENS) {
				supports[order[k]]++;
				given++;
			}
		}
	}

	private long supports(long firstId, int[] supports, OffsetDateTime[] created) throws SQLException {
		SplittableRandom random = new SplittableRandom(seed + 1);
		try (CopyStream copy = new CopyStream(connection, "proposal_support (proposal_id, account, supported_at)")) {
			for (int i = 0; i < PROPOSALS; i++) {
				long window = Math.max(Duration.between(created[i], LAST).toSeconds(), 1);
				int offset = random.nextInt(CITIZENS);
				for (int k = 0; k < supports[i]; k++) {
					// 104,729 is prime and does not divide 400,000: k ↦ k·104729 mod 400,000 never repeats for k < 400,000.
					int citizen = (int) ((offset + (long) k * 104_729) % CITIZENS);
					copy.row(firstId + i, author(citizen), created[i].plusSeconds(random.nextLong(window)));
				}
			}
			long rows = copy.finish();
			try (Statement statement = connection.createStatement()) {
				statement.execute("create temporary table syn_support_count on commit drop as select proposal_id, count(*) n"
						+ " from proposal_support where proposal_id >= " + firstId + " group by proposal_id");
				statement.execute("update proposal p set supports = c.n from syn_support_count c where c.proposal_id = p.id");
			}
			return rows;
		}
	}

	/** One official answer per answered proposal, a few days after it was filed, by a synthetic planner. */
	private long answers(long firstId) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			return statement.executeUpdate("""
					insert into proposal_answer (proposal_id, status, text, answered_by, answered_at)
					select id, status, case status when 'ACCEPTED' then 'Retenue dans le programme (synthétique)'
					                               when 'REJECTED' then 'Hors des compétences de la collectivité (synthétique)'
					                               else 'À l''étude par les services (synthétique)' end,
					       'syn-planner', created_at + interval '20 days'
					from proposal where id >= %d and author like 'syn-citizen-%%' and status in ('UNDER_STUDY', 'ACCEPTED', 'REJECTED')
					""".formatted(firstId));
		}
	}

	private List<Place> places(String... levels) throws SQLException {
		List<Place> places = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement("""
				select u.code, u.path, coalesce(max(p.inhabitants), 1000), u.latitude, u.longitude
				from territorial_unit u left join territorial_unit_population p on p.territorial_unit = u.id
				where u.level = any (?) and (u.code like 'SYN-%' or u.level = 'REGION')
				group by u.id order by u.code""")) {
			statement.setArray(1, connection.createArrayOf("varchar", levels));
			try (ResultSet rs = statement.executeQuery()) {
				while (rs.next()) {
					places.add(new Place(rs.getString(1), rs.getString(2), rs.getDouble(3),
							rs.getObject(4) == null ? null : rs.getDouble(4), rs.getObject(5) == null ? null : rs.getDouble(5)));
				}
			}
		}
		if (places.isEmpty()) {
			throw new IllegalStateException("No " + String.join("/", levels) + " in data-bench");
		}
		return places;
	}

	/** The units proposals are filed at: communes by population weight, provinces and regions uniformly. */
	record Places(List<Place> all, double[] cumulative, int communes, int provinces, int regions) {

		Places(List<Place> communes, List<Place> provinces, List<Place> regions) {
			this(concat(communes, provinces, regions), cumulative(communes), communes.size(), provinces.size(),
					regions.size());
		}

		int commune(double u) {
			int found = Arrays.binarySearch(cumulative, u * cumulative[cumulative.length - 1]);
			return Math.min(found < 0 ? -found - 1 : found, communes - 1);
		}

		int province(SplittableRandom random) {
			return communes + random.nextInt(provinces);
		}

		int region(SplittableRandom random) {
			return communes + provinces + random.nextInt(regions);
		}

		private static List<Place> concat(List<Place> a, List<Place> b, List<Place> c) {
			List<Place> all = new ArrayList<>(a);
			all.addAll(b);
			all.addAll(c);
			return all;
		}

		private static double[] cumulative(List<Place> communes) {
			double[] cumulative = new double[communes.size()];
			double sum = 0;
			for (int i = 0; i < cumulative.length; i++) {
				sum += communes.get(i).weight();
				cumulative[i] = sum;
			}
			return cumulative;
		}
	}

	private static int pick(double[] weights, double u) {
		double total = Arrays.stream(weights).sum();
		double at = u * total;
		for (int i = 0; i < weights.length; i++) {
			at -= weights[i];
			if (at < 0) {
				return i;
			}
		}
		return weights.length - 1;
	}

	private static double gaussian(SplittableRandom random) {
		// Box–Muller: SplittableRandom has no nextGaussian on Java 17.
		return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
	}

	private static String body(String title, String territory) {
		return title + ". Les habitants de " + territory + " demandent que ce besoin soit inscrit au programme : "
				+ "l'accès est difficile en hiver, les enfants et les personnes âgées en souffrent. (données synthétiques)";
	}

	static String author(int citizen) {
		return AUTHOR_PREFIX + "%06d".formatted(citizen);
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.6f", value);
	}

}

package ma.tanmia.bench.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import ma.tanmia.bench.AppInternals;
import ma.tanmia.bench.synthetic.NationShape.Commune;
import ma.tanmia.bench.synthetic.NationShape.Province;
import ma.tanmia.bench.synthetic.ProjectShape.Blocking;
import ma.tanmia.bench.synthetic.ProjectShape.Event;
import ma.tanmia.bench.synthetic.ProjectShape.FundingLine;
import ma.tanmia.bench.synthetic.ProjectShape.Node;
import ma.tanmia.bench.synthetic.ProjectShape.Program;
import ma.tanmia.bench.synthetic.ProjectShape.Project;
import ma.tanmia.bench.synthetic.ProjectShape.Update;

/**
 * Writes a {@link NationShape} and a {@link ProjectShape} into the bench database, one method per
 * dataset, all on the caller's connection and transaction. Datasets depend on earlier ones through
 * what is stored (codes, paths) and through the shapes (program, node and project ids are decided
 * there and written explicitly; {@link #sequences()} moves the sequences past them), so a later
 * module adds its own method here and {@code generate} calls it after the ones it needs.
 *
 * <p>Provinces hang under the 12 real region codes so region pages are measured with a national
 * number of children. That is safe only because this class runs in the bench database alone
 * (see {@link ma.tanmia.bench.BenchApplication}).
 */
public final class SyntheticNation {

	public static final int[] CENSUS_YEARS = { 2014, 2024 };

	private final Connection connection;
	private final NationShape shape;
	private final ProjectShape plan;

	public SyntheticNation(Connection connection, NationShape shape, ProjectShape plan) {
		this.connection = connection;
		this.shape = shape;
		this.plan = plan;
	}

	/**
	 * For the territory datasets alone ({@link #provinces()}, {@link #communes()}, {@link #populations()}):
	 * a benchmark that needs the national hierarchy but not the 300,000 projects.
	 */
	public SyntheticNation(Connection connection, NationShape shape) {
		this(connection, shape, null);
	}

	/** The 75 synthetic prefectures and provinces, under the real regions MA-01 … MA-12. */
	public long provinces() throws SQLException {
		Map<String, Parent> regions = parents("select id, code, path, depth from territorial_unit where level = 'REGION'");
		try (CopyStream copy = new CopyStream(connection, UNIT_COLUMNS)) {
			for (Province province : shape.provinces()) {
				Parent region = regions.get(province.regionCode());
				if (region == null) {
					throw new IllegalStateException("Region " + province.regionCode() + " missing: migrations not applied?");
				}
				int urban = shape.urbanCommunes(province);
				copy.row(province.code(), province.kind().name(), null, region.id(), region.path() + province.code() + "/",
						region.depth() + 1, province.nameAr(), province.nameFr(), null, null, null, urban,
						province.communes() - urban);
			}
			return copy.finish();
		}
	}

	/** The 1,503 synthetic communes (221 urban), each under its synthetic province. */
	public long communes() throws SQLException {
		Map<String, Parent> provinces = syntheticUnits("PREFECTURE", "PROVINCE");
		try (CopyStream copy = new CopyStream(connection, UNIT_COLUMNS)) {
			for (Commune commune : shape.communes()) {
				Parent province = provinces.get(commune.provinceCode());
				copy.row(commune.code(), "COMMUNE", commune.urban() ? "URBAN" : "RURAL", province.id(),
						province.path() + commune.code() + "/", province.depth() + 1, commune.nameAr(), commune.nameFr(),
						decimal(commune.latitude(), 6), decimal(commune.longitude(), 6), decimal(commune.areaKm2(), 2),
						null, null);
			}
			return copy.finish();
		}
	}

	/**
	 * Census figures for 2014 and 2024: communes from the shape, prefectures and provinces as the sum
	 * of their communes, as the RGPH publishes them.
	 */
	public long populations() throws SQLException {
		Map<String, Parent> communes = syntheticUnits("COMMUNE");
		Map<String, Parent> provinces = syntheticUnits("PREFECTURE", "PROVINCE");
		Map<String, long[]> provinceTotals = new HashMap<>();
		try (CopyStream copy = new CopyStream(connection,
				"territorial_unit_population (territorial_unit, census_year, inhabitants, estimated)")) {
			for (Commune commune : shape.communes()) {
				long id = communes.get(commune.code()).id();
				copy.row(id, CENSUS_YEARS[0], commune.population2014(), false);
				copy.row(id, CENSUS_YEARS[1], commune.population2024(), false);
				long[] totals = provinceTotals.computeIfAbsent(commune.provinceCode(), code -> new long[2]);
				totals[0] += commune.population2014();
				totals[1] += commune.population2024();
			}
			for (Province province : shape.provinces()) {
				long[] totals = provinceTotals.get(province.code());
				long id = provinces.get(province.code()).id();
				copy.row(id, CENSUS_YEARS[0], totals[0], false);
				copy.row(id, CENSUS_YEARS[1], totals[1], false);
			}
			return copy.finish();
		}
	}

	/**
	 * The councils that own the programs (one per region, prefecture or province, and commune), and
	 * the wilaya of each region and governor's office of each prefecture or province, which the bench
	 * accounts belong to. Codes {@code SYN-COUNCIL-…}, {@code SYN-WILAYA-…}, {@code SYN-GOVERNOR-…}.
	 */
	public long organizations() throws SQLException {
		Map<String, Unit> units = units();
		try (CopyStream copy = new CopyStream(connection,
				"organization (code, kind, name_ar, name_fr, territory_code, sector)")) {
			for (String region : NationShape.PROVINCES_PER_REGION.keySet()) {
				Unit unit = units.get(region);
				copy.row(ProjectShape.councilCode(region), "REGIONAL_COUNCIL", "مجلس جهة " + unit.nameAr(),
						"Conseil de la région " + unit.nameFr(), region, null);
				copy.row("SYN-WILAYA-" + region, "TERRITORIAL_ADMINISTRATION", "ولاية جهة " + unit.nameAr(),
						"Wilaya de la région " + unit.nameFr(), region, "interior");
			}
			for (Province province : shape.provinces()) {
				boolean prefecture = province.kind() == NationShape.Kind.PREFECTURE;
				copy.row(ProjectShape.councilCode(province.code()), prefecture ? "PREFECTURAL_COUNCIL" : "PROVINCIAL_COUNCIL",
						"مجلس " + province.nameAr(), "Conseil — " + province.nameFr(), province.code(), null);
				copy.row("SYN-GOVERNOR-" + province.code(), "TERRITORIAL_ADMINISTRATION", "عمالة أو إقليم " + province.nameAr(),
						"Gouverneur — " + province.nameFr(), province.code(), "interior");
			}
			for (Commune commune : shape.communes()) {
				copy.row(ProjectShape.councilCode(commune.code()), "COMMUNAL_COUNCIL", "مجلس " + commune.nameAr(),
						"Conseil de la " + commune.nameFr(), commune.code(), null);
			}
			return copy.finish();
		}
	}

	/** Per mandate a PDR per region, a PDP per prefecture or province, a PAC per commune. */
	public long programs() throws SQLException {
		Map<String, Unit> units = units();
		try (CopyStream copy = new CopyStream(connection, """
				program (id, code, kind, mandate_code, territory_code, territory_path, owner_org_code, title_ar, title_fr,
				    status)""")) {
			for (Program program : plan.programs()) {
				Unit unit = units.get(program.territoryCode());
				String mandate = program.mandate().code;
				String ar;
				String fr;
				switch (program.kind()) {
					case "PAC" -> {
						ar = "برنامج عمل " + unit.nameAr() + " " + mandate;
						fr = "Programme d'action de la " + unit.nameFr() + " " + mandate;
					}
					case "PDP" -> {
						ar = "برنامج تنمية " + unit.nameAr() + " " + mandate;
						fr = "Programme de développement — " + unit.nameFr() + " " + mandate;
					}
					default -> {
						ar = "برنامج التنمية الجهوية — " + unit.nameAr() + " " + mandate;
						fr = "Programme de développement régional — " + unit.nameFr() + " " + mandate;
					}
				}
				copy.row(program.id(), program.code(), program.kind(), mandate, program.territoryCode(), unit.path(),
						program.ownerOrganization(), ar, fr, program.mandate().programStatus);
			}
			return copy.finish();
		}
	}

	/** The axes and sub-programs of every program (4 to 9 nodes each). */
	public long programNodes() throws SQLException {
		try (CopyStream copy = new CopyStream(connection,
				"program_node (id, program_id, parent_id, kind, code, title_ar, title_fr, position)")) {
			for (Program program : plan.programs()) {
				for (Node node : program.nodes()) {
					copy.row(node.id(), program.id(), node.parentId(), node.parentId() == null ? "AXIS" : "SUB_PROGRAM",
							node.axis().code(), node.axis().ar(), node.axis().fr(), node.position());
				}
			}
			return copy.finish();
		}
	}

	/**
	 * The 300,000 projects, with {@code search_text} folded by the application's own
	 * {@code ArabicText.fold} and {@code committed}/{@code paid} the sums of their financial events.
	 */
	public long projects() throws SQLException {
		Map<String, Unit> units = units();
		try (CopyStream copy = new CopyStream(connection, """
				project (id, code, program_id, mandate_code, node_id, title_ar, title_fr, sector_code, competence, territory_code,
				    territory_path, latitude, longitude, owner_org_code, cost, land_secured, studies_done, planned_start,
				    planned_end, actual_start, actual_end, status, physical_progress, committed, paid, carried_from,
				    search_text)""")) {
			for (Project p : plan.projects()) {
				String node = switch (p.program().kind()) {
					case "PAC" -> p.type().pac();
					case "PDP" -> p.type().pdp();
					default -> p.type().pdr();
				};
				long committed = 0;
				long paid = 0;
				for (Event event : plan.finance(p)) {
					if (event.payment()) {
						paid += event.cents();
					}
					else {
						committed += event.cents();
					}
				}
				String latitude = null;
				String longitude = null;
				if (p.commune() != null) {
					SplittableRandom r = new SplittableRandom(p.seed() ^ 0x6E0L);
					latitude = decimal(p.commune().latitude() + r.nextGaussian() * 0.03, 6);
					longitude = decimal(p.commune().longitude() + r.nextGaussian() * 0.03, 6);
				}
				String titleAr = p.titleAr();
				String titleFr = p.titleFr();
				copy.row(p.id(), p.code(), p.program().id(), p.program().mandate().code, p.program().nodeId(node), titleAr, titleFr, p.type().sector(),
						p.type().competence(), p.territoryCode(), units.get(p.territoryCode()).path(), latitude, longitude,
						p.program().ownerOrganization(), p.cost() + ".00", p.landSecured(), p.studiesDone(), p.plannedStart(),
						p.plannedEnd(), p.actualStart(), p.actualEnd(), p.status(), p.progress(), cents(committed),
						cents(paid), p.carriedFrom(), AppInternals.fold(p.code() + " " + titleAr + " " + titleFr));
			}
			return copy.finish();
		}
	}

	/** The funding plan: one to three sources per project. */
	public long projectFunding() throws SQLException {
		try (CopyStream copy = new CopyStream(connection, "project_funding (project_id, source_code, year, amount)")) {
			for (Project p : plan.projects()) {
				for (FundingLine line : plan.funding(p)) {
					copy.row(p.id(), line.source(), line.year(), line.amount() + ".00");
				}
			}
			return copy.finish();
		}
	}

	/** Commitments and payments, consistent with the projects' {@code committed} and {@code paid}. */
	public long financialEvents() throws SQLException {
		try (CopyStream copy = new CopyStream(connection, """
				project_financial_event (project_id, source_code, kind, occurred_on, amount, reference, recorded_by,
				    recorded_at)""")) {
			for (Project p : plan.projects()) {
				String by = recorder(p);
				for (Event event : plan.finance(p)) {
					copy.row(p.id(), event.source(), event.payment() ? "PAYMENT" : "COMMITMENT", event.on(),
							cents(event.cents()), event.reference(), by, event.on() + " 11:00:00+00");
				}
			}
			return copy.finish();
		}
	}

	/** Blocking causes: most unfinished projects have one to three, some completed ones had one. */
	public long blockings() throws SQLException {
		try (CopyStream copy = new CopyStream(connection,
				"project_blocking (project_id, cause_code, started_on, ended_on, description)")) {
			for (Project p : plan.projects()) {
				for (Blocking b : plan.blockings(p)) {
					copy.row(p.id(), b.cause(), b.startedOn(), b.endedOn(), b.description());
				}
			}
			return copy.finish();
		}
	}

	/**
	 * The 3,000,000 progress reports, streamed project by project, each with the {@code changes}
	 * document the application writes ({@code {"status": {"from", "to"}, "physical_progress": …}}).
	 */
	public long progressUpdates() throws SQLException {
		try (CopyStream copy = new CopyStream(connection, """
				project_progress (project_id, recorded_on, recorded_by, recorded_at, status, physical_progress, comment,
				    changes)""")) {
			StringBuilder changes = new StringBuilder(128);
			for (Project p : plan.projects()) {
				String by = recorder(p);
				List<Update> updates = plan.progress(p);
				for (int k = 0; k < updates.size(); k++) {
					Update u = updates.get(k);
					changes.setLength(0);
					changes.append("{\"status\": {\"from\": \"").append(u.previousStatus()).append("\", \"to\": \"")
						.append(u.status()).append("\"}, \"physical_progress\": {\"from\": ").append(u.previousProgress())
						.append(", \"to\": ").append(u.progress()).append("}}");
					copy.row(p.id(), u.on(), by, u.on() + " %02d:%02d:00+00".formatted(8 + k % 9, (int) (p.id() % 60)),
							u.status(), u.progress(), u.comment(), changes);
				}
			}
			return copy.finish();
		}
	}

	/** Moves the id sequences past the ids written explicitly, so the application can create more. */
	public long sequences() throws SQLException {
		long moved = 0;
		for (String table : List.of("program", "program_node", "project")) {
			try (PreparedStatement statement = connection.prepareStatement(
					"select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "))");
					ResultSet rs = statement.executeQuery()) {
				rs.next();
				moved++;
			}
		}
		return moved;
	}

	/** Who recorded a project's reports and finance: the planner of its territory, by convention. */
	private static String recorder(Project p) {
		return "suivi-" + p.territoryCode().toLowerCase(Locale.ROOT);
	}

	private static String cents(long cents) {
		return (cents / 100) + "." + "%02d".formatted(cents % 100);
	}

	private static final String UNIT_COLUMNS = """
			territorial_unit (code, level, commune_kind, parent_id, path, depth, name_ar, name_fr, latitude, longitude,
			    area_km2, declared_urban_communes, declared_rural_communes)""";

	/** A territorial unit as programs and projects need it: path and names. */
	private record Unit(String path, String nameAr, String nameFr) {
	}

	private Map<String, Unit> units() throws SQLException {
		Map<String, Unit> units = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement("select code, path, name_ar, name_fr from territorial_unit");
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				units.put(rs.getString(1), new Unit(rs.getString(2), rs.getString(3), rs.getString(4)));
			}
		}
		return units;
	}

	/** Where a child is attached: its parent's id, path and depth. */
	private record Parent(long id, String path, int depth) {
	}

	private Map<String, Parent> syntheticUnits(String... levels) throws SQLException {
		return parents("select id, code, path, depth from territorial_unit where code like '" + NationShape.CODE_PREFIX
				+ "%' and level in ('" + String.join("', '", List.of(levels)) + "')");
	}

	private Map<String, Parent> parents(String sql) throws SQLException {
		Map<String, Parent> byCode = new HashMap<>();
		try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				byCode.put(rs.getString("code"), new Parent(rs.getLong("id"), rs.getString("path"), rs.getInt("depth")));
			}
		}
		return byCode;
	}

	private static String decimal(double value, int scale) {
		return String.format(Locale.ROOT, "%." + scale + "f", value);
	}
}

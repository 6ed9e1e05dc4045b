package ma.tanmia.bench.synthetic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import ma.tanmia.bench.synthetic.NationShape.Commune;
import ma.tanmia.bench.synthetic.NationShape.Province;

/**
 * Writes a {@link NationShape} into the bench database, one method per dataset, all on the caller's
 * connection and transaction. Datasets depend on earlier ones only through what is stored (codes,
 * ids), so a later module adds its own method here — {@code projects()} for 300,000 projects over
 * these communes, {@code progressUpdates()} for millions of updates — and {@code generate} calls it
 * after the ones it needs.
 *
 * <p>Provinces hang under the 12 real region codes so region pages are measured with a national
 * number of children. That is safe only because this class runs in the bench database alone
 * (see {@link ma.tanmia.bench.BenchApplication}).
 */
public final class SyntheticNation {

	public static final int[] CENSUS_YEARS = { 2014, 2024 };

	private final Connection connection;
	private final NationShape shape;

	public SyntheticNation(Connection connection, NationShape shape) {
		this.connection = connection;
		this.shape = shape;
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

	private static final String UNIT_COLUMNS = """
			territorial_unit (code, level, commune_kind, parent_id, path, depth, name_ar, name_fr, latitude, longitude,
			    area_km2, declared_urban_communes, declared_rural_communes)""";

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

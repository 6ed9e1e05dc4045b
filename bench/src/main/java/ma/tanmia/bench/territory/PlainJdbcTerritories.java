package ma.tanmia.bench.territory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.CommuneKind;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;

/**
 * The baseline: the very statements {@link ma.tanmia.territory.Territories} sends, in the same
 * number and order, over one plain JDBC connection in auto-commit — no pool, no transaction
 * manager, no JdbcClient — building the same {@link Territory} records. App time over this time is
 * therefore what the framework layers cost, not what the SQL costs.
 *
 * <p>The SQL text is copied from Territories (it is package-private there); keep both in step.
 */
final class PlainJdbcTerritories {

	static final String SELECT_UNITS = """
			select u.id, u.code, u.level, u.commune_kind, p.code as parent_code, u.path, u.name_ar, u.name_fr,
			       u.name_tzm, u.latitude, u.longitude, u.area_km2, u.declared_urban_communes,
			       u.declared_rural_communes,
			       (select count(*) from territorial_unit c where c.parent_id = u.id) as child_count
			from territorial_unit u
			left join territorial_unit p on p.id = u.parent_id
			""";

	static final String SUBTREE_COUNT = """
			select count(*) from territorial_unit
			where path like (select path from territorial_unit where code = ?) || '%'
			  and level = ?
			""";

	static final String SUBTREE_CODES = """
			select code from territorial_unit
			where path like (select path from territorial_unit where code = ?) || '%'
			""";

	/** A page of children and the number of all children, as Spring's Page carries them. */
	record ChildrenPage(List<Territory> content, long total) {
	}

	private final Connection connection;

	PlainJdbcTerritories(Connection connection) {
		this.connection = connection;
	}

	Optional<Territory> find(String code) {
		return withPopulations(units(SELECT_UNITS + " where u.code = ?", code)).stream().findFirst();
	}

	List<Territory> ancestors(String code) {
		return find(code).map(unit -> {
			List<String> codes = new ArrayList<>(Arrays.asList(unit.path().substring(1).split("/")));
			codes.remove(codes.size() - 1);
			return codes.isEmpty() ? List.<Territory>of() : findAll(codes);
		}).orElse(List.of());
	}

	List<Territory> findAll(Collection<String> codes) {
		Map<String, Territory> byCode = new HashMap<>();
		withPopulations(units(SELECT_UNITS + " where u.code in (" + placeholders(codes.size()) + ")", codes.toArray()))
			.forEach(t -> byCode.put(t.code(), t));
		return codes.stream().map(byCode::get).filter(Objects::nonNull).toList();
	}

	ChildrenPage children(String code, int page, int size, Locale language) {
		String order = "ar".equals(language.getLanguage()) ? "u.name_ar" : "u.name_fr";
		List<Territory> content = withPopulations(units(SELECT_UNITS + """
				where u.parent_id = (select id from territorial_unit where code = ?)
				order by %s, u.code
				limit ? offset ?
				""".formatted(order), code, size, (long) page * size));
		long total = single("""
				select count(*) from territorial_unit
				where parent_id = (select id from territorial_unit where code = ?)
				""", code);
		return new ChildrenPage(content, total);
	}

	long countInSubtree(String code, TerritoryLevel level) {
		return single(SUBTREE_COUNT, code, level.name());
	}

	List<String> subtreeCodes(String code) {
		List<String> codes = new ArrayList<>();
		try (PreparedStatement statement = prepare(SUBTREE_CODES, code); ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				codes.add(rs.getString(1));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return codes;
	}

	private List<Territory> units(String sql, Object... params) {
		List<Territory> units = new ArrayList<>();
		try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				units.add(row(rs));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return units;
	}

	private List<Territory> withPopulations(List<Territory> units) {
		if (units.isEmpty()) {
			return units;
		}
		Map<String, List<Territory.Population>> populations = new HashMap<>();
		String sql = """
				select u.code, p.census_year, p.inhabitants, p.estimated
				from territorial_unit_population p join territorial_unit u on u.id = p.territorial_unit
				where u.code in (%s)
				order by p.census_year
				""".formatted(placeholders(units.size()));
		try (PreparedStatement statement = prepare(sql, units.stream().map(Territory::code).toArray());
				ResultSet rs = statement.executeQuery()) {
			while (rs.next()) {
				populations.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
					.add(new Territory.Population(rs.getInt(2), rs.getInt(3), rs.getBoolean(4)));
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return units.stream()
			.map(t -> new Territory(t.code(), t.level(), t.communeKind(), t.parentCode(), t.path(), t.name(),
					t.latitude(), t.longitude(), t.areaKm2(), t.declaredUrbanCommunes(), t.declaredRuralCommunes(),
					t.childCount(), populations.getOrDefault(t.code(), List.of())))
			.toList();
	}

	private long single(String sql, Object... params) {
		try (PreparedStatement statement = prepare(sql, params); ResultSet rs = statement.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
	}

	private PreparedStatement prepare(String sql, Object... params) throws SQLException {
		PreparedStatement statement = connection.prepareStatement(sql);
		for (int i = 0; i < params.length; i++) {
			statement.setObject(i + 1, params[i]);
		}
		return statement;
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

	private static Territory row(ResultSet rs) throws SQLException {
		String kind = rs.getString("commune_kind");
		return new Territory(rs.getString("code"), TerritoryLevel.valueOf(rs.getString("level")),
				kind == null ? null : CommuneKind.valueOf(kind), rs.getString("parent_code"), rs.getString("path"),
				new LocalizedName(rs.getString("name_ar"), rs.getString("name_fr"), rs.getString("name_tzm")),
				rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"), rs.getBigDecimal("area_km2"),
				integer(rs, "declared_urban_communes"), integer(rs, "declared_rural_communes"), rs.getInt("child_count"),
				List.of());
	}

	private static Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}
}

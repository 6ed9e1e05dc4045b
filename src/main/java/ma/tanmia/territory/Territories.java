package ma.tanmia.territory;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import ma.tanmia.shared.LocalizedName;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the territorial hierarchy: one unit, its ancestors, its children page by page, its
 * subtree. Every read is a fixed number of queries whatever the number of units (no N+1): units in
 * one query, their populations in a second.
 */
@Service
@Transactional(readOnly = true)
public class Territories {

	static final String SELECT_UNITS = """
			select u.id, u.code, u.level, u.commune_kind, p.code as parent_code, u.path, u.name_ar, u.name_fr,
			       u.name_tzm, u.latitude, u.longitude, u.area_km2, u.declared_urban_communes,
			       u.declared_rural_communes,
			       (select count(*) from territorial_unit c where c.parent_id = u.id) as child_count
			from territorial_unit u
			left join territorial_unit p on p.id = u.parent_id
			""";

	private final JdbcClient jdbc;

	Territories(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Territory> find(String code) {
		return withPopulations(jdbc.sql(SELECT_UNITS + " where u.code = :code").param("code", code).query(this::row).list())
			.stream()
			.findFirst();
	}

	public boolean exists(String code) {
		return jdbc.sql("select count(*) from territorial_unit where code = :code").param("code", code)
			.query(Long.class).single() > 0;
	}

	/** The units above {@code code}, from the country down to its parent. */
	public List<Territory> ancestors(String code) {
		return pathOf(code).map(path -> {
			List<String> codes = new ArrayList<>(Arrays.asList(path.substring(1).split("/")));
			codes.remove(codes.size() - 1);
			return codes.isEmpty() ? List.<Territory>of() : findAll(codes);
		}).orElse(List.of());
	}

	/** The units with these codes, in the order of the codes. */
	public List<Territory> findAll(Collection<String> codes) {
		if (codes.isEmpty()) {
			return List.of();
		}
		Map<String, Territory> byCode = withPopulations(
				jdbc.sql(SELECT_UNITS + " where u.code in (:codes)").param("codes", codes).query(this::row).list())
			.stream()
			.collect(Collectors.toMap(Territory::code, t -> t));
		return codes.stream().map(byCode::get).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * The direct children of a unit, a page at a time, ordered by name in the reader's language, as a
	 * dictionary would (ICU: "Élevage" among the E, not after "Zagora"). A unit has at most a few hundred
	 * children, found by parent_id; their sort never had an index to lose.
	 */
	public Page<Territory> children(String code, int page, int size, Locale language) {
		PageRequest request = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
		String order = LocalizedName.sqlOrder("u.", language);
		List<Territory> content = withPopulations(jdbc.sql(SELECT_UNITS + """
				where u.parent_id = (select id from territorial_unit where code = :code)
				order by %s, u.code
				limit :limit offset :offset
				""".formatted(order))
			.param("code", code)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query(this::row)
			.list());
		long total = jdbc.sql("""
				select count(*) from territorial_unit
				where parent_id = (select id from territorial_unit where code = :code)
				""").param("code", code).query(Long.class).single();
		return new PageImpl<>(content, request, total);
	}

	// Subtrees are half-open ranges of the C-collated path ("/MA/MA-09/" ≤ path < "/MA/MA-090"), which
	// the unique index on path serves; a LIKE built at run time would scan the table.

	/** How many units of a level lie in the subtree of {@code code} (the unit itself included). */
	public long countInSubtree(String code, TerritoryLevel level) {
		return jdbc.sql("""
				select count(*) from territorial_unit u, (select path from territorial_unit where code = :code) s
				where u.path >= s.path and u.path < left(s.path, -1) || '0'
				  and u.level = :level
				""").param("code", code).param("level", level.name()).query(Long.class).single();
	}

	/** The codes of a unit and of every unit below it. */
	public List<String> subtreeCodes(String code) {
		return jdbc.sql("""
				select u.code from territorial_unit u, (select path from territorial_unit where code = :code) s
				where u.path >= s.path and u.path < left(s.path, -1) || '0'
				""").param("code", code).query(String.class).list();
	}

	/** The units of one level in the subtree of {@code code}, with their populations (two queries). */
	public List<Territory> unitsWithin(String code, TerritoryLevel level) {
		return withPopulations(jdbc.sql(SELECT_UNITS + """
				, (select path from territorial_unit where code = :code) s
				where u.path >= s.path and u.path < left(s.path, -1) || '0' and u.level = :level
				order by u.path
				""").param("code", code).param("level", level.name()).query(this::row).list());
	}

	/**
	 * The inhabitants of each unit of {@code level} in the subtree of {@code code}, as counted by the
	 * latest census not after {@code year} (the earliest census when every count is later): the
	 * weights of population-weighted figures. Units without any count are absent. One query.
	 */
	public Map<String, Integer> populationsWithin(String code, TerritoryLevel level, int year) {
		return jdbc.sql("""
				select distinct on (u.code) u.code, p.inhabitants
				from territorial_unit u join territorial_unit_population p on p.territorial_unit = u.id,
				     (select path from territorial_unit where code = :code) s
				where u.path >= s.path and u.path < left(s.path, -1) || '0' and u.level = :level
				order by u.code, p.census_year <= :year desc,
				         case when p.census_year <= :year then -p.census_year else p.census_year end
				""").param("code", code).param("level", level.name()).param("year", year)
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getInt(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** The materialized path of a unit, used to check that a unit lies in a person's scope. */
	public Optional<String> pathOf(String code) {
		return jdbc.sql("select path from territorial_unit where code = :code").param("code", code)
			.query(String.class).optional();
	}

	private List<Territory> withPopulations(List<Territory> units) {
		if (units.isEmpty()) {
			return units;
		}
		Map<String, List<Territory.Population>> populations = jdbc.sql("""
				select u.code, p.census_year, p.inhabitants, p.estimated
				from territorial_unit_population p join territorial_unit u on u.id = p.territorial_unit
				where u.code in (:codes)
				order by p.census_year
				""")
			.param("codes", units.stream().map(Territory::code).toList())
			.query((rs, n) -> Map.entry(rs.getString(1),
					new Territory.Population(rs.getInt(2), rs.getInt(3), rs.getBoolean(4))))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return units.stream()
			.map(t -> new Territory(t.code(), t.level(), t.communeKind(), t.parentCode(), t.path(), t.name(),
					t.latitude(), t.longitude(), t.areaKm2(), t.declaredUrbanCommunes(), t.declaredRuralCommunes(),
					t.childCount(), populations.getOrDefault(t.code(), List.of())))
			.toList();
	}

	private Territory row(ResultSet rs, int rowNum) throws SQLException {
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

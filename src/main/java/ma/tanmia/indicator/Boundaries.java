package ma.tanmia.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.tanmia.audit.EntitiesChanged;
import ma.tanmia.audit.EntityChanged;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Import of unit boundaries from a GeoJSON FeatureCollection, drawn as a choropleth on the map.
 * Each feature names its unit in {@code properties.code} and carries a Polygon or MultiPolygon whose
 * rings are closed, have at least four positions, and stay within longitude −180…180 and latitude
 * −90…90. All features or none; every problem located by feature number and code.
 */
@Service
class Boundaries {

	static final int MAX_FEATURES = 5000;

	private final JsonMapper json;
	private final Territories territories;
	private final NamedParameterJdbcTemplate named;
	private final ApplicationEventPublisher events;

	Boundaries(JsonMapper json, Territories territories, NamedParameterJdbcTemplate named, ApplicationEventPublisher events) {
		this.json = json;
		this.territories = territories;
		this.named = named;
		this.events = events;
	}

	@Transactional
	int importGeoJson(InputStream in) throws IOException {
		JsonNode root;
		try {
			root = json.readTree(in);
		}
		catch (JacksonException e) {
			throw new ValuesRefused(List.of(ValueProblem.at(0, null, "indicator.boundary.notJson")));
		}
		if (root == null || !"FeatureCollection".equals(root.path("type").asString("")) || !root.path("features").isArray()) {
			throw new ValuesRefused(List.of(ValueProblem.at(0, null, "indicator.boundary.notCollection")));
		}
		JsonNode features = root.path("features");
		if (features.isEmpty() || features.size() > MAX_FEATURES) {
			throw new ValuesRefused(List.of(ValueProblem.at(0, null, "indicator.boundary.count", MAX_FEATURES)));
		}
		List<String> codes = new ArrayList<>();
		for (JsonNode feature : features) {
			String code = code(feature);
			if (code != null) {
				codes.add(code);
			}
		}
		Map<String, Territory> units = new HashMap<>();
		territories.findAll(codes.stream().distinct().toList()).forEach(t -> units.put(t.code(), t));
		List<ValueProblem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<MapSqlParameterSource> rows = new ArrayList<>();
		int number = 0;
		for (JsonNode feature : features) {
			number++;
			String code = code(feature);
			if (code == null) {
				problems.add(ValueProblem.at(number, "properties.code", "indicator.boundary.noCode"));
				continue;
			}
			Territory unit = units.get(code);
			if (unit == null) {
				problems.add(ValueProblem.at(number, "properties.code", "indicator.import.unknownTerritory", code));
				continue;
			}
			if (!seen.add(code)) {
				problems.add(ValueProblem.at(number, "properties.code", "indicator.boundary.duplicate", code));
				continue;
			}
			String reason = geometryProblem(feature.path("geometry"));
			if (reason != null) {
				problems.add(ValueProblem.at(number, "geometry", reason, code));
				continue;
			}
			rows.add(new MapSqlParameterSource().addValue("code", code).addValue("path", unit.path())
				.addValue("geometry", json.writeValueAsString(feature.path("geometry")))
				.addValue("by", IndicatorValues.username()));
		}
		if (!problems.isEmpty()) {
			throw new ValuesRefused(problems);
		}
		named.batchUpdate("""
				insert into indicator_boundary (territory_code, territory_path, geometry, imported_by)
				values (:code, :path, :geometry, :by)
				on conflict (territory_code) do update set geometry = excluded.geometry, territory_path = excluded.territory_path,
				    imported_by = excluded.imported_by, imported_at = now()
				""", rows.toArray(MapSqlParameterSource[]::new));
		events.publishEvent(new EntitiesChanged(rows.stream()
			.map(r -> EntityChanged.updated("Boundary", (String) r.getValue("code"), "GeoJSON", Map.of(),
					Map.of("geometry", "imported")))
			.toList()));
		return rows.size();
	}

	private static String code(JsonNode feature) {
		JsonNode properties = feature.path("properties");
		for (String name : List.of("code", "CODE", "territory")) {
			String value = properties.path(name).asString("");
			if (!value.isBlank()) {
				return value.trim();
			}
		}
		return null;
	}

	/** The reason a geometry is refused, as a message key; null when it is a valid (multi)polygon. */
	static String geometryProblem(JsonNode geometry) {
		String type = geometry.path("type").asString("");
		JsonNode coordinates = geometry.path("coordinates");
		if (!coordinates.isArray() || coordinates.isEmpty()) {
			return "indicator.boundary.geometryType";
		}
		if ("Polygon".equals(type)) {
			return polygonProblem(coordinates);
		}
		if ("MultiPolygon".equals(type)) {
			for (JsonNode polygon : coordinates) {
				String problem = polygonProblem(polygon);
				if (problem != null) {
					return problem;
				}
			}
			return null;
		}
		return "indicator.boundary.geometryType";
	}

	private static String polygonProblem(JsonNode rings) {
		if (!rings.isArray() || rings.isEmpty()) {
			return "indicator.boundary.ring";
		}
		for (JsonNode ring : rings) {
			if (!ring.isArray() || ring.size() < 4) {
				return "indicator.boundary.ring";
			}
			for (JsonNode position : ring) {
				if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
					return "indicator.boundary.position";
				}
				double lon = position.get(0).asDouble();
				double lat = position.get(1).asDouble();
				if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
					return "indicator.boundary.position";
				}
			}
			JsonNode first = ring.get(0);
			JsonNode last = ring.get(ring.size() - 1);
			if (first.get(0).asDouble() != last.get(0).asDouble() || first.get(1).asDouble() != last.get(1).asDouble()) {
				return "indicator.boundary.open";
			}
		}
		return null;
	}
}

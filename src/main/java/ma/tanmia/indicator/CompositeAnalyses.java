package ma.tanmia.indicator;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The composite social-deficit index of a territory's communes with the person's weights
 * ({@link CompositeIndex}), and the analyses saved with their weights and the ranking they gave, so
 * a ranking quoted in a program document can be shown again exactly as it was.
 */
@Service
class CompositeAnalyses {

	/** A ranked commune with its name, for pages and the saved ranking. */
	record Line(int rank, String code, String nameAr, String nameFr, double score, Map<String, Double> deficits) {
	}

	record Analysis(Long id, String name, String territoryCode, int year, Map<String, Double> weights, List<Line> ranking,
			List<String> leftOut, String createdBy, OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;
	private final DiagnosisQueries queries;
	private final IndicatorCatalogue catalogue;
	private final ApplicationEventPublisher events;
	private final JsonMapper json;
	private final Territories territories;

	CompositeAnalyses(JdbcClient jdbc, DiagnosisQueries queries, IndicatorCatalogue catalogue,
			ApplicationEventPublisher events, JsonMapper json, Territories territories) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.queries = queries;
		this.catalogue = catalogue;
		this.events = events;
		this.json = json;
	}

	/** Ranks the territory's communes by their weighted deficit over the chosen indicators (validated values). */
	@Transactional(readOnly = true)
	Analysis compute(Territory territory, int year, Map<String, Double> weights) {
		Map<String, Indicator> indicators = catalogue.byCodes(weights.keySet());
		if (indicators.size() != weights.size()) {
			throw new DiagnosisRefused("indicator.composite.unknown");
		}
		if (weights.values().stream().anyMatch(w -> w == null || w < 0 || w > 1000)
				|| weights.values().stream().mapToDouble(Double::doubleValue).sum() <= 0) {
			throw new DiagnosisRefused("indicator.composite.weights.invalid");
		}
		List<CompositeIndex.Component> components = new ArrayList<>();
		Map<String, Territory> names = new HashMap<>();
		for (Map.Entry<String, Double> w : weights.entrySet()) {
			Indicator indicator = indicators.get(w.getKey());
			Map<String, Double> values = new HashMap<>();
			for (DiagnosisQueries.UnitFigure f : queries.figures(indicator, territory, year, TerritoryLevel.COMMUNE)) {
				names.put(f.code(), f.unit());
				if (f.counts()) {
					values.put(f.code(), f.value().doubleValue());
				}
			}
			components.add(new CompositeIndex.Component(indicator.code(), indicator.polarity(), w.getValue(), values));
		}
		CompositeIndex.Result result = CompositeIndex.compute(components);
		List<Line> lines = result.ranking().stream()
			.map(r -> new Line(r.rank(), r.unit(), names.get(r.unit()).name().ar(), names.get(r.unit()).name().fr(),
					r.score(), r.deficits()))
			.toList();
		return new Analysis(null, null, territory.code(), year, weights, lines, List.copyOf(result.leftOut()), null, null);
	}

	@Transactional
	long save(String name, Territory territory, Analysis analysis) {
		if (name == null || name.isBlank() || name.length() > 200) {
			throw new DiagnosisRefused("indicator.composite.nameRequired");
		}
		long id = jdbc.sql("""
				insert into indicator_analysis (name, territory_code, territory_path, year, weights, ranking, created_by)
				values (:name, :code, :path, :year, cast(:weights as jsonb), cast(:ranking as jsonb), :by) returning id
				""").param("name", name.trim()).param("code", territory.code()).param("path", territory.path())
			.param("year", analysis.year()).param("weights", json.writeValueAsString(analysis.weights()))
			.param("ranking", json.writeValueAsString(Map.of("lines", analysis.ranking(), "leftOut", analysis.leftOut())))
			.param("by", IndicatorValues.username()).query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("territory", territory.code());
		after.put("year", analysis.year());
		after.put("weights", analysis.weights());
		after.put("first", analysis.ranking().isEmpty() ? null : analysis.ranking().get(0).code());
		events.publishEvent(EntityChanged.created("IndicatorAnalysis", String.valueOf(id), name.trim(), after));
		return id;
	}

	/** A saved analysis as listed: what it is about, not its ranking. */
	record Saved(long id, String name, String territoryCode, LocalizedName territoryName, int year, String createdBy,
			OffsetDateTime createdAt) {
	}

	/**
	 * One page of the analyses of territories the person sees, newest first: a count, the page, and
	 * the territories' names — three queries whatever the page's size.
	 */
	@Transactional(readOnly = true)
	Page<Saved> visible(int page, int size) {
		ScopeFilter scope = ScopeFilter.overlapping(Authorizations.current().scopes(), "territory_path");
		long total = jdbc.sql("select count(*) from indicator_analysis where " + scope.sql())
			.params(scope.parameters()).query(Long.class).single();
		int last = total == 0 ? 0 : (int) ((total - 1) / size);
		int number = Math.max(0, Math.min(page, last));
		List<Saved> rows = jdbc.sql("select id, name, territory_code, year, created_by, created_at from indicator_analysis where "
				+ scope.sql() + " order by created_at desc, id desc limit :limit offset :offset")
			.params(scope.parameters()).param("limit", size).param("offset", (long) number * size)
			.query((rs, n) -> new Saved(rs.getLong("id"), rs.getString("name"), rs.getString("territory_code"), null,
					rs.getInt("year"), rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class)))
			.list();
		Map<String, LocalizedName> names = new HashMap<>();
		territories.findAll(rows.stream().map(Saved::territoryCode).distinct().toList())
			.forEach(t -> names.put(t.code(), t.name()));
		List<Saved> named = rows.stream()
			.map(r -> new Saved(r.id(), r.name(), r.territoryCode(), names.get(r.territoryCode()), r.year(), r.createdBy(), r.createdAt()))
			.toList();
		return new PageImpl<>(named, PageRequest.of(number, size), total);
	}

	@Transactional(readOnly = true)
	Optional<Analysis> find(long id) {
		ScopeFilter scope = ScopeFilter.overlapping(Authorizations.current().scopes(), "territory_path");
		return jdbc.sql("select id, name, territory_code, year, weights, ranking, created_by, created_at from indicator_analysis where id = :id and "
				+ scope.sql())
			.params(scope.parameters()).param("id", id).query((rs, n) -> row(rs)).optional();
	}

	private Analysis row(java.sql.ResultSet rs) throws java.sql.SQLException {
		Map<String, Double> weights = json.readValue(rs.getString("weights"), new TypeReference<LinkedHashMap<String, Double>>() {
		});
		Map<String, Object> ranking = json.readValue(rs.getString("ranking"), new TypeReference<Map<String, Object>>() {
		});
		List<Line> lines = json.convertValue(ranking.get("lines"), new TypeReference<List<Line>>() {
		});
		List<String> leftOut = json.convertValue(ranking.get("leftOut"), new TypeReference<List<String>>() {
		});
		return new Analysis(rs.getLong("id"), rs.getString("name"), rs.getString("territory_code"), rs.getInt("year"), weights,
				lines, leftOut, rs.getString("created_by"), rs.getObject("created_at", OffsetDateTime.class));
	}
}

package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.consultation.ProjectSupports;
import ma.tanmia.indicator.SectorDeficits;
import ma.tanmia.program.Program;
import ma.tanmia.project.ProjectCatalog;
import ma.tanmia.project.ProjectCatalog.ProjectSummary;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The criteria other modules feed: the reduction of the social deficit from the diagnosis, citizen
 * support from the consultation. On a planner's demand, each candidate's figure is read — the mean
 * deficit (in % of the goal) of the indicators of its sector at its unit, the supports of the
 * proposals linked to it — and turned into a score of a synthetic evaluator ({@code @diagnosis},
 * {@code @consultation}) relative to the program's candidates: 10 × figure ÷ the largest figure
 * (all 0 when the largest is 0). The ranking then averages these like any evaluator's scores.
 */
@Service
class FedCriteria {

	static final String DIAGNOSIS = "@diagnosis";
	static final String CONSULTATION = "@consultation";

	/** A candidate's figure for a fed criterion and the score it gives. */
	record Figure(long projectId, String criterion, double raw, BigDecimal score, List<Map<String, Object>> details) {
	}

	private final JdbcClient jdbc;
	private final Prioritization prioritization;
	private final ProjectCatalog catalog;
	private final SectorDeficits deficits;
	private final ProjectSupports supports;
	private final JsonMapper json;
	private final ApplicationEventPublisher events;

	FedCriteria(JdbcClient jdbc, Prioritization prioritization, ProjectCatalog catalog, SectorDeficits deficits,
			ProjectSupports supports, JsonMapper json, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.prioritization = prioritization;
		this.catalog = catalog;
		this.deficits = deficits;
		this.supports = supports;
		this.json = json;
		this.events = events;
	}

	/** Reads the diagnosis and the consultation again and rewrites the fed scores of the program's candidates. */
	@Transactional
	public List<Figure> refresh(long programId) {
		Program program = prioritization.editable(programId);
		List<Criterion> criteria = prioritization.criteria(programId);
		List<ProjectSummary> candidates = catalog.candidates(programId);
		List<Figure> figures = new ArrayList<>();
		for (Criterion c : criteria) {
			if ("DIAGNOSIS".equals(c.fedBy())) {
				figures.addAll(normalized(c.code(), diagnosis(candidates)));
			}
			else if ("CONSULTATION".equals(c.fedBy())) {
				figures.addAll(normalized(c.code(), consultation(candidates)));
			}
		}
		Map<String, Object> before = new HashMap<>();
		before.put("figures", figures(programId).size());
		jdbc.sql("delete from prioritization_score where program_id = :p and evaluator in (:e)").param("p", programId)
			.param("e", List.of(DIAGNOSIS, CONSULTATION)).update();
		jdbc.sql("delete from prioritization_fed_figure where program_id = :p").param("p", programId).update();
		for (Figure f : figures) {
			String evaluator = criteria.stream().filter(c -> c.code().equals(f.criterion()))
				.map(c -> "DIAGNOSIS".equals(c.fedBy()) ? DIAGNOSIS : CONSULTATION).findFirst().orElseThrow();
			jdbc.sql("""
					insert into prioritization_score (program_id, project_id, criterion_code, evaluator, score)
					values (:p, :id, :c, :e, :s)
					""").param("p", programId).param("id", f.projectId()).param("c", f.criterion()).param("e", evaluator)
				.param("s", f.score()).update();
			jdbc.sql("""
					insert into prioritization_fed_figure (program_id, project_id, criterion_code, raw_value, score, details, refreshed_by)
					values (:p, :id, :c, :raw, :s, cast(:details as jsonb), :by)
					""").param("p", programId).param("id", f.projectId()).param("c", f.criterion()).param("raw", f.raw())
				.param("s", f.score()).param("details", json.writeValueAsString(f.details()))
				.param("by", Prioritization.currentUser()).update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		figures.forEach(f -> after.put(f.projectId() + "/" + f.criterion(), f.score()));
		events.publishEvent(EntityChanged.updated("PrioritizationFedScores", program.code(), program.code(), before, after));
		return figures;
	}

	/** The figures of the last refresh, by project id and criterion. */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, Figure>> figures(long programId) {
		prioritization.readable(programId);
		Map<Long, Map<String, Figure>> figures = new HashMap<>();
		jdbc.sql("select project_id, criterion_code, raw_value, score, details from prioritization_fed_figure where program_id = :p")
			.param("p", programId)
			.query((rs, n) -> new Figure(rs.getLong(1), rs.getString(2), rs.getDouble(3), rs.getBigDecimal(4),
					json.readValue(rs.getString(5), new TypeReference<List<Map<String, Object>>>() {
					})))
			.list().forEach(f -> figures.computeIfAbsent(f.projectId(), k -> new HashMap<>()).put(f.criterion(), f));
		return figures;
	}

	/**
	 * Each candidate with indicators of its sector at its unit: the mean of their deficits in % of the
	 * goal (a goal reached counts 0; an indicator whose goal is 0 is left out). A candidate without any
	 * such indicator gets no figure (the criterion stays unscored for it).
	 */
	private Map<Long, Figure> diagnosis(List<ProjectSummary> candidates) {
		Map<Long, Figure> raw = new LinkedHashMap<>();
		for (ProjectSummary p : candidates) {
			List<Map<String, Object>> details = new ArrayList<>();
			double sum = 0;
			int counted = 0;
			for (SectorDeficits.SectorDeficit d : deficits.ofUnit(p.territoryCode(), p.sectorCode())) {
				if (d.percentOfGoal() == null) {
					continue;
				}
				sum += d.percentOfGoal();
				counted++;
				Map<String, Object> detail = new LinkedHashMap<>();
				detail.put("indicator", d.indicatorCode());
				detail.put("name_ar", d.indicator().ar());
				detail.put("name_fr", d.indicator().fr());
				detail.put("year", d.year());
				detail.put("value", d.value());
				detail.put("goal", d.goal());
				detail.put("percent", d.percentOfGoal());
				details.add(detail);
			}
			if (counted > 0) {
				raw.put(p.id(), new Figure(p.id(), null, sum / counted, null, details));
			}
		}
		return raw;
	}

	/** Each candidate: the supports of the visible proposals linked to it (0 when there are none). */
	private Map<Long, Figure> consultation(List<ProjectSummary> candidates) {
		Map<String, ProjectSupports.Support> byCode = supports.of(candidates.stream().map(ProjectSummary::code).toList());
		Map<Long, Figure> raw = new LinkedHashMap<>();
		for (ProjectSummary p : candidates) {
			ProjectSupports.Support s = byCode.get(p.code());
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("proposals", s == null ? 0 : s.proposals());
			detail.put("supports", s == null ? 0 : s.supports());
			raw.put(p.id(), new Figure(p.id(), null, s == null ? 0 : s.supports(), null, List.of(detail)));
		}
		return raw;
	}

	/** 10 × figure ÷ the largest figure, to one decimal (0 for all when the largest is 0). */
	static List<Figure> normalized(String criterion, Map<Long, Figure> raw) {
		double max = raw.values().stream().mapToDouble(Figure::raw).max().orElse(0);
		List<Figure> figures = new ArrayList<>();
		raw.values().forEach(f -> figures.add(new Figure(f.projectId(), criterion, f.raw(),
				max <= 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(10 * f.raw() / max).setScale(1, RoundingMode.HALF_UP),
				f.details())));
		return figures;
	}
}

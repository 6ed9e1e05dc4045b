package ma.tanmia.prioritization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;
import ma.tanmia.project.ProjectCatalog;
import ma.tanmia.project.ProjectCatalog.ProjectSummary;
import ma.tanmia.shared.LocalizedName;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The prioritization of a program's candidates. Whoever sees the program sees its criteria and
 * ranking; its planners (or an administrator) set the weights, invite evaluators and edit horizons;
 * only invited evaluators score. Every change is audited.
 */
@Service
public class Prioritization {

	/** A candidate in the ranking, with its horizon (proposed, or set by a planner). */
	public record RankedCandidate(ProjectSummary project, int rank, BigDecimal total, Map<String, BigDecimal> means,
			Map<String, BigDecimal> contributions, int evaluators, List<String> missing, Horizon proposed,
			Horizon horizon) {

		public boolean horizonEdited() {
			return horizon != proposed;
		}
	}

	/** How the weights were set, with the AHP consistency when derived from comparisons. */
	public record Setup(String method, BigDecimal lambdaMax, BigDecimal consistencyRatio) {

		public boolean inconsistent() {
			return consistencyRatio != null && consistencyRatio.doubleValue() > Ahp.CONSISTENCY_LIMIT;
		}
	}

	private final JdbcClient jdbc;
	private final Programs programs;
	private final ProjectCatalog catalog;
	private final ApplicationEventPublisher events;
	private final UserDetailsService accounts;

	Prioritization(JdbcClient jdbc, Programs programs, ProjectCatalog catalog, ApplicationEventPublisher events,
			UserDetailsService accounts) {
		this.jdbc = jdbc;
		this.programs = programs;
		this.catalog = catalog;
		this.events = events;
		this.accounts = accounts;
	}

	Program readable(long programId) {
		Program program = programs.find(programId).orElseThrow(() -> new PrioritizationRefused("prioritization.program.unknown"));
		if (!programs.maySee(program)) {
			throw new AccessDeniedException("Program " + program.code() + " is outside the reader's scopes");
		}
		return program;
	}

	Program editable(long programId) {
		Program program = readable(programId);
		if (!programs.mayEdit(program)) {
			throw new AccessDeniedException("Program " + program.code() + " is outside the planner's scope");
		}
		return program;
	}

	public boolean mayEdit(Program program) {
		return programs.mayEdit(program);
	}

	/** The program's criteria; the standard ones, equally weighted, the first time anyone looks. */
	@Transactional
	public List<Criterion> criteria(long programId) {
		readable(programId);
		List<Criterion> criteria = load(programId);
		if (!criteria.isEmpty()) {
			return criteria;
		}
		BigDecimal equal = BigDecimal.ONE.divide(BigDecimal.valueOf(StandardCriteria.ALL.size()), 6, RoundingMode.HALF_UP);
		int position = 0;
		for (StandardCriteria.Definition d : StandardCriteria.ALL) {
			jdbc.sql("""
					insert into prioritization_criterion (program_id, code, name_ar, name_fr, weight, fed_by, position)
					values (:p, :code, :ar, :fr, :w, :fed, :pos) on conflict do nothing
					""")
				.param("p", programId).param("code", d.code()).param("ar", d.name().ar()).param("fr", d.name().fr())
				.param("w", equal).param("fed", d.fedBy()).param("pos", ++position).update();
		}
		jdbc.sql("insert into prioritization_setup (program_id) values (:p) on conflict do nothing").param("p", programId)
			.update();
		return load(programId);
	}

	private List<Criterion> load(long programId) {
		return jdbc.sql("""
				select code, name_ar, name_fr, weight, fed_by, position from prioritization_criterion
				where program_id = :p order by position
				""")
			.param("p", programId)
			.query((rs, n) -> new Criterion(rs.getString(1), new LocalizedName(rs.getString(2), rs.getString(3), null),
					rs.getBigDecimal(4), rs.getString(5), rs.getInt(6)))
			.list();
	}

	@Transactional(readOnly = true)
	public Setup setup(long programId) {
		readable(programId);
		return jdbc.sql("select weight_method, lambda_max, consistency_ratio from prioritization_setup where program_id = :p")
			.param("p", programId)
			.query((rs, n) -> new Setup(rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3)))
			.optional()
			.orElse(new Setup("DIRECT", null, null));
	}

	/** Weights set directly; they are normalized to sum 1. */
	@Transactional
	public void setWeights(long programId, Map<String, BigDecimal> weights) {
		Program program = editable(programId);
		List<Criterion> criteria = criteria(programId);
		Map<String, BigDecimal> normalized = normalize(criteria, weights);
		store(program, criteria, normalized, "DIRECT", null, null);
	}

	static Map<String, BigDecimal> normalize(List<Criterion> criteria, Map<String, BigDecimal> weights) {
		BigDecimal sum = BigDecimal.ZERO;
		for (Criterion c : criteria) {
			BigDecimal w = weights.get(c.code());
			if (w == null || w.signum() < 0) {
				throw new PrioritizationRefused("prioritization.weights.invalid", c.name().fr());
			}
			sum = sum.add(w);
		}
		if (sum.signum() == 0) {
			throw new PrioritizationRefused("prioritization.weights.zero");
		}
		Map<String, BigDecimal> normalized = new LinkedHashMap<>();
		for (Criterion c : criteria) {
			normalized.put(c.code(), weights.get(c.code()).divide(sum, 6, RoundingMode.HALF_UP));
		}
		return normalized;
	}

	/**
	 * Weights from pairwise comparisons: {@code upper} holds, for each pair "ROW|COL" (row before col
	 * in the criteria's order), how much more ROW matters than COL (1/9 … 9). The weights and the
	 * consistency ratio are stored even above 0.10; the page then warns.
	 */
	@Transactional
	public Setup compare(long programId, Map<String, BigDecimal> upper) {
		Program program = editable(programId);
		List<Criterion> criteria = criteria(programId);
		int n = criteria.size();
		double[][] matrix = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				BigDecimal v = upper.get(criteria.get(i).code() + "|" + criteria.get(j).code());
				if (v == null || v.doubleValue() < 1.0 / 9 - 1e-6 || v.doubleValue() > 9) {
					throw new PrioritizationRefused("prioritization.comparison.invalid", criteria.get(i).name().fr(),
							criteria.get(j).name().fr());
				}
				matrix[i][j] = v.doubleValue();
			}
		}
		Ahp ahp = Ahp.of(Ahp.reciprocal(matrix));
		jdbc.sql("delete from prioritization_comparison where program_id = :p").param("p", programId).update();
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				jdbc.sql("insert into prioritization_comparison (program_id, row_code, col_code, value) values (:p, :r, :c, :v)")
					.param("p", programId).param("r", criteria.get(i).code()).param("c", criteria.get(j).code())
					.param("v", BigDecimal.valueOf(matrix[i][j]).setScale(6, RoundingMode.HALF_UP)).update();
			}
		}
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		for (int i = 0; i < n; i++) {
			weights.put(criteria.get(i).code(), BigDecimal.valueOf(ahp.weights()[i]).setScale(6, RoundingMode.HALF_UP));
		}
		BigDecimal lambda = BigDecimal.valueOf(ahp.lambdaMax()).setScale(4, RoundingMode.HALF_UP);
		BigDecimal cr = BigDecimal.valueOf(ahp.consistencyRatio()).setScale(4, RoundingMode.HALF_UP);
		store(program, criteria, weights, "AHP", lambda, cr);
		return new Setup("AHP", lambda, cr);
	}

	/** The stored comparisons, "ROW|COL" → value. */
	@Transactional(readOnly = true)
	public Map<String, BigDecimal> comparisons(long programId) {
		readable(programId);
		Map<String, BigDecimal> values = new HashMap<>();
		jdbc.sql("select row_code, col_code, value from prioritization_comparison where program_id = :p")
			.param("p", programId)
			.query((rs, n) -> values.put(rs.getString(1) + "|" + rs.getString(2), rs.getBigDecimal(3)))
			.list();
		return values;
	}

	private void store(Program program, List<Criterion> criteria, Map<String, BigDecimal> weights, String method,
			BigDecimal lambda, BigDecimal cr) {
		Map<String, Object> before = new LinkedHashMap<>();
		criteria.forEach(c -> before.put(c.code(), c.weight()));
		Setup previous = setup(program.id());
		before.put("method", previous.method());
		for (var w : weights.entrySet()) {
			jdbc.sql("update prioritization_criterion set weight = :w where program_id = :p and code = :c")
				.param("w", w.getValue()).param("p", program.id()).param("c", w.getKey()).update();
		}
		jdbc.sql("""
				insert into prioritization_setup (program_id, weight_method, lambda_max, consistency_ratio) values (:p, :m, :l, :cr)
				on conflict (program_id) do update set weight_method = excluded.weight_method, lambda_max = excluded.lambda_max,
				    consistency_ratio = excluded.consistency_ratio, version = prioritization_setup.version + 1
				""").param("p", program.id()).param("m", method).param("l", lambda).param("cr", cr).update();
		Map<String, Object> after = new LinkedHashMap<>(weights);
		after.put("method", method);
		if (cr != null) {
			after.put("consistency_ratio", cr);
		}
		events.publishEvent(EntityChanged.updated("PrioritizationWeights", program.code(), method, before, after));
	}

	@Transactional(readOnly = true)
	public List<String> evaluators(long programId) {
		readable(programId);
		return jdbc.sql("select username from prioritization_evaluator where program_id = :p order by username")
			.param("p", programId).query(String.class).list();
	}

	@Transactional
	public void invite(long programId, String username) {
		Program program = editable(programId);
		String name;
		try {
			name = accounts.loadUserByUsername(username.strip()).getUsername();
		}
		catch (UsernameNotFoundException unknown) {
			throw new PrioritizationRefused("prioritization.evaluator.unknown", username);
		}
		int added = jdbc.sql("""
				insert into prioritization_evaluator (program_id, username, invited_by) values (:p, :u, :by)
				on conflict do nothing
				""").param("p", programId).param("u", name).param("by", currentUser()).update();
		if (added > 0) {
			events.publishEvent(EntityChanged.created("PrioritizationEvaluator", program.id() + "/" + name, name,
					Map.of("program", program.code(), "evaluator", name)));
		}
	}

	@Transactional(readOnly = true)
	public boolean isEvaluator(long programId) {
		return jdbc.sql("select count(*) from prioritization_evaluator where program_id = :p and username = :u")
			.param("p", programId).param("u", currentUser()).query(Long.class).single() > 0;
	}

	/** The signed-in evaluator's scores of one candidate, criterion → 0…10 (a blank leaves a criterion unscored). */
	@Transactional
	public void score(long programId, long projectId, Map<String, BigDecimal> scores) {
		Program program = readable(programId);
		if (!isEvaluator(programId)) {
			throw new AccessDeniedException("Not invited to score program " + program.code());
		}
		if (catalog.candidates(programId).stream().noneMatch(p -> p.id() == projectId)) {
			throw new PrioritizationRefused("prioritization.candidate.unknown");
		}
		List<Criterion> criteria = criteria(programId);
		String evaluator = currentUser();
		Map<String, Object> before = new LinkedHashMap<>();
		jdbc.sql("select criterion_code, score from prioritization_score where program_id = :p and project_id = :id and evaluator = :e")
			.param("p", programId).param("id", projectId).param("e", evaluator)
			.query((rs, n) -> before.put(rs.getString(1), rs.getBigDecimal(2))).list();
		Map<String, Object> after = new LinkedHashMap<>();
		for (Criterion c : criteria) {
			BigDecimal s = scores.get(c.code());
			if (s == null) {
				continue;
			}
			if (s.signum() < 0 || s.compareTo(BigDecimal.TEN) > 0) {
				throw new PrioritizationRefused("prioritization.score.range", c.name().fr());
			}
			jdbc.sql("""
					insert into prioritization_score (program_id, project_id, criterion_code, evaluator, score)
					values (:p, :id, :c, :e, :s)
					on conflict (program_id, project_id, criterion_code, evaluator) do update set score = excluded.score,
					    scored_at = now()
					""").param("p", programId).param("id", projectId).param("c", c.code()).param("e", evaluator)
				.param("s", s.setScale(1, RoundingMode.HALF_UP)).update();
			after.put(c.code(), s.setScale(1, RoundingMode.HALF_UP));
		}
		events.publishEvent(EntityChanged.updated("PrioritizationScore", program.id() + "/" + projectId + "/" + evaluator,
				evaluator, before, after));
	}

	/** The signed-in evaluator's own scores, project id → criterion → score. */
	@Transactional(readOnly = true)
	public Map<Long, Map<String, BigDecimal>> myScores(long programId) {
		Map<Long, Map<String, BigDecimal>> mine = new HashMap<>();
		jdbc.sql("select project_id, criterion_code, score from prioritization_score where program_id = :p and evaluator = :e")
			.param("p", programId).param("e", currentUser())
			.query((rs, n) -> mine.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3)))
			.list();
		return mine;
	}

	@Transactional
	public void setHorizon(long programId, long projectId, Horizon horizon) {
		Program program = editable(programId);
		if (catalog.candidates(programId).stream().noneMatch(p -> p.id() == projectId)) {
			throw new PrioritizationRefused("prioritization.candidate.unknown");
		}
		String before = jdbc.sql("select horizon from prioritization_horizon where program_id = :p and project_id = :id")
			.param("p", programId).param("id", projectId).query(String.class).optional().orElse(null);
		jdbc.sql("""
				insert into prioritization_horizon (program_id, project_id, horizon, set_by) values (:p, :id, :h, :by)
				on conflict (program_id, project_id) do update set horizon = excluded.horizon, set_by = excluded.set_by
				""").param("p", programId).param("id", projectId).param("h", horizon.name()).param("by", currentUser()).update();
		Map<String, Object> beforeValues = new HashMap<>();
		beforeValues.put("horizon", before);
		events.publishEvent(EntityChanged.updated("PrioritizationHorizon", program.id() + "/" + projectId, horizon.name(),
				beforeValues, Map.of("horizon", horizon.name())));
	}

	/** The ranking with the program's weights, or with other weights (a scenario's). */
	@Transactional
	public List<RankedCandidate> ranking(long programId, Map<String, BigDecimal> otherWeights) {
		List<Criterion> criteria = criteria(programId);
		Map<String, BigDecimal> weights = new LinkedHashMap<>();
		criteria.forEach(c -> weights.put(c.code(), otherWeights == null ? c.weight()
				: otherWeights.getOrDefault(c.code(), BigDecimal.ZERO)));
		List<ProjectSummary> candidates = catalog.candidates(programId);
		List<Ranking.Score> scores = jdbc.sql("""
				select project_id, criterion_code, evaluator, score from prioritization_score where program_id = :p
				""").param("p", programId)
			.query((rs, n) -> new Ranking.Score(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4)))
			.list();
		Map<Long, Horizon> edited = new HashMap<>();
		jdbc.sql("select project_id, horizon from prioritization_horizon where program_id = :p").param("p", programId)
			.query((rs, n) -> edited.put(rs.getLong(1), Horizon.valueOf(rs.getString(2)))).list();
		Map<Long, ProjectSummary> byId = new HashMap<>();
		candidates.forEach(c -> byId.put(c.id(), c));
		List<RankedCandidate> ranked = new ArrayList<>();
		for (Ranking.Ranked r : Ranking.rank(candidates.stream().map(ProjectSummary::id).toList(), weights, scores)) {
			ProjectSummary p = byId.get(r.projectId());
			Horizon proposed = Horizon.propose(p.landSecured(), p.studiesDone(), p.cost());
			ranked.add(new RankedCandidate(p, r.rank(), r.total(), r.means(), r.contributions(), r.evaluators(),
					r.missing(), proposed, edited.getOrDefault(p.id(), proposed)));
		}
		return ranked;
	}

	static String currentUser() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}

package ma.tanmia.ess;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import ma.tanmia.shared.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ESS dashboard of a territory: by area one level below it (provinces of a region, communes of a
 * province) and by value chain — cooperatives, members and women's share, financing requested,
 * approved and paid, labels active and expiring, trainings. Four grouped queries, each one range scan
 * of the territory-path index whatever the number of cooperatives (docs/ESS.md).
 */
@Service
@Transactional(readOnly = true)
class EssDashboard {

	/** The figures of one area and value chain (or of a total: area or chain null). */
	static final class Figures {

		long cooperatives, members, women, youth, applications, trainings, trainees, attended, labelsActive,
				labelsExpiring;
		BigDecimal requested = BigDecimal.ZERO, approved = BigDecimal.ZERO, paid = BigDecimal.ZERO;

		void add(Figures o) {
			cooperatives += o.cooperatives;
			members += o.members;
			women += o.women;
			youth += o.youth;
			applications += o.applications;
			trainings += o.trainings;
			trainees += o.trainees;
			attended += o.attended;
			labelsActive += o.labelsActive;
			labelsExpiring += o.labelsExpiring;
			requested = requested.add(o.requested);
			approved = approved.add(o.approved);
			paid = paid.add(o.paid);
		}

		/** Women among members, in percent; null without members. */
		public Double womenPct() {
			return members == 0 ? null : women * 100.0 / members;
		}

		public long getCooperatives() { return cooperatives; }
		public long getMembers() { return members; }
		public long getWomen() { return women; }
		public long getYouth() { return youth; }
		public long getApplications() { return applications; }
		public long getTrainings() { return trainings; }
		public long getTrainees() { return trainees; }
		public long getAttended() { return attended; }
		public long getLabelsActive() { return labelsActive; }
		public long getLabelsExpiring() { return labelsExpiring; }
		public BigDecimal getRequested() { return requested; }
		public BigDecimal getApproved() { return approved; }
		public BigDecimal getPaid() { return paid; }
	}

	/**
	 * @param areas the figures by area code ("" for what sits at the territory itself), trainings included
	 * @param chains the figures by value chain (no trainings: a training is not tied to a chain)
	 */
	record Board(String path, Map<String, Figures> areas, Map<ValueChain, Figures> chains, Figures total) {
	}

	private final JdbcClient jdbc;
	private final EssAccess access;

	EssDashboard(JdbcClient jdbc, EssAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	Board of(String path, int alertDays) {
		int segment = (int) path.chars().filter(c -> c == '/').count() + 1;
		String area = "split_part(%s, '/', " + segment + ")";
		Map<String, Map<ValueChain, Figures>> grid = new TreeMap<>();
		Map<String, Figures> trainingsByArea = new TreeMap<>();
		LocalDate today = CooperativeRegistry.today();

		Query cooperatives = query(path, "c.territory_path", "c.id");
		jdbc.sql("""
				select %s, c.value_chain, count(*), coalesce(sum(c.members_total), 0), coalesce(sum(c.members_women), 0),
				       coalesce(sum(c.members_youth), 0)
				from ess_cooperative c where %s group by 1, 2
				""".formatted(area.formatted("c.territory_path"), cooperatives.where)).params(cooperatives.parameters)
			.query(rs -> {
				Figures f = cell(grid, rs.getString(1), rs.getString(2));
				f.cooperatives += rs.getLong(3);
				f.members += rs.getLong(4);
				f.women += rs.getLong(5);
				f.youth += rs.getLong(6);
			});

		Query applications = query(path, "a.territory_path", "a.cooperative_id");
		jdbc.sql("""
				select %s, a.value_chain, count(*), coalesce(sum(a.requested), 0), coalesce(sum(a.approved), 0),
				       coalesce(sum(a.paid), 0)
				from ess_application a where %s group by 1, 2
				""".formatted(area.formatted("a.territory_path"), applications.where)).params(applications.parameters)
			.query(rs -> {
				Figures f = cell(grid, rs.getString(1), rs.getString(2));
				f.applications += rs.getLong(3);
				f.requested = f.requested.add(rs.getBigDecimal(4));
				f.approved = f.approved.add(rs.getBigDecimal(5));
				f.paid = f.paid.add(rs.getBigDecimal(6));
			});

		Query labels = query(path, "c.territory_path", "c.id");
		// Driven from the region's cooperatives, each one's labels by index (not every label hashed).
		jdbc.sql("""
				select %s, c.value_chain, coalesce(sum(x.active), 0), coalesce(sum(x.expiring), 0)
				from ess_cooperative c cross join lateral (
				    select count(*) filter (where l.valid_from <= :today and l.valid_until >= :today) as active,
				           count(*) filter (where l.valid_from <= :today and l.valid_until >= :today
				                            and l.valid_until <= :until) as expiring
				    from ess_label l where l.cooperative_id = c.id) x
				where %s group by 1, 2
				""".formatted(area.formatted("c.territory_path"), labels.where)).params(labels.parameters)
			.param("today", today).param("until", today.plusDays(alertDays))
			.query(rs -> {
				Figures f = cell(grid, rs.getString(1), rs.getString(2));
				f.labelsActive += rs.getLong(3);
				f.labelsExpiring += rs.getLong(4);
			});

		ScopeFilter within = ScopeFilter.within(path, "t.territory_path", "unit");
		ScopeFilter readable = ScopeFilter.overlapping(EssAccess.readingScopes(ma.tanmia.shared.Authorizations.current()),
				"t.territory_path");
		Map<String, Object> parameters = new LinkedHashMap<>(within.parameters());
		parameters.putAll(readable.parameters());
		jdbc.sql("""
				select %s, count(distinct t.id), coalesce(sum(p.registered), 0), coalesce(sum(p.attended), 0)
				from ess_training t left join ess_training_participant p on p.training_id = t.id
				where %s and %s group by 1
				""".formatted(area.formatted("t.territory_path"), within.sql(), readable.sql())).params(parameters)
			.query(rs -> {
				Figures f = trainingsByArea.computeIfAbsent(rs.getString(1), k -> new Figures());
				f.trainings += rs.getLong(2);
				f.trainees += rs.getLong(3);
				f.attended += rs.getLong(4);
			});

		Map<String, Figures> areas = new TreeMap<>();
		Map<ValueChain, Figures> chains = new TreeMap<>(Comparator.comparing(ValueChain::ordinal));
		Figures total = new Figures();
		grid.forEach((code, byChain) -> byChain.forEach((chain, f) -> {
			areas.computeIfAbsent(code, k -> new Figures()).add(f);
			chains.computeIfAbsent(chain, k -> new Figures()).add(f);
			total.add(f);
		}));
		trainingsByArea.forEach((code, f) -> {
			areas.computeIfAbsent(code, k -> new Figures()).add(f);
			total.add(f);
		});
		return new Board(path, areas, chains, total);
	}

	private record Query(String where, Map<String, Object> parameters) {
	}

	private Query query(String path, String pathColumn, String cooperativeColumn) {
		ScopeFilter within = ScopeFilter.within(path, pathColumn, "unit");
		ScopeFilter visible = access.visible(pathColumn, cooperativeColumn);
		Map<String, Object> parameters = new LinkedHashMap<>(within.parameters());
		parameters.putAll(visible.parameters());
		return new Query(within.sql() + " and " + visible.sql(), parameters);
	}

	private static Figures cell(Map<String, Map<ValueChain, Figures>> grid, String area, String chain) {
		return grid.computeIfAbsent(area == null ? "" : area, k -> new TreeMap<>(Comparator.comparing(ValueChain::ordinal)))
			.computeIfAbsent(ValueChain.valueOf(chain), k -> new Figures());
	}

	/** Area codes of a board, for naming them in one call to the territory API. */
	static List<String> areaCodes(Board board) {
		return new ArrayList<>(board.areas().keySet().stream().filter(c -> !c.isEmpty()).toList());
	}
}

package ma.tanmia.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import ma.tanmia.shared.LocalizedName;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What happened to one project: financial events, progress reports, blockings. */
@Service
@Transactional(readOnly = true)
class ProjectHistory {

	static final int PROGRESS_SHOWN = 100;

	record FinancialEvent(LocalDate occurredOn, String kind, String sourceCode, LocalizedName source, BigDecimal amount,
			String reference, String recordedBy) {
	}

	record ProgressReport(LocalDate recordedOn, String recordedBy, OffsetDateTime recordedAt, ProjectStatus status,
			BigDecimal physicalProgress, String comment) {
	}

	record Blocking(long id, String causeCode, LocalizedName cause, String familyCode, LocalizedName family,
			LocalDate startedOn, LocalDate endedOn, String description, String resolution) {
	}

	private final JdbcClient jdbc;

	ProjectHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<FinancialEvent> finance(long projectId) {
		return jdbc.sql("""
				select e.occurred_on, e.kind, e.source_code, s.name_ar, s.name_fr, e.amount, e.reference, e.recorded_by
				from project_financial_event e join funding_source s on s.code = e.source_code
				where e.project_id = :id order by e.occurred_on, e.id
				""").param("id", projectId)
			.query((rs, n) -> new FinancialEvent(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					new LocalizedName(rs.getString(4), rs.getString(5), null), rs.getBigDecimal(6), rs.getString(7),
					rs.getString(8)))
			.list();
	}

	List<ProgressReport> progress(long projectId) {
		return jdbc.sql("""
				select recorded_on, recorded_by, recorded_at, status, physical_progress, comment
				from project_progress where project_id = :id order by recorded_on desc, id desc limit :limit
				""").param("id", projectId).param("limit", PROGRESS_SHOWN)
			.query((rs, n) -> new ProgressReport(rs.getObject(1, LocalDate.class), rs.getString(2),
					rs.getObject(3, OffsetDateTime.class), ProjectStatus.valueOf(rs.getString(4)), rs.getBigDecimal(5),
					rs.getString(6)))
			.list();
	}

	List<Blocking> blockings(long projectId) {
		return jdbc.sql("""
				select b.id, b.cause_code, c.name_ar, c.name_fr, f.code, f.name_ar, f.name_fr, b.started_on, b.ended_on,
				       b.description, b.resolution
				from project_blocking b join blocking_cause c on c.code = b.cause_code
				join blocking_cause_family f on f.code = c.family_code
				where b.project_id = :id order by b.started_on, b.id
				""").param("id", projectId)
			.query((rs, n) -> new Blocking(rs.getLong(1), rs.getString(2),
					new LocalizedName(rs.getString(3), rs.getString(4), null), rs.getString(5),
					new LocalizedName(rs.getString(6), rs.getString(7), null), rs.getObject(8, LocalDate.class),
					rs.getObject(9, LocalDate.class), rs.getString(10), rs.getString(11)))
			.list();
	}

	record Action(long id, LocalizedName title, LocalDate plannedEnd, LocalDate doneOn) {

		public boolean late() {
			return doneOn == null && plannedEnd != null && plannedEnd.isBefore(LocalDate.now());
		}
	}

	List<Action> actions(long projectId) {
		return jdbc.sql("""
				select id, title_ar, title_fr, planned_end, done_on from project_action
				where project_id = :id order by position, id
				""").param("id", projectId)
			.query((rs, n) -> new Action(rs.getLong(1), new LocalizedName(rs.getString(2), rs.getString(3), null),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
			.list();
	}

	/** Projects carried over from this one into a later mandate, and the one it was carried from. */
	List<String> carriedInto(long projectId) {
		return jdbc.sql("select code from project where carried_from = :id order by code").param("id", projectId)
			.query(String.class).list();
	}

	String code(long projectId) {
		return jdbc.sql("select code from project where id = :id").param("id", projectId).query(String.class)
			.optional().orElse(null);
	}

	record NodeSummary(Long nodeId, long projects, BigDecimal cost, BigDecimal weightedProgress, long completed) {
	}

	/** Project counts, cost and cost-weighted progress by axis/sub-program of one program. */
	List<NodeSummary> byNode(long programId, List<String> scopes) {
		var scope = ma.tanmia.shared.ScopeFilter.overlapping(scopes, "p.territory_path");
		return jdbc.sql("""
				select p.node_id, count(*), sum(p.cost),
				       case when sum(p.cost) > 0 then sum(p.cost * p.physical_progress) / sum(p.cost) else 0 end,
				       count(*) filter (where p.status = 'COMPLETED')
				from project p where p.program_id = :program and """ + scope.sql() + " group by p.node_id")
			.params(scope.parameters()).param("program", programId)
			.query((rs, n) -> new NodeSummary((Long) rs.getObject(1), rs.getLong(2), rs.getBigDecimal(3),
					rs.getBigDecimal(4), rs.getLong(5)))
			.list();
	}
}

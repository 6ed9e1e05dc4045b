package ma.tanmia.consultation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.project.ProjectQueries;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proposals from signed-in citizens and organizations. One support per account (the table's key
 * says so); a moderator hides a proposal with a reason the author sees; the collectivity's planner
 * (or the governor's office) answers it — under study, accepted and carried by a project, or
 * rejected with a reason — and every answer is kept.
 */
@Service
public class Proposals {

	static final String SELECT = """
			select id, author, title, body, category, territory_code, territory_path, latitude, longitude, status, hidden,
			       hidden_reason, project_code, priority_program_id, priority_node_id, merged_into, supports, demonstration,
			       created_at, version
			from proposal p
			""";

	/** How many proposals beyond the current page are counted, at most. */
	static final int COUNT_AHEAD = 1000;

	/** A proposal received an official answer (its author and supporters are told). */
	record ProposalAnswered(long id, String title, String author, ProposalStatus status) {
	}

	record Answer(ProposalStatus status, String text, String projectCode, Long priorityProgramId, Long priorityNodeId,
			String answeredBy, OffsetDateTime answeredAt) {
	}

	private final JdbcClient jdbc;
	private final Territories territories;
	private final ProjectQueries projects;
	private final Priorities priorities;
	private final RateLimits limits;
	private final ApplicationEventPublisher events;

	Proposals(JdbcClient jdbc, Territories territories, ProjectQueries projects, Priorities priorities, RateLimits limits,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.projects = projects;
		this.priorities = priorities;
		this.limits = limits;
		this.events = events;
	}

	@Transactional
	public long submit(String author, String title, String body, ProposalCategory category, String territoryCode,
			BigDecimal latitude, BigDecimal longitude, boolean demonstration) {
		String cleanTitle = Meetings.blankToNull(title);
		String cleanBody = Meetings.blankToNull(body);
		if (cleanTitle == null || cleanBody == null || category == null || Meetings.blankToNull(territoryCode) == null) {
			throw new ConsultationRefused("consultation.proposal.required");
		}
		if (cleanTitle.length() > 200 || cleanBody.length() > 10_000) {
			throw new ConsultationRefused("consultation.proposal.tooLong");
		}
		if ((latitude == null) != (longitude == null) || latitude != null && (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
				|| longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0)) {
			throw new ConsultationRefused("consultation.proposal.location");
		}
		String path = territories.pathOf(territoryCode.strip())
			.orElseThrow(() -> new ConsultationRefused("consultation.territory.unknown"));
		limits.check(RateLimits.Kind.PROPOSAL, author);
		long id = jdbc.sql("""
				insert into proposal (author, title, body, category, territory_code, territory_path, latitude, longitude, demonstration)
				values (:author, :title, :body, :category, :territory, :path, :lat, :lon, :demo) returning id
				""")
			.param("author", author).param("title", cleanTitle).param("body", cleanBody).param("category", category.name())
			.param("territory", territoryCode.strip()).param("path", path).param("lat", latitude).param("lon", longitude)
			.param("demo", demonstration).query(Long.class).single();
		events.publishEvent(EntityChanged.created("Proposal", String.valueOf(id), cleanTitle, state(find(id).orElseThrow())));
		return id;
	}

	/** One support per account: a second one is refused, and the count stays right. */
	@Transactional
	public void support(long id, String account) {
		Proposal proposal = find(id).orElseThrow(() -> new ConsultationNotFound("proposal " + id));
		if (proposal.hidden() || proposal.status() == ProposalStatus.MERGED) {
			throw new ConsultationRefused("consultation.support.closed");
		}
		int inserted = jdbc.sql("insert into proposal_support (proposal_id, account) values (:id, :a) on conflict do nothing")
			.param("id", id).param("a", account).update();
		if (inserted == 0) {
			throw new ConsultationRefused("consultation.support.already");
		}
		jdbc.sql("update proposal set supports = supports + 1 where id = :id").param("id", id).update();
		events.publishEvent(EntityChanged.created("ProposalSupport", id + "#" + account, proposal.title(), Map.of("proposal", id)));
	}

	@Transactional
	void hide(long id, String reason) {
		Proposal proposal = moderated(id);
		if (Meetings.blankToNull(reason) == null) {
			throw new ConsultationRefused("consultation.hide.reason");
		}
		jdbc.sql("update proposal set hidden = true, hidden_reason = :r, version = version + 1 where id = :id")
			.param("r", reason.strip()).param("id", id).update();
		jdbc.sql("update abuse_report set resolved = true where proposal_id = :id").param("id", id).update();
		events.publishEvent(EntityChanged.updated("Proposal", String.valueOf(id), proposal.title(), state(proposal),
				state(find(id).orElseThrow())));
	}

	@Transactional
	void restore(long id) {
		Proposal proposal = moderated(id);
		jdbc.sql("update proposal set hidden = false, hidden_reason = null, version = version + 1 where id = :id")
			.param("id", id).update();
		events.publishEvent(EntityChanged.updated("Proposal", String.valueOf(id), proposal.title(), state(proposal),
				state(find(id).orElseThrow())));
	}

	@Transactional
	void report(long id, String reporter, String reason) {
		find(id).orElseThrow(() -> new ConsultationNotFound("proposal " + id));
		if (Meetings.blankToNull(reason) == null) {
			throw new ConsultationRefused("consultation.report.reason");
		}
		int inserted = jdbc.sql("insert into abuse_report (proposal_id, reporter, reason) values (:p, :r, :why) on conflict do nothing")
			.param("p", id).param("r", reporter).param("why", reason.strip()).update();
		if (inserted == 0) {
			throw new ConsultationRefused("consultation.report.already");
		}
		events.publishEvent(EntityChanged.created("AbuseReport", "proposal#" + id, reason.strip(), Map.of("proposal", id)));
	}

	/**
	 * The official answer. Accepted needs what carries the proposal: a priority (an axis or sub-program
	 * of a program covering the proposal's territory), a project, or both; rejected needs a reason.
	 */
	@Transactional
	public void answer(long id, long expectedVersion, ProposalStatus status, String text, String projectCode,
			Long priorityNodeId, String by) {
		Proposal proposal = find(id).orElseThrow(() -> new ConsultationNotFound("proposal " + id));
		if (!mayAnswer(proposal.territoryPath())) {
			throw new AccessDeniedException("Proposal outside the answerer's scope");
		}
		if (status == null || !ProposalStatus.ANSWERS.contains(status)) {
			throw new ConsultationRefused("consultation.answer.status");
		}
		String reason = Meetings.blankToNull(text);
		if (reason == null) {
			throw new ConsultationRefused("consultation.answer.text");
		}
		String code = Meetings.blankToNull(projectCode);
		if (status == ProposalStatus.ACCEPTED && code == null && priorityNodeId == null) {
			throw new ConsultationRefused("consultation.answer.project");
		}
		if (code != null && projects.progressOf(List.of(code)).isEmpty()) {
			throw new ConsultationRefused("consultation.project.unknown");
		}
		Long programId = priorityNodeId == null ? null : priorities.check(priorityNodeId, proposal.territoryPath()).id();
		boolean accepted = status == ProposalStatus.ACCEPTED;
		int updated = jdbc.sql("""
				update proposal set status = :s, project_code = :code, priority_program_id = :program,
				       priority_node_id = :node, version = version + 1
				where id = :id and version = :v
				""").param("s", status.name()).param("code", accepted ? code : null)
			.param("program", accepted ? programId : null).param("node", accepted ? priorityNodeId : null).param("id", id)
			.param("v", expectedVersion).update();
		if (updated == 0) {
			throw new ConsultationRefused("consultation.conflict");
		}
		jdbc.sql("""
				insert into proposal_answer (proposal_id, status, text, project_code, priority_program_id, priority_node_id,
				                             answered_by)
				values (:id, :s, :t, :code, :program, :node, :by)
				""").param("id", id).param("s", status.name()).param("t", reason).param("code", code).param("program", programId)
			.param("node", priorityNodeId).param("by", by).update();
		events.publishEvent(EntityChanged.updated("Proposal", String.valueOf(id), proposal.title(), state(proposal),
				state(find(id).orElseThrow())));
		events.publishEvent(new ProposalAnswered(id, proposal.title(), proposal.author(), status));
	}

	/** Merges a duplicate into the proposal it repeats: its supports move over (still one per account). */
	@Transactional
	void merge(long duplicateId, long intoId) {
		if (duplicateId == intoId) {
			throw new ConsultationRefused("consultation.merge.same");
		}
		Proposal duplicate = moderated(duplicateId);
		Proposal into = moderated(intoId);
		if (into.status() == ProposalStatus.MERGED || duplicate.status() == ProposalStatus.MERGED) {
			throw new ConsultationRefused("consultation.merge.merged");
		}
		jdbc.sql("""
				insert into proposal_support (proposal_id, account, supported_at)
				select :into, account, supported_at from proposal_support where proposal_id = :dup on conflict do nothing
				""").param("into", intoId).param("dup", duplicateId).update();
		jdbc.sql("update proposal set supports = (select count(*) from proposal_support where proposal_id = :id), version = version + 1 where id = :id")
			.param("id", intoId).update();
		jdbc.sql("update proposal set status = 'MERGED', merged_into = :into, version = version + 1 where id = :id")
			.param("into", intoId).param("id", duplicateId).update();
		events.publishEvent(EntityChanged.updated("Proposal", String.valueOf(duplicateId), duplicate.title(),
				state(duplicate), state(find(duplicateId).orElseThrow())));
	}

	// ---- reading -------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Optional<Proposal> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Proposals::row).optional();
	}

	/** Visible proposals of a territory (subtree and containing units), newest first; two queries a page. */
	@Transactional(readOnly = true)
	Page<Proposal> page(String territoryPath, ProposalStatus status, int page, int size) {
		PageRequest request = TerritoryScope.page(page, size);
		ScopeFilter where = visible(territoryPath, status);
		List<Proposal> rows = jdbc.sql(PAGE_ROWS.formatted(where.sql())).params(where.parameters())
			.param("l", request.getPageSize()).param("o", request.getOffset()).query(Proposals::row).list();
		// Counted up to a few pages beyond this one: a list of 100,000 proposals is not counted to the end
		// at every page view (the page says "more than" when the count stops).
		long total = jdbc.sql(PAGE_COUNT.formatted(where.sql())).params(where.parameters())
			.param("cap", request.getOffset() + COUNT_AHEAD + 1).query(Long.class).single();
		return new PageImpl<>(rows, request, total);
	}

	/** The rows of a page ({@code :l}, {@code :o}) and its capped count ({@code :cap}); the bench runs them as they are. */
	static final String PAGE_ROWS = SELECT + " where %s order by p.created_at desc, p.id desc limit :l offset :o";

	static final String PAGE_COUNT = "select count(*) from (select 1 from proposal p where %s limit :cap) c";

	/** The proposals a reader sees in a territory's list: not hidden, of that status when one is chosen. */
	static ScopeFilter visible(String territoryPath, ProposalStatus status) {
		ScopeFilter where = TerritoryScope.around(territoryPath, "p.territory_path");
		Map<String, Object> parameters = new LinkedHashMap<>(where.parameters());
		parameters.put("status", status == null ? null : status.name());
		return new ScopeFilter(where.sql() + " and not p.hidden and (cast(:status as text) is null or p.status = :status)",
				parameters);
	}

	/** How many map markers one answer carries at most: the largest clusters first. */
	static final int MAP_MARKERS = 500;

	/**
	 * A marker of the map of located proposals: one proposal ({@code count} 1, its id and title) or a
	 * cluster of {@code count} proposals around their mean position.
	 */
	record Marker(double lat, double lon, long count, Long id, String title) {
	}

	/** A map's visible area, in degrees. */
	record Box(double south, double west, double north, double east) {
	}

	/**
	 * The located, visible proposals of a territory (as the list shows them), clustered on a grid of
	 * {@code cell} degrees (0: no clustering), within {@code box} when given, at most
	 * {@link #MAP_MARKERS} markers; one query, an index-only scan of {@code proposal_located_idx} (the
	 * box) or of {@code proposal_located_territory_idx} (a territory's subtree), then a hash aggregate.
	 */
	@Transactional(readOnly = true)
	List<Marker> located(String territoryPath, ProposalStatus status, Box box, double cell) {
		ScopeFilter where = located(visible(territoryPath, status), box, cell);
		return jdbc.sql(LOCATED.formatted(where.sql(), cell > 0 ? LOCATED_CELL : "p.id")).params(where.parameters())
			.query((rs, n) -> new Marker(rs.getDouble(1), rs.getDouble(2), rs.getLong(3),
					rs.getLong(3) == 1 ? rs.getLong(4) : null, rs.getString(5))).list();
	}

	/** The map's statement: the condition, then the grouping ({@link #LOCATED_CELL} or one row a proposal). */
	static final String LOCATED = """
			select avg(p.latitude), avg(p.longitude), count(*), min(p.id), case when count(*) = 1 then min(p.title) end
			from proposal p where %s
			group by %s order by count(*) desc, min(p.id) limit :markers
			""";

	static final String LOCATED_CELL = "round(p.latitude / :cell), round(p.longitude / :cell)";

	/** The list's condition narrowed to located proposals in the box, with the map's parameters. */
	static ScopeFilter located(ScopeFilter visible, Box box, double cell) {
		Map<String, Object> parameters = new LinkedHashMap<>(visible.parameters());
		parameters.put("markers", MAP_MARKERS);
		String sql = visible.sql() + " and p.latitude is not null";
		if (cell > 0) {
			parameters.put("cell", cell);
		}
		if (box != null) {
			sql += " and p.latitude between :south and :north and p.longitude between :west and :east";
			// Bound as numerics, the column's type: compared as doubles the index on latitude could not serve.
			parameters.put("south", BigDecimal.valueOf(box.south()));
			parameters.put("north", BigDecimal.valueOf(box.north()));
			parameters.put("west", BigDecimal.valueOf(box.west()));
			parameters.put("east", BigDecimal.valueOf(box.east()));
		}
		return new ScopeFilter(sql, parameters);
	}

	/** An author's own located proposals that are not hidden, for the map beside their list. */
	@Transactional(readOnly = true)
	List<Marker> locatedOf(String author) {
		return jdbc.sql("""
				select latitude, longitude, 1, id, title from proposal
				where author = :a and latitude is not null and not hidden order by created_at desc limit :markers
				""").param("a", author).param("markers", MAP_MARKERS)
			.query((rs, n) -> new Marker(rs.getDouble(1), rs.getDouble(2), 1, rs.getLong(4), rs.getString(5))).list();
	}

	@Transactional(readOnly = true)
	List<Proposal> byAuthor(String author) {
		return jdbc.sql(SELECT + " where author = :a order by created_at desc limit 200").param("a", author)
			.query(Proposals::row).list();
	}

	/**
	 * Visible proposals a project carries, and those retained for the priority it is carried under
	 * ({@code nodeIds}: its axis or sub-program) without naming a project; the most supported first.
	 */
	@Transactional(readOnly = true)
	List<Proposal> carriedBy(String projectCode, java.util.Collection<Long> nodeIds) {
		return jdbc.sql(SELECT + """
				 where (project_code = :c or (project_code is null and priority_node_id in (:nodes))) and not hidden
				order by project_code is null, supports desc, id limit 100
				""").param("c", projectCode).param("nodes", nodeIds.isEmpty() ? List.of(-1L) : nodeIds)
			.query(Proposals::row).list();
	}

	@Transactional(readOnly = true)
	List<Answer> answers(long id) {
		return jdbc.sql("""
				select status, text, project_code, priority_program_id, priority_node_id, answered_by, answered_at
				from proposal_answer where proposal_id = :id order by id
				""").param("id", id)
			.query((rs, n) -> new Answer(ProposalStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					(Long) rs.getObject(4), (Long) rs.getObject(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class)))
			.list();
	}

	@Transactional(readOnly = true)
	boolean supportedBy(long id, String account) {
		return account != null && jdbc.sql("select count(*) from proposal_support where proposal_id = :id and account = :a")
			.param("id", id).param("a", account).query(Long.class).single() > 0;
	}

	static boolean mayAnswer(String path) {
		return Authorizations.current().canActOn(path, Role.ADMINISTRATOR, Role.PLANNER, Role.GOVERNOR_OFFICE);
	}

	static boolean mayModerate(String path) {
		return Authorizations.current().canActOn(path, Role.ADMINISTRATOR, Role.MODERATOR);
	}

	private Proposal moderated(long id) {
		Proposal proposal = find(id).orElseThrow(() -> new ConsultationNotFound("proposal " + id));
		if (!mayModerate(proposal.territoryPath())) {
			throw new AccessDeniedException("Proposal outside the moderator's scope");
		}
		return proposal;
	}

	static Map<String, Object> state(Proposal p) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("title", p.title());
		s.put("category", p.category().name());
		s.put("territory", p.territoryCode());
		s.put("status", p.status().name());
		s.put("hidden", p.hidden());
		s.put("hidden_reason", p.hiddenReason());
		s.put("project_code", p.projectCode());
		s.put("priority_node_id", p.priorityNodeId());
		s.put("merged_into", p.mergedInto());
		return s;
	}

	static Proposal row(ResultSet rs, int n) throws SQLException {
		return new Proposal(rs.getLong("id"), rs.getString("author"), rs.getString("title"), rs.getString("body"),
				ProposalCategory.valueOf(rs.getString("category")), rs.getString("territory_code"),
				rs.getString("territory_path"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
				ProposalStatus.valueOf(rs.getString("status")), rs.getBoolean("hidden"), rs.getString("hidden_reason"),
				rs.getString("project_code"), (Long) rs.getObject("priority_program_id"), (Long) rs.getObject("priority_node_id"),
				(Long) rs.getObject("merged_into"), rs.getInt("supports"),
				rs.getBoolean("demonstration"), rs.getObject("created_at", OffsetDateTime.class), rs.getLong("version"));
	}
}

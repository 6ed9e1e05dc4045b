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
			       hidden_reason, project_code, merged_into, supports, demonstration, created_at, version
			from proposal p
			""";

	/** How many proposals beyond the current page are counted, at most. */
	static final int COUNT_AHEAD = 1000;

	/** A proposal received an official answer (its author and supporters are told). */
	record ProposalAnswered(long id, String title, String author, ProposalStatus status) {
	}

	record Answer(ProposalStatus status, String text, String projectCode, String answeredBy, OffsetDateTime answeredAt) {
	}

	private final JdbcClient jdbc;
	private final Territories territories;
	private final ProjectQueries projects;
	private final RateLimits limits;
	private final ApplicationEventPublisher events;

	Proposals(JdbcClient jdbc, Territories territories, ProjectQueries projects, RateLimits limits,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.projects = projects;
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

	/** The official answer; accepted needs the project that carries the proposal, rejected needs a reason. */
	@Transactional
	public void answer(long id, long expectedVersion, ProposalStatus status, String text, String projectCode, String by) {
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
		if (status == ProposalStatus.ACCEPTED && code == null) {
			throw new ConsultationRefused("consultation.answer.project");
		}
		if (code != null && projects.progressOf(List.of(code)).isEmpty()) {
			throw new ConsultationRefused("consultation.project.unknown");
		}
		int updated = jdbc.sql("""
				update proposal set status = :s, project_code = :code, version = version + 1 where id = :id and version = :v
				""").param("s", status.name()).param("code", status == ProposalStatus.ACCEPTED ? code : null).param("id", id)
			.param("v", expectedVersion).update();
		if (updated == 0) {
			throw new ConsultationRefused("consultation.conflict");
		}
		jdbc.sql("""
				insert into proposal_answer (proposal_id, status, text, project_code, answered_by) values (:id, :s, :t, :code, :by)
				""").param("id", id).param("s", status.name()).param("t", reason).param("code", code).param("by", by).update();
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

	@Transactional(readOnly = true)
	List<Proposal> byAuthor(String author) {
		return jdbc.sql(SELECT + " where author = :a order by created_at desc limit 200").param("a", author)
			.query(Proposals::row).list();
	}

	@Transactional(readOnly = true)
	List<Proposal> carriedBy(String projectCode) {
		return jdbc.sql(SELECT + " where project_code = :c and not hidden order by id").param("c", projectCode)
			.query(Proposals::row).list();
	}

	@Transactional(readOnly = true)
	List<Answer> answers(long id) {
		return jdbc.sql("""
				select status, text, project_code, answered_by, answered_at from proposal_answer where proposal_id = :id order by id
				""").param("id", id)
			.query((rs, n) -> new Answer(ProposalStatus.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getObject(5, OffsetDateTime.class)))
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
		s.put("merged_into", p.mergedInto());
		return s;
	}

	static Proposal row(ResultSet rs, int n) throws SQLException {
		return new Proposal(rs.getLong("id"), rs.getString("author"), rs.getString("title"), rs.getString("body"),
				ProposalCategory.valueOf(rs.getString("category")), rs.getString("territory_code"),
				rs.getString("territory_path"), rs.getBigDecimal("latitude"), rs.getBigDecimal("longitude"),
				ProposalStatus.valueOf(rs.getString("status")), rs.getBoolean("hidden"), rs.getString("hidden_reason"),
				rs.getString("project_code"), (Long) rs.getObject("merged_into"), rs.getInt("supports"),
				rs.getBoolean("demonstration"), rs.getObject("created_at", OffsetDateTime.class), rs.getLong("version"));
	}
}

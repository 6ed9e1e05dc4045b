package ma.tanmia.consultation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopeFilter;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Petitions to a council. Signatures are collected while the petition is submitted (one per
 * account); the council's services (a planner or the governor's office over its territory) declare
 * it admissible — only once the threshold of its kind of collectivity is reached — or inadmissible
 * with a reason, put it on the council's agenda, and record the answer.
 */
@Service
public class Petitions {

	static final String SELECT = """
			select id, author, title, body, council_code, council_level, territory_path, status, reason, answer, signatures,
			       meeting_id, demonstration, created_at, version
			from petition p
			""";

	private final JdbcClient jdbc;
	private final Territories territories;
	private final RateLimits limits;
	private final Meetings meetings;
	private final ApplicationEventPublisher events;

	/** A threshold band: from this many inhabitants of the council's territory, this many signatures. */
	record Threshold(String level, int fromInhabitants, int signatures) {
	}

	Petitions(JdbcClient jdbc, Territories territories, RateLimits limits, Meetings meetings,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.meetings = meetings;
		this.territories = territories;
		this.limits = limits;
		this.events = events;
	}

	@Transactional
	public long submit(String author, String title, String body, String councilCode, boolean demonstration) {
		String cleanTitle = Meetings.blankToNull(title);
		String cleanBody = Meetings.blankToNull(body);
		if (cleanTitle == null || cleanBody == null || Meetings.blankToNull(councilCode) == null) {
			throw new ConsultationRefused("consultation.petition.required");
		}
		if (cleanTitle.length() > 200 || cleanBody.length() > 10_000) {
			throw new ConsultationRefused("consultation.proposal.tooLong");
		}
		Territory council = territories.find(councilCode.strip())
			.orElseThrow(() -> new ConsultationRefused("consultation.territory.unknown"));
		if (council.level() == TerritoryLevel.COUNTRY) {
			throw new ConsultationRefused("consultation.petition.council");
		}
		limits.check(RateLimits.Kind.PETITION, author);
		long id = jdbc.sql("""
				insert into petition (author, title, body, council_code, council_level, territory_path, demonstration)
				values (:a, :t, :b, :c, :l, :p, :d) returning id
				""").param("a", author).param("t", cleanTitle).param("b", cleanBody).param("c", council.code())
			.param("l", council.level().name()).param("p", council.path()).param("d", demonstration)
			.query(Long.class).single();
		events.publishEvent(EntityChanged.created("Petition", String.valueOf(id), cleanTitle, state(find(id).orElseThrow())));
		return id;
	}

	@Transactional
	public void sign(long id, String account) {
		Petition petition = find(id).orElseThrow(() -> new ConsultationNotFound("petition " + id));
		if (petition.status() != PetitionStatus.SUBMITTED) {
			throw new ConsultationRefused("consultation.signature.closed");
		}
		int inserted = jdbc.sql("insert into petition_signature (petition_id, account) values (:id, :a) on conflict do nothing")
			.param("id", id).param("a", account).update();
		if (inserted == 0) {
			throw new ConsultationRefused("consultation.signature.already");
		}
		jdbc.sql("update petition set signatures = signatures + 1 where id = :id").param("id", id).update();
		events.publishEvent(EntityChanged.created("PetitionSignature", id + "#" + account, petition.title(), Map.of("petition", id)));
	}

	/**
	 * Moves the petition along its workflow; {@code text} is the reason (inadmissible) or the answer
	 * (answered); on the agenda names the council session ({@code meetingId}) whose agenda carries it.
	 */
	@Transactional
	public void decide(long id, long expectedVersion, PetitionStatus next, String text, Long meetingId) {
		Petition petition = find(id).orElseThrow(() -> new ConsultationNotFound("petition " + id));
		if (!mayDecide(petition.territoryPath())) {
			throw new AccessDeniedException("Petition outside the council's services");
		}
		if (next == null || !petition.status().mayMoveTo(next)) {
			throw new ConsultationRefused("consultation.petition.step");
		}
		String clean = Meetings.blankToNull(text);
		if ((next == PetitionStatus.INADMISSIBLE || next == PetitionStatus.ANSWERED) && clean == null) {
			throw new ConsultationRefused("consultation.petition.reason");
		}
		if (next == PetitionStatus.ADMISSIBLE && petition.signatures() < threshold(petition)) {
			throw new ConsultationRefused("consultation.petition.threshold");
		}
		if (next == PetitionStatus.ON_AGENDA) {
			Meeting session = meetingId == null ? null : meetings.find(meetingId).orElse(null);
			if (session == null || session.kind() != MeetingKind.COUNCIL_SESSION
					|| !session.territoryCode().equals(petition.councilCode())) {
				throw new ConsultationRefused("consultation.petition.sessionRequired");
			}
		}
		int updated = jdbc.sql("""
				update petition set status = :s,
				       reason = case when :s = 'INADMISSIBLE' then :t else reason end,
				       answer = case when :s = 'ANSWERED' then :t else answer end,
				       meeting_id = case when :s = 'ON_AGENDA' then :meeting else meeting_id end,
				       version = version + 1
				where id = :id and version = :v
				""").param("s", next.name()).param("t", clean).param("meeting", meetingId).param("id", id)
			.param("v", expectedVersion).update();
		if (updated == 0) {
			throw new ConsultationRefused("consultation.conflict");
		}
		events.publishEvent(EntityChanged.updated("Petition", String.valueOf(id), petition.title(), state(petition),
				state(find(id).orElseThrow())));
	}

	/**
	 * The signatures this petition needs: the band of its kind of council for the population of the
	 * council's territory at the latest census (the first band when no census is recorded).
	 */
	@Transactional(readOnly = true)
	public int threshold(Petition petition) {
		int inhabitants = territories.find(petition.councilCode()).stream()
			.flatMap(t -> t.populations().stream())
			.max(java.util.Comparator.comparingInt(Territory.Population::censusYear))
			.map(Territory.Population::inhabitants).orElse(0);
		return jdbc.sql("""
				select signatures from petition_threshold where level = :l and from_inhabitants <= :n
				order by from_inhabitants desc limit 1
				""").param("l", petition.councilLevel()).param("n", inhabitants).query(Integer.class)
			.optional().orElse(Integer.MAX_VALUE);
	}

	@Transactional(readOnly = true)
	List<Threshold> thresholds() {
		return jdbc.sql("""
				select level, from_inhabitants, signatures from petition_threshold
				order by case level when 'REGION' then 0 when 'PREFECTURE' then 1 when 'PROVINCE' then 2 else 3 end,
				         from_inhabitants""")
			.query((rs, n) -> new Threshold(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
	}

	/** The petitions a council session's agenda carries. */
	@Transactional(readOnly = true)
	List<Petition> onAgendaOf(long meetingId) {
		return jdbc.sql(SELECT + " where meeting_id = :m order by id").param("m", meetingId).query(Petitions::row).list();
	}

	/** Only a national administrator sets the thresholds (they come from the organic laws); one band at a time. */
	@Transactional
	void setThreshold(String level, int fromInhabitants, int signatures) {
		if (!Authorizations.current().canActOn("/MA/", Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Thresholds are national");
		}
		if (signatures < 1) {
			throw new ConsultationRefused("consultation.threshold.positive");
		}
		Integer before = jdbc.sql("select signatures from petition_threshold where level = :l and from_inhabitants = :f")
			.param("l", level).param("f", fromInhabitants).query(Integer.class).optional().orElse(null);
		if (before == null || jdbc.sql("""
				update petition_threshold set signatures = :n, version = version + 1 where level = :l and from_inhabitants = :f
				""").param("n", signatures).param("l", level).param("f", fromInhabitants).update() == 0) {
			throw new ConsultationRefused("consultation.threshold.level");
		}
		events.publishEvent(EntityChanged.updated("PetitionThreshold", level + "≥" + fromInhabitants, level,
				Map.of("signatures", before), Map.of("signatures", signatures)));
	}

	@Transactional(readOnly = true)
	public Optional<Petition> find(long id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(Petitions::row).optional();
	}

	@Transactional(readOnly = true)
	Page<Petition> page(String territoryPath, int page, int size) {
		PageRequest request = TerritoryScope.page(page, size);
		ScopeFilter where = TerritoryScope.around(territoryPath, "p.territory_path");
		List<Petition> rows = jdbc.sql(SELECT + " where " + where.sql() + " order by created_at desc, id desc limit :l offset :o")
			.params(where.parameters()).param("l", request.getPageSize()).param("o", request.getOffset())
			.query(Petitions::row).list();
		long total = jdbc.sql("select count(*) from petition p where " + where.sql()).params(where.parameters())
			.query(Long.class).single();
		return new PageImpl<>(rows, request, total);
	}

	@Transactional(readOnly = true)
	boolean signedBy(long id, String account) {
		return account != null && jdbc.sql("select count(*) from petition_signature where petition_id = :id and account = :a")
			.param("id", id).param("a", account).query(Long.class).single() > 0;
	}

	static boolean mayDecide(String path) {
		return Authorizations.current().canActOn(path, Role.ADMINISTRATOR, Role.PLANNER, Role.GOVERNOR_OFFICE);
	}

	static Map<String, Object> state(Petition p) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("title", p.title());
		s.put("council", p.councilCode());
		s.put("status", p.status().name());
		s.put("reason", p.reason());
		s.put("answer", p.answer());
		s.put("signatures", p.signatures());
		s.put("meeting_id", p.meetingId());
		return s;
	}

	static Petition row(ResultSet rs, int n) throws SQLException {
		return new Petition(rs.getLong("id"), rs.getString("author"), rs.getString("title"), rs.getString("body"),
				rs.getString("council_code"), rs.getString("council_level"), rs.getString("territory_path"),
				PetitionStatus.valueOf(rs.getString("status")), rs.getString("reason"), rs.getString("answer"),
				rs.getInt("signatures"), (Long) rs.getObject("meeting_id"), rs.getBoolean("demonstration"),
				rs.getObject("created_at", OffsetDateTime.class),
				rs.getLong("version"));
	}
}

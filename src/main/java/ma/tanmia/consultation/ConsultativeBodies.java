package ma.tanmia.consultation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.organization.Organizations;
import ma.tanmia.shared.LocalizedName;
import ma.tanmia.territory.Territories;
import ma.tanmia.territory.Territory;
import ma.tanmia.territory.TerritoryLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consultative bodies of councils: their members, sessions (meetings) and opinions. Anyone reads
 * them; the council's planners or the governor's office (or an administrator) keep them.
 */
@Service
class ConsultativeBodies {

	enum Kind {
		EQUALITY_GENDER, YOUTH, ECONOMIC_ACTORS
	}

	record Body(long id, Kind kind, String councilCode, String territoryPath, String councilOrgCode, LocalizedName name) {
	}

	record Member(long id, String fullName, String organization, char gender, boolean youth) {
	}

	record Opinion(long id, Long meetingId, String subject, String opinion, LocalDate givenOn) {
	}

	private final JdbcClient jdbc;
	private final Territories territories;
	private final Organizations organizations;
	private final Meetings meetings;
	private final ApplicationEventPublisher events;

	ConsultativeBodies(JdbcClient jdbc, Territories territories, Organizations organizations, Meetings meetings,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.organizations = organizations;
		this.meetings = meetings;
		this.events = events;
	}

	@Transactional
	long create(Kind kind, String councilCode, String councilOrgCode, String nameAr, String nameFr, String by) {
		if (kind == null || Meetings.blankToNull(nameAr) == null || Meetings.blankToNull(nameFr) == null
				|| Meetings.blankToNull(councilCode) == null || Meetings.blankToNull(councilOrgCode) == null) {
			throw new ConsultationRefused("consultation.body.required");
		}
		Territory council = territories.find(councilCode.strip())
			.orElseThrow(() -> new ConsultationRefused("consultation.territory.unknown"));
		if (!Meetings.mayOrganize(council.path())) {
			throw new AccessDeniedException("Body outside the person's scope");
		}
		if (council.level() == TerritoryLevel.COUNTRY || kind == Kind.ECONOMIC_ACTORS && council.level() != TerritoryLevel.REGION) {
			throw new ConsultationRefused("consultation.body.level");
		}
		if (organizations.findByCode(councilOrgCode.strip()).isEmpty()) {
			throw new ConsultationRefused("consultation.meeting.organizer.unknown");
		}
		int exists = jdbc.sql("select count(*) from consultative_body where council_code = :c and kind = :k")
			.param("c", council.code()).param("k", kind.name()).query(Integer.class).single();
		if (exists > 0) {
			throw new ConsultationRefused("consultation.body.exists");
		}
		long id = jdbc.sql("""
				insert into consultative_body (kind, council_code, territory_path, council_org_code, name_ar, name_fr, created_by)
				values (:k, :c, :p, :o, :ar, :fr, :by) returning id
				""").param("k", kind.name()).param("c", council.code()).param("p", council.path())
			.param("o", councilOrgCode.strip()).param("ar", nameAr.strip()).param("fr", nameFr.strip()).param("by", by)
			.query(Long.class).single();
		events.publishEvent(EntityChanged.created("ConsultativeBody", String.valueOf(id), nameFr.strip(),
				Map.of("kind", kind.name(), "council", council.code(), "name_fr", nameFr.strip())));
		return id;
	}

	@Transactional
	void addMember(long bodyId, String fullName, String organization, char gender, boolean youth) {
		editable(bodyId);
		if (Meetings.blankToNull(fullName) == null) {
			throw new ConsultationRefused("consultation.attendee.required");
		}
		if (gender != 'F' && gender != 'M') {
			throw new ConsultationRefused("consultation.attendee.gender");
		}
		long id = jdbc.sql("""
				insert into consultative_body_member (body_id, full_name, organization, gender, youth)
				values (:b, :n, :o, :g, :y) returning id
				""").param("b", bodyId).param("n", fullName.strip()).param("o", Meetings.blankToNull(organization))
			.param("g", String.valueOf(gender)).param("y", youth).query(Long.class).single();
		events.publishEvent(EntityChanged.created("ConsultativeBodyMember", bodyId + "#" + id, fullName.strip(),
				Map.of("gender", String.valueOf(gender), "youth", youth)));
	}

	/** Schedules a session: a meeting of the body's council, of kind CONSULTATIVE_BODY_SESSION. */
	@Transactional
	long scheduleSession(long bodyId, LocalDateTime startsAt, String venue, List<String> agenda, String by) {
		Body body = editable(bodyId);
		long meeting = meetings.schedule(new MeetingDraft(MeetingKind.CONSULTATIVE_BODY_SESSION, "دورة " + body.name().ar(),
				"Session : " + body.name().fr(), null, null, body.councilOrgCode(), null, startsAt, null, body.councilCode(), venue,
				agenda, false), by);
		jdbc.sql("insert into consultative_body_session (body_id, meeting_id) values (:b, :m)").param("b", bodyId)
			.param("m", meeting).update();
		return meeting;
	}

	@Transactional
	void giveOpinion(long bodyId, Long meetingId, String subject, String opinion, LocalDate givenOn) {
		editable(bodyId);
		if (Meetings.blankToNull(subject) == null || Meetings.blankToNull(opinion) == null || givenOn == null) {
			throw new ConsultationRefused("consultation.opinion.required");
		}
		if (meetingId != null && sessions(bodyId).stream().noneMatch(m -> m.id() == meetingId)) {
			throw new ConsultationRefused("consultation.opinion.session");
		}
		long id = jdbc.sql("""
				insert into consultative_body_opinion (body_id, meeting_id, subject, opinion, given_on)
				values (:b, :m, :s, :o, :d) returning id
				""").param("b", bodyId).param("m", meetingId).param("s", subject.strip()).param("o", opinion.strip())
			.param("d", givenOn).query(Long.class).single();
		events.publishEvent(EntityChanged.created("ConsultativeBodyOpinion", bodyId + "#" + id, subject.strip(),
				Map.of("subject", subject.strip(), "given_on", givenOn.toString())));
	}

	@Transactional(readOnly = true)
	List<Body> all() {
		return jdbc.sql("select * from consultative_body order by territory_path, kind limit 500")
			.query((rs, n) -> body(rs)).list();
	}

	@Transactional(readOnly = true)
	Body find(long id) {
		return jdbc.sql("select * from consultative_body where id = :id").param("id", id).query((rs, n) -> body(rs))
			.optional().orElseThrow(() -> new ConsultationNotFound("body " + id));
	}

	@Transactional(readOnly = true)
	List<Member> members(long bodyId) {
		return jdbc.sql("select id, full_name, organization, gender, youth from consultative_body_member where body_id = :b order by id")
			.param("b", bodyId)
			.query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4).charAt(0), rs.getBoolean(5)))
			.list();
	}

	@Transactional(readOnly = true)
	List<Meeting> sessions(long bodyId) {
		return jdbc.sql(Meetings.SELECT + " join consultative_body_session s on s.meeting_id = m.id where s.body_id = :b order by m.starts_at desc")
			.param("b", bodyId).query(Meetings::row).list();
	}

	@Transactional(readOnly = true)
	List<Opinion> opinions(long bodyId) {
		return jdbc.sql("select id, meeting_id, subject, opinion, given_on from consultative_body_opinion where body_id = :b order by given_on desc, id desc")
			.param("b", bodyId)
			.query((rs, n) -> new Opinion(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, LocalDate.class)))
			.list();
	}

	private Body editable(long bodyId) {
		Body body = find(bodyId);
		if (!Meetings.mayOrganize(body.territoryPath())) {
			throw new AccessDeniedException("Body outside the person's scope");
		}
		return body;
	}

	private static Body body(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Body(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getString("council_code"),
				rs.getString("territory_path"), rs.getString("council_org_code"),
				new LocalizedName(rs.getString("name_ar"), rs.getString("name_fr"), null));
	}
}

package ma.tanmia.consultation;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.organization.Organizations;
import ma.tanmia.program.Program;
import ma.tanmia.program.Programs;
import ma.tanmia.project.ProjectQueries;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.LocalizedName;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Meetings and workshops. Anyone may read them (consultation is public); only a planner or the
 * governor's office whose scope covers the meeting's territory (or an administrator) schedules one
 * and records what happened there. Every change is audited.
 */
@Service
public class Meetings {

	static final String SELECT = """
			select m.id, m.kind, m.title_ar, m.title_fr, m.program_id, m.phase, m.organizer_org_code, m.chair, m.starts_at,
			       m.ends_at, m.territory_code, m.territory_path, m.venue, m.minutes_html, m.demonstration, m.created_by, m.version,
			       m.participation_version
			from meeting m
			""";
	static final int MAX_ATTACHMENT = 10 * 1024 * 1024;
	static final Set<String> ATTACHMENT_TYPES = Set.of("image/jpeg", "image/png", "application/pdf",
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** A meeting was put on the calendar (notifications follow it). */
	record MeetingScheduled(long id, String title, String territoryPath) {
	}

	record Attendee(long id, String fullName, String organization, ParticipantCategory category, char gender,
			boolean youth, boolean present, long version) {
	}

	record Attachment(long id, String fileName, String contentType, int sizeBytes, String uploadedBy,
			OffsetDateTime uploadedAt) {
	}

	record AttachmentContent(String fileName, String contentType, byte[] bytes) {
	}

	private final JdbcClient jdbc;
	private final Territories territories;
	private final Organizations organizations;
	private final Programs programs;
	private final ProjectQueries projects;
	private final Priorities priorities;
	private final ApplicationEventPublisher events;

	Meetings(JdbcClient jdbc, Territories territories, Organizations organizations, Programs programs,
			ProjectQueries projects, Priorities priorities, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.territories = territories;
		this.organizations = organizations;
		this.programs = programs;
		this.projects = projects;
		this.priorities = priorities;
		this.events = events;
	}

	/** Whether the current person may organize meetings in the unit at {@code path}. */
	static boolean mayOrganize(String path) {
		return Authorizations.current().canActOn(path, Role.ADMINISTRATOR, Role.PLANNER, Role.GOVERNOR_OFFICE);
	}

	@Transactional
	public long schedule(MeetingDraft draft, String by) {
		String path = checked(draft);
		long id = jdbc.sql("""
				insert into meeting (kind, title_ar, title_fr, program_id, phase, organizer_org_code, chair, starts_at, ends_at,
				                     territory_code, territory_path, venue, demonstration, created_by)
				values (:kind, :ar, :fr, :program, :phase, :organizer, :chair, :starts, :ends, :territory, :path, :venue, :demo, :by)
				returning id
				""")
			.params(columns(draft)).param("path", path).param("demo", draft.demonstration()).param("by", by)
			.query(Long.class).single();
		writeAgenda(id, draft.agenda());
		Meeting saved = find(id).orElseThrow();
		events.publishEvent(EntityChanged.created("Meeting", String.valueOf(id), draft.titleFr(), state(saved)));
		events.publishEvent(new MeetingScheduled(id, draft.titleAr(), path));
		return id;
	}

	@Transactional
	void describe(long id, long expectedVersion, MeetingDraft draft) {
		Meeting before = editable(id);
		String path = checked(draft);
		int updated = jdbc.sql("""
				update meeting set kind = :kind, title_ar = :ar, title_fr = :fr, program_id = :program, phase = :phase,
				       organizer_org_code = :organizer, chair = :chair, starts_at = :starts, ends_at = :ends,
				       territory_code = :territory, territory_path = :path, venue = :venue, version = version + 1
				where id = :id and version = :version
				""")
			.params(columns(draft)).param("path", path).param("id", id).param("version", expectedVersion).update();
		if (updated == 0) {
			throw new ConsultationRefused("consultation.conflict");
		}
		writeAgenda(id, draft.agenda());
		events.publishEvent(EntityChanged.updated("Meeting", String.valueOf(id), draft.titleFr(), state(before),
				state(find(id).orElseThrow())));
	}

	/** Replaces the minutes by their sanitized version. */
	@Transactional
	public void recordMinutes(long id, long expectedVersion, String html) {
		Meeting before = editable(id);
		String clean = RichText.sanitize(html);
		int updated = jdbc.sql("update meeting set minutes_html = :html, version = version + 1 where id = :id and version = :v")
			.param("html", clean).param("id", id).param("v", expectedVersion).update();
		if (updated == 0) {
			throw new ConsultationRefused("consultation.conflict");
		}
		events.publishEvent(EntityChanged.updated("Meeting", String.valueOf(id), "minutes",
				Map.of("minutes_html", String.valueOf(before.minutesHtml())), Map.of("minutes_html", String.valueOf(clean))));
	}

	/**
	 * Replaces the counts of participants, category by category, as they were when the form was
	 * opened ({@code expectedVersion}, the meeting's participation version): a concurrent edit is refused.
	 */
	@Transactional
	public void recordParticipation(long id, long expectedVersion, List<Participation> participation) {
		editable(id);
		for (Participation p : participation) {
			if (negative(p.women()) || negative(p.men()) || negative(p.youth())) {
				throw new ConsultationRefused("consultation.participation.negative");
			}
			if (p.youth() != null && p.total() != null && p.youth() > p.total()) {
				throw new ConsultationRefused("consultation.participation.youth");
			}
		}
		if (jdbc.sql("update meeting set participation_version = participation_version + 1 where id = :id and participation_version = :v")
			.param("id", id).param("v", expectedVersion).update() == 0) {
			throw new ConsultationRefused("consultation.conflict");
		}
		List<Participation> before = participation(id);
		jdbc.sql("delete from meeting_participation where meeting_id = :id").param("id", id).update();
		for (Participation p : participation) {
			if (p.isEmpty()) {
				continue;
			}
			jdbc.sql("""
					insert into meeting_participation (meeting_id, category, organizations, women, men, youth)
					values (:id, :category, :orgs, :women, :men, :youth)
					""")
				.param("id", id).param("category", p.category().name()).param("orgs", blankToNull(p.organizations()))
				.param("women", p.women()).param("men", p.men()).param("youth", p.youth()).update();
		}
		events.publishEvent(EntityChanged.updated("MeetingParticipation", String.valueOf(id), "participants",
				Map.of("participation", before.toString()), Map.of("participation", participation(id).toString())));
	}

	@Transactional
	public void addAttendee(long id, String fullName, String organization, ParticipantCategory category, char gender,
			boolean youth) {
		editable(id);
		if (fullName == null || fullName.isBlank() || category == null) {
			throw new ConsultationRefused("consultation.attendee.required");
		}
		if (gender != 'F' && gender != 'M') {
			throw new ConsultationRefused("consultation.attendee.gender");
		}
		long attendee = jdbc.sql("""
				insert into meeting_attendance (meeting_id, full_name, organization, category, gender, youth)
				values (:id, :name, :org, :category, :gender, :youth) returning id
				""")
			.param("id", id).param("name", fullName.strip()).param("org", blankToNull(organization))
			.param("category", category.name()).param("gender", String.valueOf(gender)).param("youth", youth)
			.query(Long.class).single();
		events.publishEvent(EntityChanged.created("MeetingAttendee", id + "#" + attendee, fullName.strip(),
				Map.of("category", category.name(), "gender", String.valueOf(gender), "youth", youth)));
	}

	/** Takes a name off the register, as the organizer saw it ({@code expectedVersion}); audited. */
	@Transactional
	public void removeAttendee(long meetingId, long attendeeId, long expectedVersion) {
		editable(meetingId);
		Attendee attendee = attendance(meetingId).stream().filter(a -> a.id() == attendeeId).findFirst()
			.orElseThrow(() -> new ConsultationNotFound("attendee " + attendeeId));
		if (jdbc.sql("delete from meeting_attendance where id = :a and meeting_id = :m and version = :v").param("a", attendeeId)
			.param("m", meetingId).param("v", expectedVersion).update() == 0) {
			throw new ConsultationRefused("consultation.conflict");
		}
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("full_name", attendee.fullName());
		before.put("organization", attendee.organization());
		before.put("category", attendee.category().name());
		before.put("gender", String.valueOf(attendee.gender()));
		before.put("youth", attendee.youth());
		events.publishEvent(EntityChanged.deleted("MeetingAttendee", meetingId + "#" + attendeeId, attendee.fullName(), before));
	}

	@Transactional
	public long recommend(long id, String text, String owner, LocalDate dueOn) {
		editable(id);
		if (text == null || text.isBlank()) {
			throw new ConsultationRefused("consultation.recommendation.required");
		}
		long rec = jdbc.sql("""
				insert into meeting_recommendation (meeting_id, text, owner, due_on) values (:id, :text, :owner, :due) returning id
				""")
			.param("id", id).param("text", text.strip()).param("owner", blankToNull(owner)).param("due", dueOn)
			.query(Long.class).single();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("text", text.strip());
		after.put("owner", blankToNull(owner));
		after.put("due_on", dueOn == null ? null : dueOn.toString());
		events.publishEvent(EntityChanged.created("MeetingRecommendation", String.valueOf(rec), text.strip(), after));
		return rec;
	}

	/** What an organizer may change in a recommendation; a null text keeps text, owner and due date as they are. */
	record RecommendationChange(String text, String owner, LocalDate dueOn, RecommendationStatus status, String projectCode,
			Long priorityNodeId) {
	}

	/**
	 * Revises a recommendation as it was when the form was opened: its wording, owner and due date,
	 * how far it went, and what carries it — a project (it must exist) and/or a priority of a program
	 * covering the meeting's territory.
	 */
	@Transactional
	public void revise(long recommendationId, long expectedVersion, RecommendationChange change) {
		Recommendation before = recommendation(recommendationId);
		Meeting meeting = editable(before.meetingId());
		if (change.status() == null) {
			throw new ConsultationRefused("consultation.recommendation.statusRequired");
		}
		String text = change.text() == null ? before.text() : blankToNull(change.text());
		if (text == null) {
			throw new ConsultationRefused("consultation.recommendation.required");
		}
		if (text.length() > 2000) {
			throw new ConsultationRefused("consultation.recommendation.tooLong");
		}
		String owner = change.text() == null ? before.owner() : blankToNull(change.owner());
		LocalDate dueOn = change.text() == null ? before.dueOn() : change.dueOn();
		String code = blankToNull(change.projectCode());
		if (code != null && projects.progressOf(List.of(code)).isEmpty()) {
			throw new ConsultationRefused("consultation.project.unknown");
		}
		Long programId = change.priorityNodeId() == null ? null
				: priorities.check(change.priorityNodeId(), meeting.territoryPath()).id();
		int updated = jdbc.sql("""
				update meeting_recommendation set text = :text, owner = :owner, due_on = :due, status = :status,
				       project_code = :code, priority_program_id = :program, priority_node_id = :node, version = version + 1
				where id = :id and version = :v
				""")
			.param("text", text).param("owner", owner).param("due", dueOn).param("status", change.status().name())
			.param("code", code).param("program", programId).param("node", change.priorityNodeId())
			.param("id", recommendationId).param("v", expectedVersion).update();
		if (updated == 0) {
			throw new ConsultationRefused("consultation.conflict");
		}
		events.publishEvent(EntityChanged.updated("MeetingRecommendation", String.valueOf(recommendationId),
				before.text(), state(before), state(recommendation(recommendationId))));
	}

	private static Map<String, Object> state(Recommendation r) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("text", r.text());
		s.put("owner", r.owner());
		s.put("due_on", r.dueOn() == null ? null : r.dueOn().toString());
		s.put("status", r.status().name());
		s.put("project_code", r.projectCode());
		s.put("priority_node_id", r.priorityNodeId());
		return s;
	}

	@Transactional
	void attach(long id, MultipartFile file, String by) throws IOException {
		editable(id);
		if (file == null || file.isEmpty()) {
			throw new ConsultationRefused("consultation.attachment.empty");
		}
		if (file.getSize() > MAX_ATTACHMENT) {
			throw new ConsultationRefused("consultation.attachment.tooLarge");
		}
		String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
		if (!ATTACHMENT_TYPES.contains(type)) {
			throw new ConsultationRefused("consultation.attachment.type");
		}
		String name = safeName(file.getOriginalFilename());
		long attachment = jdbc.sql("""
				insert into meeting_attachment (meeting_id, file_name, content_type, size_bytes, content, uploaded_by)
				values (:id, :name, :type, :size, :content, :by) returning id
				""")
			.param("id", id).param("name", name).param("type", type).param("size", (int) file.getSize())
			.param("content", file.getBytes()).param("by", by).query(Long.class).single();
		events.publishEvent(EntityChanged.created("MeetingAttachment", id + "#" + attachment, name,
				Map.of("file_name", name, "content_type", type, "size_bytes", file.getSize())));
	}

	// ---- reading -------------------------------------------------------------------------------

	@Transactional(readOnly = true)
	public Optional<Meeting> find(long id) {
		return jdbc.sql(SELECT + " where m.id = :id").param("id", id).query(Meetings::row).optional();
	}

	/** Meetings of a territory (its subtree and the units containing it), newest first; two queries. */
	@Transactional(readOnly = true)
	Page<Meeting> page(String territoryPath, int page, int size) {
		PageRequest request = TerritoryScope.page(page, size);
		ScopeFilter where = TerritoryScope.around(territoryPath, "m.territory_path");
		List<Meeting> rows = jdbc.sql(SELECT + " where " + where.sql() + " order by m.starts_at desc, m.id desc limit :l offset :o")
			.params(where.parameters()).param("l", request.getPageSize()).param("o", request.getOffset())
			.query(Meetings::row).list();
		long total = jdbc.sql("select count(*) from meeting m where " + where.sql()).params(where.parameters())
			.query(Long.class).single();
		return new PageImpl<>(rows, request, total);
	}

	/** The meetings of one month (Moroccan time) in a territory, for the calendar. */
	@Transactional(readOnly = true)
	List<Meeting> inMonth(String territoryPath, YearMonth month) {
		ScopeFilter where = TerritoryScope.around(territoryPath, "m.territory_path");
		return jdbc.sql(SELECT + " where " + where.sql() + " and m.starts_at >= :from and m.starts_at < :to order by m.starts_at")
			.params(where.parameters())
			.param("from", month.atDay(1).atStartOfDay(Meeting.ZONE).toOffsetDateTime())
			.param("to", month.plusMonths(1).atDay(1).atStartOfDay(Meeting.ZONE).toOffsetDateTime())
			.query(Meetings::row).list();
	}

	/** The latest sessions of a council (meetings of kind COUNCIL_SESSION held in its own territory). */
	@Transactional(readOnly = true)
	List<Meeting> sessionsOf(String councilCode) {
		return jdbc.sql(SELECT + " where m.kind = 'COUNCIL_SESSION' and m.territory_code = :c order by m.starts_at desc limit 20")
			.param("c", councilCode).query(Meetings::row).list();
	}

	@Transactional(readOnly = true)
	List<String> agenda(long id) {
		return jdbc.sql("select title from meeting_agenda_item where meeting_id = :id order by position").param("id", id)
			.query(String.class).list();
	}

	@Transactional(readOnly = true)
	List<Participation> participation(long id) {
		return jdbc.sql("""
				select category, organizations, women, men, youth from meeting_participation where meeting_id = :id
				""").param("id", id)
			.query((rs, n) -> new Participation(ParticipantCategory.valueOf(rs.getString(1)), rs.getString(2),
					(Integer) rs.getObject(3), (Integer) rs.getObject(4), (Integer) rs.getObject(5)))
			.list().stream().sorted(java.util.Comparator.comparing(Participation::category)).toList();
	}

	@Transactional(readOnly = true)
	List<Attendee> attendance(long id) {
		return jdbc.sql("""
				select id, full_name, organization, category, gender, youth, present, version from meeting_attendance
				where meeting_id = :id order by id
				""").param("id", id)
			.query((rs, n) -> new Attendee(rs.getLong(1), rs.getString(2), rs.getString(3),
					ParticipantCategory.valueOf(rs.getString(4)), rs.getString(5).charAt(0), rs.getBoolean(6), rs.getBoolean(7),
					rs.getLong(8)))
			.list();
	}

	@Transactional(readOnly = true)
	List<Recommendation> recommendations(long id) {
		return jdbc.sql("select * from meeting_recommendation where meeting_id = :id order by id").param("id", id)
			.query(Meetings::recommendationRow).list();
	}

	/**
	 * The recommendations a project took up, with their meeting, and those taken up by the priority it
	 * is carried under ({@code nodeIds}: its axis or sub-program) without naming a project.
	 */
	@Transactional(readOnly = true)
	List<Recommendation> recommendationsCarriedBy(String projectCode, java.util.Collection<Long> nodeIds) {
		return jdbc.sql("""
				select * from meeting_recommendation
				where project_code = :code or (project_code is null and priority_node_id in (:nodes)) order by id
				""").param("code", projectCode).param("nodes", nodeIds.isEmpty() ? List.of(-1L) : nodeIds)
			.query(Meetings::recommendationRow).list();
	}

	@Transactional(readOnly = true)
	Map<Long, Meeting> byIds(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Map<Long, Meeting> found = new LinkedHashMap<>();
		jdbc.sql(SELECT + " where m.id in (:ids)").param("ids", ids).query(Meetings::row).list().forEach(m -> found.put(m.id(), m));
		return found;
	}

	@Transactional(readOnly = true)
	List<Attachment> attachments(long id) {
		return jdbc.sql("""
				select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from meeting_attachment
				where meeting_id = :id order by id
				""").param("id", id)
			.query((rs, n) -> new Attachment(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
					rs.getObject(6, OffsetDateTime.class)))
			.list();
	}

	@Transactional(readOnly = true)
	Optional<AttachmentContent> attachment(long meetingId, long id) {
		return jdbc.sql("select file_name, content_type, content from meeting_attachment where id = :id and meeting_id = :m")
			.param("id", id).param("m", meetingId)
			.query((rs, n) -> new AttachmentContent(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
	}

	Recommendation recommendation(long id) {
		return jdbc.sql("select * from meeting_recommendation where id = :id").param("id", id)
			.query(Meetings::recommendationRow).optional().orElseThrow(() -> new ConsultationNotFound("recommendation " + id));
	}

	/** The meeting, if the current person may change it; refused otherwise. */
	Meeting editable(long id) {
		Meeting meeting = find(id).orElseThrow(() -> new ConsultationNotFound("meeting " + id));
		if (!mayOrganize(meeting.territoryPath())) {
			throw new AccessDeniedException("Meeting outside the organizer's scope");
		}
		return meeting;
	}

	// ---- internals -----------------------------------------------------------------------------

	/** Validates a draft and returns its territory's path; refuses what the person may not organize. */
	private String checked(MeetingDraft draft) {
		if (draft.kind() == null || blankToNull(draft.titleAr()) == null || blankToNull(draft.titleFr()) == null
				|| draft.startsAt() == null || blankToNull(draft.territoryCode()) == null
				|| blankToNull(draft.organizerOrgCode()) == null) {
			throw new ConsultationRefused("consultation.meeting.required");
		}
		if (draft.endsAt() != null && draft.endsAt().isBefore(draft.startsAt())) {
			throw new ConsultationRefused("consultation.meeting.dates");
		}
		String path = territories.pathOf(draft.territoryCode())
			.orElseThrow(() -> new ConsultationRefused("consultation.territory.unknown"));
		if (!mayOrganize(path)) {
			throw new AccessDeniedException("Meeting outside the organizer's scope");
		}
		if (organizations.findByCode(draft.organizerOrgCode().strip()).isEmpty()) {
			throw new ConsultationRefused("consultation.meeting.organizer.unknown");
		}
		if (draft.programId() != null) {
			Program program = programs.find(draft.programId())
				.orElseThrow(() -> new ConsultationRefused("consultation.meeting.program.unknown"));
			if (!path.startsWith(program.territoryPath()) && !program.territoryPath().startsWith(path)) {
				throw new ConsultationRefused("consultation.meeting.program.elsewhere");
			}
		}
		return path;
	}

	private static Map<String, Object> columns(MeetingDraft draft) {
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("kind", draft.kind().name());
		c.put("ar", draft.titleAr().strip());
		c.put("fr", draft.titleFr().strip());
		c.put("program", draft.programId());
		c.put("phase", draft.phase() == null ? null : draft.phase().name());
		c.put("organizer", draft.organizerOrgCode().strip());
		c.put("chair", blankToNull(draft.chair()));
		c.put("starts", draft.startsAt().atZone(Meeting.ZONE).toOffsetDateTime());
		c.put("ends", draft.endsAt() == null ? null : draft.endsAt().atZone(Meeting.ZONE).toOffsetDateTime());
		c.put("territory", draft.territoryCode().strip());
		c.put("venue", blankToNull(draft.venue()));
		return c;
	}

	private void writeAgenda(long id, List<String> agenda) {
		jdbc.sql("delete from meeting_agenda_item where meeting_id = :id").param("id", id).update();
		int position = 0;
		for (String item : agenda == null ? List.<String>of() : agenda) {
			if (item != null && !item.isBlank()) {
				jdbc.sql("insert into meeting_agenda_item (meeting_id, position, title) values (:id, :p, :t)")
					.param("id", id).param("p", ++position).param("t", item.strip()).update();
			}
		}
	}

	static Map<String, Object> state(Meeting m) {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("kind", m.kind().name());
		s.put("title_ar", m.title().ar());
		s.put("title_fr", m.title().fr());
		s.put("program_id", m.programId());
		s.put("phase", m.phase() == null ? null : m.phase().name());
		s.put("organizer", m.organizerOrgCode());
		s.put("chair", m.chair());
		s.put("starts_at", m.startsAt().toString());
		s.put("ends_at", m.endsAt() == null ? null : m.endsAt().toString());
		s.put("territory", m.territoryCode());
		s.put("venue", m.venue());
		return s;
	}

	static Meeting row(ResultSet rs, int n) throws SQLException {
		String phase = rs.getString("phase");
		return new Meeting(rs.getLong("id"), MeetingKind.valueOf(rs.getString("kind")),
				new LocalizedName(rs.getString("title_ar"), rs.getString("title_fr"), null), (Long) rs.getObject("program_id"),
				phase == null ? null : ma.tanmia.program.ProgramPhase.valueOf(phase), rs.getString("organizer_org_code"),
				rs.getString("chair"), rs.getObject("starts_at", OffsetDateTime.class),
				rs.getObject("ends_at", OffsetDateTime.class), rs.getString("territory_code"), rs.getString("territory_path"),
				rs.getString("venue"), rs.getString("minutes_html"), rs.getBoolean("demonstration"), rs.getString("created_by"),
				rs.getLong("version"), rs.getLong("participation_version"));
	}

	static Recommendation recommendationRow(ResultSet rs, int n) throws SQLException {
		return new Recommendation(rs.getLong("id"), rs.getLong("meeting_id"), rs.getString("text"), rs.getString("owner"),
				rs.getObject("due_on", LocalDate.class), RecommendationStatus.valueOf(rs.getString("status")),
				rs.getString("project_code"), (Long) rs.getObject("priority_program_id"), (Long) rs.getObject("priority_node_id"),
				rs.getLong("version"));
	}

	private static boolean negative(Integer count) {
		return count != null && count < 0;
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	static String safeName(String original) {
		String name = original == null ? "document" : original.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return name.isEmpty() ? "document" : name.length() > 200 ? name.substring(name.length() - 200) : name;
	}
}

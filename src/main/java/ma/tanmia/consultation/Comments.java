package ma.tanmia.consultation;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.project.ProjectQueries;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on proposals, projects and meetings, as plain text (shown escaped). Anyone signed in may
 * comment and report abuse; a moderator whose scope covers the subject hides a comment with a reason
 * its author sees.
 */
@Service
class Comments {

	static final int MAX_LENGTH = 4000;

	enum Subject {
		PROPOSAL, PROJECT, MEETING
	}

	record Comment(long id, Subject subject, String subjectKey, String author, String body, boolean hidden,
			String hiddenReason, OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;
	private final RateLimits limits;
	private final Meetings meetings;
	private final ProjectQueries projects;
	private final ApplicationEventPublisher events;

	Comments(JdbcClient jdbc, RateLimits limits, Meetings meetings, ProjectQueries projects,
			ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.limits = limits;
		this.meetings = meetings;
		this.projects = projects;
		this.events = events;
	}

	@Transactional
	long add(Subject subject, String key, String author, String body) {
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new ConsultationRefused("consultation.comment.required");
		}
		if (text.length() > MAX_LENGTH) {
			throw new ConsultationRefused("consultation.comment.tooLong");
		}
		pathOf(subject, key);
		limits.check(RateLimits.Kind.COMMENT, author);
		long id = jdbc.sql("""
				insert into consultation_comment (subject_type, subject_key, author, body) values (:t, :k, :a, :b) returning id
				""").param("t", subject.name()).param("k", key).param("a", author).param("b", text).query(Long.class).single();
		events.publishEvent(EntityChanged.created("Comment", String.valueOf(id), subject + " " + key,
				Map.of("subject", subject + " " + key, "body", text)));
		return id;
	}

	/** The comments on a subject, oldest first; hidden ones stay in the list (the page shows them as hidden). */
	@Transactional(readOnly = true)
	List<Comment> on(Subject subject, String key) {
		return jdbc.sql("""
				select id, subject_type, subject_key, author, body, hidden, hidden_reason, created_at from consultation_comment
				where subject_type = :t and subject_key = :k order by created_at, id limit 500
				""").param("t", subject.name()).param("k", key).query(Comments::row).list();
	}

	@Transactional
	void report(long commentId, String reporter, String reason) {
		find(commentId);
		if (reason == null || reason.isBlank()) {
			throw new ConsultationRefused("consultation.report.reason");
		}
		int inserted = jdbc.sql("""
				insert into abuse_report (comment_id, reporter, reason) values (:c, :r, :why) on conflict do nothing
				""").param("c", commentId).param("r", reporter).param("why", reason.strip()).update();
		if (inserted == 0) {
			throw new ConsultationRefused("consultation.report.already");
		}
		events.publishEvent(EntityChanged.created("AbuseReport", "comment#" + commentId, reason.strip(),
				Map.of("comment", commentId, "reason", reason.strip())));
	}

	@Transactional
	void hide(long commentId, String reason) {
		Comment comment = find(commentId);
		String path = pathOf(comment.subject(), comment.subjectKey());
		if (!Authorizations.current().canActOn(path, Role.MODERATOR, Role.ADMINISTRATOR)) {
			throw new AccessDeniedException("Comment outside the moderator's scope");
		}
		if (reason == null || reason.isBlank()) {
			throw new ConsultationRefused("consultation.hide.reason");
		}
		jdbc.sql("update consultation_comment set hidden = true, hidden_reason = :r where id = :id")
			.param("r", reason.strip()).param("id", commentId).update();
		jdbc.sql("update abuse_report set resolved = true where comment_id = :id").param("id", commentId).update();
		events.publishEvent(EntityChanged.updated("Comment", String.valueOf(commentId), "hidden",
				Map.of("hidden", comment.hidden()), Map.of("hidden", true, "reason", reason.strip())));
	}

	Comment find(long id) {
		return jdbc.sql("""
				select id, subject_type, subject_key, author, body, hidden, hidden_reason, created_at from consultation_comment
				where id = :id
				""").param("id", id).query(Comments::row).optional()
			.orElseThrow(() -> new ConsultationNotFound("comment " + id));
	}

	/** The territory path of what is commented (it must exist). */
	String pathOf(Subject subject, String key) {
		try {
			return switch (subject) {
				case MEETING -> meetings.find(Long.parseLong(key)).map(Meeting::territoryPath)
					.orElseThrow(() -> new ConsultationNotFound("meeting " + key));
				case PROPOSAL -> jdbc.sql("select territory_path from proposal where id = :id and not hidden")
					.param("id", Long.parseLong(key)).query(String.class).optional()
					.orElseThrow(() -> new ConsultationNotFound("proposal " + key));
				case PROJECT -> {
					var project = projects.progressOf(List.of(key)).get(key);
					if (project == null) {
						throw new ConsultationNotFound("project " + key);
					}
					if (!Authorizations.current().sees(project.territoryPath())) {
						throw new AccessDeniedException("Project outside the reader's scopes");
					}
					yield project.territoryPath();
				}
			};
		}
		catch (NumberFormatException notAnId) {
			throw new ConsultationNotFound(subject + " " + key);
		}
	}

	static Comment row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Comment(rs.getLong(1), Subject.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
				rs.getBoolean(6), rs.getString(7), rs.getObject(8, OffsetDateTime.class));
	}
}

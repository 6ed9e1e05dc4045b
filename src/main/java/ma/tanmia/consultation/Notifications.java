package ma.tanmia.consultation;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import ma.tanmia.audit.EntitiesChanged;
import ma.tanmia.audit.EntityChanged;
import ma.tanmia.identity.UserAdministration;
import ma.tanmia.shared.ScopeFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people what became of what they care about: in the application (the bell) and by e-mail.
 * E-mail goes through SMTP when {@code spring.mail.host} is configured; otherwise (the embedded
 * default) into a local outbox the administrator reads at /admin/outbox. In-app notices and outbox
 * rows are written in the triggering transaction; an SMTP message is sent after it commits.
 */
@Service
class Notifications {

	private static final Logger log = LoggerFactory.getLogger(Notifications.class);
	static final int MAX_RECIPIENTS = 1000;

	record Notice(long id, String messageKey, String argument, String link, OffsetDateTime createdAt, boolean read) {
	}

	record OutboxMail(long id, String recipient, String subject, String body, OffsetDateTime createdAt) {
	}

	private final JdbcClient jdbc;
	private final UserAdministration users;
	private final ObjectProvider<JavaMailSender> smtp;
	private final MessageSource messages;

	Notifications(JdbcClient jdbc, UserAdministration users, ObjectProvider<JavaMailSender> smtp, MessageSource messages) {
		this.jdbc = jdbc;
		this.users = users;
		this.smtp = smtp;
		this.messages = messages;
	}

	@EventListener
	void on(Proposals.ProposalAnswered answered) {
		Set<String> recipients = new TreeSet<>(jdbc.sql("select account from proposal_support where proposal_id = :id")
			.param("id", answered.id()).query(String.class).list());
		recipients.add(answered.author());
		notify(recipients, "consultation.notice.answered", answered.title(), "/public/proposals/" + answered.id());
	}

	/** A meeting is scheduled: the people who filed proposals in its territory are invited to follow it. */
	@EventListener
	void on(Meetings.MeetingScheduled scheduled) {
		ScopeFilter where = ScopeFilter.overlapping(List.of(scheduled.territoryPath()), "territory_path");
		List<String> recipients = jdbc.sql("select distinct author from proposal where " + where.sql() + " and not demonstration limit "
				+ MAX_RECIPIENTS).params(where.parameters()).query(String.class).list();
		notify(recipients, "consultation.notice.meeting", scheduled.title(), "/public/meetings/" + scheduled.id());
	}

	/** A followed project changed (progress, status, description): its followers are told. */
	@EventListener
	void on(EntityChanged change) {
		if ("Project".equals(change.entityType()) && change.action() == EntityChanged.Action.UPDATE) {
			projectsChanged(List.of(change.entityId()));
		}
	}

	@EventListener
	void on(EntitiesChanged batch) {
		List<String> codes = batch.changes().stream()
			.filter(c -> "Project".equals(c.entityType()) && c.action() == EntityChanged.Action.UPDATE)
			.map(EntityChanged::entityId).distinct().toList();
		if (!codes.isEmpty()) {
			projectsChanged(codes);
		}
	}

	private void projectsChanged(Collection<String> codes) {
		jdbc.sql("select project_code, account from project_follow where project_code in (:codes)").param("codes", codes)
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).list()
			.forEach(f -> notify(List.of(f[1]), "consultation.notice.project", f[0], "/projects/" + f[0]));
	}

	void notify(Collection<String> accounts, String key, String argument, String link) {
		String subject = messages.getMessage("consultation.mail.subject", null, java.util.Locale.forLanguageTag("ar"));
		String text = messages.getMessage(key, new Object[] { argument }, java.util.Locale.forLanguageTag("ar"));
		for (String account : accounts) {
			jdbc.sql("insert into consultation_notification (account, message_key, argument, link) values (:a, :k, :arg, :l)")
				.param("a", account).param("k", key).param("arg", truncate(argument)).param("l", link).update();
			users.emailOf(account).ifPresent(address -> mail(address, subject, text + "\n\n" + link));
		}
	}

	private void mail(String to, String subject, String body) {
		JavaMailSender sender = smtp.getIfAvailable();
		if (sender == null) {
			jdbc.sql("insert into mail_outbox (recipient, subject, body) values (:to, :s, :b)").param("to", to)
				.param("s", subject).param("b", body).update();
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setTo(to);
		message.setSubject(subject);
		message.setText(body);
		Runnable send = () -> {
			try {
				sender.send(message);
			}
			catch (RuntimeException failed) {
				log.warn("Notification mail to {} not sent: {}", to, failed.getMessage());
			}
		};
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					send.run();
				}
			});
		}
		else {
			send.run();
		}
	}

	// ---- follows and reading -------------------------------------------------------------------

	@Transactional
	boolean toggleFollow(String account, String projectCode) {
		int removed = jdbc.sql("delete from project_follow where account = :a and project_code = :c").param("a", account)
			.param("c", projectCode).update();
		if (removed == 0) {
			jdbc.sql("insert into project_follow (account, project_code) values (:a, :c)").param("a", account)
				.param("c", projectCode).update();
		}
		return removed == 0;
	}

	@Transactional(readOnly = true)
	boolean follows(String account, String projectCode) {
		return jdbc.sql("select count(*) from project_follow where account = :a and project_code = :c").param("a", account)
			.param("c", projectCode).query(Long.class).single() > 0;
	}

	@Transactional(readOnly = true)
	List<Notice> of(String account) {
		return jdbc.sql("""
				select id, message_key, argument, link, created_at, read_at is not null from consultation_notification
				where account = :a order by created_at desc, id desc limit 100
				""").param("a", account)
			.query((rs, n) -> new Notice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class), rs.getBoolean(6)))
			.list();
	}

	@Transactional(readOnly = true)
	long unread(String account) {
		return jdbc.sql("select count(*) from consultation_notification where account = :a and read_at is null")
			.param("a", account).query(Long.class).single();
	}

	@Transactional
	void markAllRead(String account) {
		jdbc.sql("update consultation_notification set read_at = now() where account = :a and read_at is null")
			.param("a", account).update();
	}

	@Transactional(readOnly = true)
	List<OutboxMail> outbox(int page) {
		return jdbc.sql("select id, recipient, subject, body, created_at from mail_outbox order by id desc limit 50 offset :o")
			.param("o", Math.max(page, 0) * 50)
			.query((rs, n) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getObject(5, OffsetDateTime.class)))
			.list();
	}

	private static String truncate(String s) {
		return s == null || s.length() <= 300 ? s : s.substring(0, 297) + "...";
	}
}

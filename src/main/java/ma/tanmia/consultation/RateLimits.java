package ma.tanmia.consultation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Abuse limits: an account may file so many proposals, petitions and comments an hour. Counted from
 * the stored rows themselves (so the limit holds across application instances), under a lock on the
 * account for the transaction so two simultaneous posts cannot both slip under it.
 */
@Component
class RateLimits {

	enum Kind {
		PROPOSAL("select count(*) from proposal where author = :a and created_at > now() - interval '1 hour'"),
		PETITION("select count(*) from petition where author = :a and created_at > now() - interval '1 hour'"),
		COMMENT("select count(*) from consultation_comment where author = :a and created_at > now() - interval '1 hour'");

		final String count;

		Kind(String count) {
			this.count = count;
		}
	}

	private final JdbcClient jdbc;
	private final int proposalsPerHour;
	private final int commentsPerHour;

	RateLimits(JdbcClient jdbc, @Value("${tanmia.consultation.proposals-per-hour:5}") int proposalsPerHour,
			@Value("${tanmia.consultation.comments-per-hour:20}") int commentsPerHour) {
		this.jdbc = jdbc;
		this.proposalsPerHour = proposalsPerHour;
		this.commentsPerHour = commentsPerHour;
	}

	/** Refuses when {@code account} already reached its hourly limit; call inside the writing transaction. */
	void check(Kind kind, String account) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('consultation:' || :a))").param("a", account).query(Object.class)
			.single();
		long recent = jdbc.sql(kind.count).param("a", account).query(Long.class).single();
		int limit = kind == Kind.COMMENT ? commentsPerHour : proposalsPerHour;
		if (recent >= limit) {
			throw new ConsultationRefused("consultation.rateLimit");
		}
	}
}

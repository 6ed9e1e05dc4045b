package ma.tanmia.consultation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Abuse limits: an account may file so many proposals, petitions and comments an hour, an address
 * may open so many citizen accounts an hour, and so may everyone together. Counted from
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
	private final int registrationsPerAddress;
	private final int registrationsPerHour;

	RateLimits(JdbcClient jdbc, @Value("${tanmia.consultation.proposals-per-hour:5}") int proposalsPerHour,
			@Value("${tanmia.consultation.comments-per-hour:20}") int commentsPerHour,
			@Value("${tanmia.consultation.registrations-per-address-per-hour:5}") int registrationsPerAddress,
			@Value("${tanmia.consultation.registrations-per-hour:200}") int registrationsPerHour) {
		this.jdbc = jdbc;
		this.proposalsPerHour = proposalsPerHour;
		this.commentsPerHour = commentsPerHour;
		this.registrationsPerAddress = registrationsPerAddress;
		this.registrationsPerHour = registrationsPerHour;
	}

	/**
	 * Refuses a citizen self-registration from {@code address} beyond the hourly limits — per address
	 * (a script filling the form) and overall (many addresses at once) — and records it otherwise.
	 * Registrations are rare: one lock for all of them keeps both counts exact. Call inside the
	 * transaction that opens the account.
	 */
	void registration(String address) {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('consultation:registrations'))").query(Object.class).single();
		long fromAddress = jdbc.sql("""
				select count(*) from citizen_registration where ip = :ip and registered_at > now() - interval '1 hour'
				""").param("ip", address).query(Long.class).single();
		long overall = jdbc.sql("select count(*) from citizen_registration where registered_at > now() - interval '1 hour'")
			.query(Long.class).single();
		if (fromAddress >= registrationsPerAddress || overall >= registrationsPerHour) {
			throw new ConsultationRefused("consultation.register.tooMany");
		}
		jdbc.sql("insert into citizen_registration (ip) values (:ip)").param("ip", address).update();
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

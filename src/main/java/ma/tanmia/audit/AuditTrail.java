package ma.tanmia.audit;

import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes every {@link EntityChanged} as an audit line. A plain (synchronous) listener on purpose:
 * it runs in the publisher's transaction, so no change commits without its audit line.
 */
@Component
class AuditTrail {

	static final String SYSTEM = "system";

	static final String INSERT = """
			insert into audit_entry (actor, action, entity_type, entity_id, summary, before_state, after_state)
			values (:actor, :action, :type, :id, :summary, cast(:before as jsonb), cast(:after as jsonb))
			""";

	private final JdbcClient jdbc;
	private final org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named;
	private final JsonMapper json;

	AuditTrail(JdbcClient jdbc, org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate named,
			JsonMapper json) {
		this.jdbc = jdbc;
		this.named = named;
		this.json = json;
	}

	@EventListener
	void on(EntityChanged change) {
		jdbc.sql(INSERT)
			.param("actor", actor())
			.param("action", change.action().name())
			.param("type", change.entityType())
			.param("id", change.entityId())
			.param("summary", truncate(change.summary()))
			.param("before", toJson(change.before()))
			.param("after", toJson(change.after()))
			.update();
	}

	@EventListener
	void on(EntitiesChanged batch) {
		String actor = actor();
		org.springframework.jdbc.core.namedparam.SqlParameterSource[] rows = batch.changes().stream()
			.map(change -> new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
				.addValue("actor", actor)
				.addValue("action", change.action().name())
				.addValue("type", change.entityType())
				.addValue("id", change.entityId())
				.addValue("summary", truncate(change.summary()))
				.addValue("before", toJson(change.before()))
				.addValue("after", toJson(change.after())))
			.toArray(org.springframework.jdbc.core.namedparam.SqlParameterSource[]::new);
		named.batchUpdate(INSERT, rows);
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated();
		return anonymous ? SYSTEM : authentication.getName();
	}

	private String toJson(Map<String, ?> state) {
		return state == null ? null : json.writeValueAsString(state);
	}

	private static String truncate(String summary) {
		return summary == null || summary.length() <= 500 ? summary : summary.substring(0, 497) + "...";
	}
}

package ma.tanmia.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit trail for administrators, newest first, filtered by person, entity, action and dates.
 * Paged by keyset ("older than entry N") so the millionth line costs what the first does.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class AuditController {

	static final int PAGE_SIZE = 50;

	/** Distinct entity types by a skip scan of the (entity_type, entity_id) index, not a full scan. */
	private static final String ENTITY_TYPES = """
			with recursive t(v) as (
			  select min(entity_type) from audit_entry
			  union all
			  select (select min(entity_type) from audit_entry where entity_type > t.v) from t where t.v is not null)
			select v from t where v is not null
			""";

	private final JdbcClient jdbc;
	private final JsonMapper json;

	AuditController(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** A stored state as ordered key/value pairs for display; nested values stay as their JSON text. */
	@SuppressWarnings("unchecked")
	private Map<String, Object> state(String stored) {
		if (stored == null) {
			return null;
		}
		Map<String, Object> values = json.readValue(stored, LinkedHashMap.class);
		values.replaceAll((k, v) -> v instanceof Map || v instanceof List ? json.writeValueAsString(v) : v);
		return values;
	}

	record Entry(long id, OffsetDateTime occurredAt, String actor, String action, String entityType, String entityId,
			String summary, Map<String, Object> before, Map<String, Object> after) {
	}

	@GetMapping
	String list(@RequestParam(required = false) String actor, @RequestParam(required = false) String entityType,
			@RequestParam(required = false) String entityId, @RequestParam(required = false) String action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before, Model model) {
		List<Entry> entries = jdbc.sql("""
				select id, occurred_at, actor, action, entity_type, entity_id, summary,
				       before_state::text as before_state, after_state::text as after_state
				from audit_entry
				where (cast(:actor as text) is null or actor = :actor)
				  and (cast(:entityType as text) is null or entity_type = :entityType)
				  and (cast(:entityId as text) is null or entity_id = :entityId)
				  and (cast(:action as text) is null or action = :action)
				  and (cast(:from as date) is null or occurred_at >= cast(:from as date))
				  and (cast(:to as date) is null or occurred_at < cast(:to as date) + 1)
				  and (cast(:before as bigint) is null or id < :before)
				order by id desc
				limit :limit
				""")
			.param("actor", blankToNull(actor))
			.param("entityType", blankToNull(entityType))
			.param("entityId", blankToNull(entityId))
			.param("action", blankToNull(action))
			.param("from", from)
			.param("to", to)
			.param("before", before)
			.param("limit", PAGE_SIZE + 1)
			.query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
					rs.getString("summary"), state(rs.getString("before_state")), state(rs.getString("after_state"))))
			.list();
		boolean more = entries.size() > PAGE_SIZE;
		List<Entry> page = more ? entries.subList(0, PAGE_SIZE) : entries;
		model.addAttribute("entries", page);
		model.addAttribute("olderThan", more ? page.get(page.size() - 1).id() : null);
		model.addAttribute("entityTypes",
				jdbc.sql(ENTITY_TYPES).query(String.class).list());
		model.addAttribute("actions", EntityChanged.Action.values());
		return "audit/list";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.trim();
	}
}

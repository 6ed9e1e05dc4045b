package ma.tanmia.audit;

import java.util.Map;

/**
 * Something in Tanmia was created, changed or deleted. Published by the module that owns the
 * entity, inside the transaction that made the change, so the audit line commits or rolls back
 * with it.
 *
 * @param before the entity's values before the change (null on creation)
 * @param after the entity's values after the change (null on deletion)
 */
public record EntityChanged(Action action, String entityType, String entityId, String summary,
		Map<String, ?> before, Map<String, ?> after) {

	public enum Action {
		CREATE, UPDATE, DELETE, IMPORT, LOGIN, PASSWORD
	}

	public static EntityChanged created(String entityType, String entityId, String summary, Map<String, ?> after) {
		return new EntityChanged(Action.CREATE, entityType, entityId, summary, null, after);
	}

	public static EntityChanged updated(String entityType, String entityId, String summary, Map<String, ?> before,
			Map<String, ?> after) {
		return new EntityChanged(Action.UPDATE, entityType, entityId, summary, before, after);
	}

	public static EntityChanged deleted(String entityType, String entityId, String summary, Map<String, ?> before) {
		return new EntityChanged(Action.DELETE, entityType, entityId, summary, before, null);
	}
}

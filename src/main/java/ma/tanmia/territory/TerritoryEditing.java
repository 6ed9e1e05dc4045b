package ma.tanmia.territory;

import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing a unit's description. Only an administrator or a planner whose scope covers the unit may;
 * an edit made on a version someone else has since changed is refused, never silently applied.
 */
@Service
class TerritoryEditing {

	/** The unit changed since the form was opened; carries what is stored now. */
	static class EditConflict extends RuntimeException {

		final TerritorialUnit.Description current;
		final long currentVersion;

		EditConflict(TerritorialUnit.Description current, long currentVersion) {
			super("The unit was changed by someone else");
			this.current = current;
			this.currentVersion = currentVersion;
		}
	}

	static class UnitNotFound extends RuntimeException {

		UnitNotFound(String code) {
			super("No territorial unit " + code);
		}
	}

	private final TerritorialUnits units;
	private final JdbcClient jdbc;
	private final ApplicationEventPublisher events;

	TerritoryEditing(TerritorialUnits units, JdbcClient jdbc, ApplicationEventPublisher events) {
		this.units = units;
		this.jdbc = jdbc;
		this.events = events;
	}

	static boolean mayEdit(String path) {
		return Authorizations.current().canActOn(path, Role.ADMINISTRATOR, Role.PLANNER);
	}

	@Transactional(readOnly = true)
	TerritorialUnit editable(String code) {
		TerritorialUnit unit = units.findByCode(code).orElseThrow(() -> new UnitNotFound(code));
		if (!mayEdit(unit.path())) {
			throw new AccessDeniedException("Unit " + code + " is outside the editor's scope");
		}
		return unit;
	}

	@Transactional
	void describe(String code, TerritorialUnit.Description description, long expectedVersion) {
		TerritorialUnit unit = editable(code);
		if (unit.version() != expectedVersion) {
			throw new EditConflict(unit.description(), unit.version());
		}
		Map<String, Object> before = TerritorySnapshot.of(jdbc, code);
		unit.describe(description);
		try {
			units.save(unit);
		}
		catch (OptimisticLockingFailureException e) {
			TerritorialUnit now = units.findByCode(code).orElseThrow(() -> new UnitNotFound(code));
			throw new EditConflict(now.description(), now.version());
		}
		events.publishEvent(EntityChanged.updated("TerritorialUnit", code, "edit", before,
				TerritorySnapshot.of(jdbc, code)));
	}
}

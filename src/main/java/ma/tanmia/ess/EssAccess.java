package ma.tanmia.ess;

import java.util.List;
import java.util.Map;
import java.util.Set;

import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import ma.tanmia.shared.ScopeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in the ESS module. A cooperative manager's territorial scope says where
 * their cooperative is, not what they may read: they see and edit only the cooperatives their
 * account is linked to (and those cooperatives' applications). Every other role sees what lies in
 * (or contains) its scopes; officers (administrator, governor's office, INDH partner) act on what
 * lies in their scope; committee members review the applications of their province.
 */
@Component
class EssAccess {

	static final Role[] OFFICERS = { Role.ADMINISTRATOR, Role.GOVERNOR_OFFICE, Role.PARTNER };
	/** Roles whose scope does not open the registry: they read the public directory, or their own cooperative. */
	static final Set<Role> NARROW = Set.of(Role.COOPERATIVE_MANAGER, Role.CITIZEN);

	private final JdbcClient jdbc;

	EssAccess(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	static String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "" : authentication.getName();
	}

	/** The cooperatives the signed-in account manages. */
	List<Long> managed() {
		return jdbc.sql("select cooperative_id from ess_cooperative_manager where username = :u order by cooperative_id")
			.param("u", username()).query(Long.class).list();
	}

	boolean manages(long cooperativeId) {
		return jdbc.sql("select count(*) from ess_cooperative_manager where username = :u and cooperative_id = :c")
			.param("u", username()).param("c", cooperativeId).query(Long.class).single() > 0;
	}

	/** Scopes that open the registry for reading: every role's but a manager's or a citizen's. */
	static List<String> readingScopes(Authorizations who) {
		return who.roles().stream().filter(r -> !NARROW.contains(r.role())).map(r -> r.scopePath()).distinct().toList();
	}

	boolean isOfficerFor(String path) {
		return Authorizations.current().canActOn(path, OFFICERS);
	}

	boolean maySee(long cooperativeId, String path) {
		Authorizations who = Authorizations.current();
		return readingScopes(who).stream().anyMatch(s -> path.startsWith(s) || s.startsWith(path)) || manages(cooperativeId);
	}

	boolean mayEdit(long cooperativeId, String path) {
		return isOfficerFor(path) || (Authorizations.current().has(Role.COOPERATIVE_MANAGER) && manages(cooperativeId));
	}

	void checkSees(long cooperativeId, String path) {
		if (!maySee(cooperativeId, path)) {
			throw new AccessDeniedException("Cooperative outside the reader's scope");
		}
	}

	void checkEdits(long cooperativeId, String path) {
		if (!mayEdit(cooperativeId, path)) {
			throw new AccessDeniedException("Cooperative outside the editor's scope");
		}
	}

	/** Someone who reads the registry at all: a role other than citizen, or a cooperative they manage. */
	void checkReader() {
		if (readingScopes(Authorizations.current()).isEmpty() && managed().isEmpty()) {
			throw new AccessDeniedException("The ESS registry is not open to this reader");
		}
	}

	/** An officer somewhere: may open the registry's forms (each row is then checked against its territory). */
	void checkAnyOfficer() {
		Authorizations who = Authorizations.current();
		if (java.util.Arrays.stream(OFFICERS).noneMatch(who::has)) {
			throw new AccessDeniedException("Only officers register or import cooperatives");
		}
	}

	void checkOfficer(String path) {
		if (!isOfficerFor(path)) {
			throw new AccessDeniedException("Not an ESS officer for " + path);
		}
	}

	/** A committee member whose scope covers the application's territory (their province's committee). */
	void checkCommitteeMember(String path) {
		if (!Authorizations.current().canActOn(path, Role.COMMITTEE_MEMBER)) {
			throw new AccessDeniedException("Not a committee member for " + path);
		}
	}

	/**
	 * The SQL condition "the signed-in person may see this row", over a path column and a cooperative
	 * id column: the row overlaps one of their reading scopes, or it is one of their cooperatives.
	 */
	ScopeFilter visible(String pathColumn, String cooperativeColumn) {
		ScopeFilter scopes = ScopeFilter.overlapping(readingScopes(Authorizations.current()), pathColumn);
		Map<String, Object> parameters = new java.util.LinkedHashMap<>(scopes.parameters());
		parameters.put("essMe", username());
		return new ScopeFilter("(" + scopes.sql() + " or " + cooperativeColumn
				+ " in (select cooperative_id from ess_cooperative_manager where username = :essMe))", parameters);
	}
}

package ma.tanmia.shared;

import java.util.Arrays;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The scoped roles of one signed-in person, and the questions modules ask of them.
 * Built from the authentication, never from the database.
 */
public record Authorizations(List<ScopedRole> roles) {

	public static Authorizations of(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()) {
			return new Authorizations(List.of());
		}
		return new Authorizations(authentication.getAuthorities()
			.stream()
			.filter(ScopedRole.class::isInstance)
			.map(ScopedRole.class::cast)
			.toList());
	}

	public static Authorizations current() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	public boolean has(Role role) {
		return roles.stream().anyMatch(r -> r.role() == role);
	}

	/** Holds one of {@code anyOf} over a scope that covers the unit at {@code path}. */
	public boolean canActOn(String path, Role... anyOf) {
		List<Role> wanted = Arrays.asList(anyOf);
		return roles.stream().anyMatch(r -> wanted.contains(r.role()) && r.covers(path));
	}

	/** Every scope the person holds any role in, as paths: what they may see. */
	public List<String> scopes() {
		return roles.stream().map(ScopedRole::scopePath).distinct().toList();
	}

	/** The territory at {@code path} overlaps one of the person's scopes (lies in it, or contains it). */
	public boolean sees(String path) {
		return path != null && roles.stream().anyMatch(r -> path.startsWith(r.scopePath()) || r.scopePath().startsWith(path));
	}

	/** The scopes in which {@code role} is held, as paths. */
	public List<String> scopesOf(Role role) {
		return roles.stream().filter(r -> r.role() == role).map(ScopedRole::scopePath).toList();
	}
}

package ma.tanmia.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who the signed-in person works for, for the rules that depend on it rather than on a role's
 * territory alone: a sector's focal point updates the projects its own organization owns or
 * executes.
 */
public final class CurrentPerson {

	private CurrentPerson() {
	}

	/** The organization of the person in the security context; empty when nobody is signed in. */
	public static Optional<Long> organizationId() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				? Optional.of(user.organizationId()) : Optional.empty();
	}
}

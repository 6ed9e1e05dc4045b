package ma.tanmia.demo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demonstration datasets load through the modules' APIs as the demo administrator, so scope checks
 * pass and the audit trail names who loaded them. Runs a piece of loading signed in as that account
 * and puts the caller's security context back afterwards.
 */
@Component
class DemoAdministrator {

	static final String USERNAME = "admin";

	private final UserDetailsService accounts;

	DemoAdministrator(UserDetailsService accounts) {
		this.accounts = accounts;
	}

	/** Runs {@code work} as the demo administrator; false, and nothing run, when that account was removed. */
	boolean act(Runnable work) {
		UserDetails admin;
		try {
			admin = accounts.loadUserByUsername(USERNAME);
		}
		catch (UsernameNotFoundException e) {
			return false;
		}
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			work.run();
			return true;
		}
		finally {
			SecurityContextHolder.clearContext();
			if (previous.getAuthentication() != null) {
				SecurityContextHolder.setContext(previous);
			}
		}
	}
}

package ma.tanmia;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signs a request in as one of the demonstration accounts, with its real scoped roles. */
public final class SignedInAs {

	private SignedInAs() {
	}

	public static RequestPostProcessor account(UserDetailsService accounts, String username) {
		return user(accounts.loadUserByUsername(username));
	}
}

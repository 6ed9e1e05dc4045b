package ma.tanmia.consultation;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Who is asking, as the consultation tables record people: by account name, or nobody. */
final class Accounts {

	private Accounts() {
	}

	static String nameOf(Authentication authentication) {
		return authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated() ? null : authentication.getName();
	}
}

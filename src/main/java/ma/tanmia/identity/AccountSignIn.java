package ma.tanmia.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import ma.tanmia.shared.ScopedRole;
import ma.tanmia.territory.Territories;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a person for sign-in with their roles resolved to territory paths, and keeps count of
 * failed attempts in the database, so the throttle holds across every application instance.
 */
@Service
class AccountSignIn implements UserDetailsService {

	private final UserAccounts accounts;
	private final Territories territories;
	private final Clock clock;

	AccountSignIn(UserAccounts accounts, Territories territories) {
		this.accounts = accounts;
		this.territories = territories;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		UserAccount account = accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("No account " + username));
		return signedIn(account);
	}

	SignedInUser signedIn(UserAccount account) {
		List<ScopedRole> roles = account.roles()
			.stream()
			.map(grant -> territories.pathOf(grant.territoryCode())
				.map(path -> new ScopedRole(grant.role(), grant.territoryCode(), path))
				.orElse(null))
			.filter(java.util.Objects::nonNull)
			.sorted(java.util.Comparator.comparing(ScopedRole::role).thenComparing(ScopedRole::scopePath))
			.toList();
		return new SignedInUser(account.id(), account.username(), account.passwordHash(), account.fullName(),
				account.organizationId(), account.preferredLanguage(), account.enabled(),
				account.lockedAt(Instant.now(clock)), roles);
	}

	@EventListener
	@Transactional
	void on(AuthenticationFailureBadCredentialsEvent failure) {
		accounts.findByUsername(failure.getAuthentication().getName()).ifPresent(account -> {
			account.failedSignIn(Instant.now(clock));
			accounts.save(account);
		});
	}

	@EventListener
	@Transactional
	void on(AuthenticationSuccessEvent success) {
		accounts.findByUsername(success.getAuthentication().getName()).ifPresent(account -> {
			if (account.failedLogins() > 0 || account.lockedUntil() != null) {
				account.signedIn();
				accounts.save(account);
			}
		});
	}
}

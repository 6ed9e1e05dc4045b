package ma.tanmia.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import ma.tanmia.shared.Role;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person's account. Guards its own sign-in state: failed attempts and the lock they lead to. */
@Table("user_account")
class UserAccount {

	static final int FREE_ATTEMPTS = 5;
	static final Duration FIRST_LOCK = Duration.ofMinutes(1);
	static final Duration LONGEST_LOCK = Duration.ofHours(1);

	@Id
	private Long id;
	private String username;
	private String passwordHash;
	private String fullName;
	private String email;
	private Long organizationId;
	private String preferredLanguage = "ar";
	private boolean enabled = true;
	private int failedLogins;
	private Instant lockedUntil;
	private Instant passwordChangedAt;
	@Version
	private Long version;
	@MappedCollection(idColumn = "user_account")
	private Set<RoleGrant> roles = new HashSet<>();

	@Table("user_role")
	record RoleGrant(Role role, String territoryCode) {
	}

	UserAccount() {
	}

	UserAccount(String username, String passwordHash, String fullName, String email, long organizationId) {
		this.username = username;
		this.passwordHash = passwordHash;
		this.fullName = fullName;
		this.email = email;
		this.organizationId = organizationId;
		this.passwordChangedAt = Instant.now();
	}

	void grant(Role role, String territoryCode) {
		roles.add(new RoleGrant(role, territoryCode));
	}

	void revokeAll() {
		roles.clear();
	}

	/**
	 * A wrong password. After {@value #FREE_ATTEMPTS} in a row the account locks, one minute at
	 * first, doubling with each further failure up to an hour: slow for a guesser, short for a
	 * person who mistyped.
	 */
	void failedSignIn(Instant now) {
		failedLogins++;
		if (failedLogins >= FREE_ATTEMPTS) {
			long factor = 1L << Math.min(failedLogins - FREE_ATTEMPTS, 6);
			Duration lock = FIRST_LOCK.multipliedBy(factor);
			lockedUntil = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
		}
	}

	void signedIn() {
		failedLogins = 0;
		lockedUntil = null;
	}

	boolean lockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	void changePassword(String newHash) {
		passwordHash = newHash;
		passwordChangedAt = Instant.now();
	}

	void preferLanguage(String language) {
		preferredLanguage = language;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void describe(String fullName, String email, long organizationId) {
		this.fullName = fullName;
		this.email = email;
		this.organizationId = organizationId;
	}

	Long id() { return id; }
	String username() { return username; }
	String passwordHash() { return passwordHash; }
	String fullName() { return fullName; }
	String email() { return email; }
	long organizationId() { return organizationId; }
	String preferredLanguage() { return preferredLanguage; }
	boolean enabled() { return enabled; }
	int failedLogins() { return failedLogins; }
	Instant lockedUntil() { return lockedUntil; }
	Long version() { return version; }
	Set<RoleGrant> roles() { return Set.copyOf(roles); }
}

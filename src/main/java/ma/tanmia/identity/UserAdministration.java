package ma.tanmia.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ma.tanmia.audit.EntityChanged;
import ma.tanmia.shared.Authorizations;
import ma.tanmia.shared.Role;
import ma.tanmia.territory.Territories;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing accounts. An administrator grants roles only within their own scope, and
 * changes only accounts whose roles all lie in it: a regional administrator cannot make someone
 * national.
 */
@Service
public class UserAdministration {

	/** One role over one territory, as an administrator writes it. */
	public record Grant(Role role, String territoryCode) {
	}

	public record NewAccount(String username, String password, String fullName, String email, long organizationId,
			List<Grant> grants) {
	}

	static class ConcurrentChange extends RuntimeException {

		ConcurrentChange() {
			super("The account was changed by someone else");
		}
	}

	private final UserAccounts accounts;
	private final PasswordEncoder encoder;
	private final Territories territories;
	private final ApplicationEventPublisher events;

	UserAdministration(UserAccounts accounts, PasswordEncoder encoder, Territories territories,
			ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.territories = territories;
		this.events = events;
	}

	/** Opens an account; also used to load demonstration accounts and the first administrator. */
	@Transactional
	public long open(NewAccount request) {
		if (accounts.findByUsername(request.username()).isPresent()) {
			throw new IllegalArgumentException("username taken");
		}
		UserAccount account = new UserAccount(request.username(), encoder.encode(request.password()),
				request.fullName(), request.email(), request.organizationId());
		request.grants().forEach(g -> account.grant(g.role(), g.territoryCode()));
		UserAccount saved = accounts.save(account);
		events.publishEvent(EntityChanged.created("UserAccount", saved.username(), saved.fullName(), state(saved)));
		return saved.id();
	}

	/** The e-mail address of an account, to send it a notification; never to be shown to others. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> emailOf(String username) {
		return accounts.findByUsername(username).map(UserAccount::email).filter(e -> e != null && !e.isBlank());
	}

	/** Whether a username is already taken (self-registration tells the person before trying). */
	@Transactional(readOnly = true)
	public boolean exists(String username) {
		return accounts.findByUsername(username).isPresent();
	}

	@Transactional
	void change(long id, long expectedVersion, String fullName, String email, long organizationId, boolean enabled,
			List<Grant> grants) {
		UserAccount account = accounts.findById(id).orElseThrow();
		checkManageable(account.roles().stream().map(UserAccount.RoleGrant::territoryCode).toList());
		checkManageable(grants.stream().map(Grant::territoryCode).toList());
		if (account.version() != expectedVersion) {
			throw new ConcurrentChange();
		}
		Map<String, Object> before = state(account);
		account.describe(fullName, email, organizationId);
		account.setEnabled(enabled);
		account.revokeAll();
		grants.forEach(g -> account.grant(g.role(), g.territoryCode()));
		accounts.save(account);
		events.publishEvent(EntityChanged.updated("UserAccount", account.username(), account.fullName(), before,
				state(account)));
	}

	@Transactional
	void resetPassword(long id, String password) {
		UserAccount account = accounts.findById(id).orElseThrow();
		checkManageable(account.roles().stream().map(UserAccount.RoleGrant::territoryCode).toList());
		account.changePassword(encoder.encode(password));
		account.signedIn();
		accounts.save(account);
		events.publishEvent(new EntityChanged(EntityChanged.Action.PASSWORD, "UserAccount", account.username(),
				"password reset by administrator", null, null));
	}

	/** Refuses when a territory lies outside every scope in which the current person administers. */
	void checkManageable(List<String> territoryCodes) {
		Authorizations me = Authorizations.current();
		for (String code : territoryCodes) {
			String path = territories.pathOf(code).orElseThrow(() -> new IllegalArgumentException("unknown " + code));
			if (!me.canActOn(path, Role.ADMINISTRATOR)) {
				throw new AccessDeniedException("Territory " + code + " is outside the administrator's scope");
			}
		}
	}

	static Map<String, Object> state(UserAccount account) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("username", account.username());
		state.put("full_name", account.fullName());
		state.put("email", account.email());
		state.put("organization_id", account.organizationId());
		state.put("enabled", account.enabled());
		state.put("roles", account.roles().stream().map(r -> r.role() + "@" + r.territoryCode()).sorted().toList());
		return state;
	}
}

package ma.tanmia.identity;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import ma.tanmia.shared.ScopedRole;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the security context holds it. Serializable because sessions are
 * stored in PostgreSQL and shared between application instances.
 */
record SignedInUser(long id, String username, String password, String fullName, long organizationId,
		String preferredLanguage, boolean enabled, boolean locked, List<ScopedRole> roles)
		implements UserDetails, Serializable {

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return roles;
	}

	@Override
	public String getPassword() {
		return password;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}
}

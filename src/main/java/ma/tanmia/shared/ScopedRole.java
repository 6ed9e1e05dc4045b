package ma.tanmia.shared;

import java.io.Serializable;

import org.springframework.security.core.GrantedAuthority;

/**
 * A role held over a territory and everything below it. The scope is the territory's materialized
 * path (e.g. {@code /MA/MA-09/MA-INE/}), so "is this unit in my scope" is a prefix test that needs
 * no database round trip and no dependency on the territory module.
 */
public record ScopedRole(Role role, String territoryCode, String scopePath) implements GrantedAuthority, Serializable {

	public ScopedRole {
		if (role == null || territoryCode == null || scopePath == null || !scopePath.endsWith("/")) {
			throw new IllegalArgumentException("A scoped role needs a role and a territory path ending in /");
		}
	}

	@Override
	public String getAuthority() {
		return role.authority();
	}

	/** The unit at {@code path} lies in this scope (the scope's unit itself or below it). */
	public boolean covers(String path) {
		return path != null && path.startsWith(scopePath);
	}
}

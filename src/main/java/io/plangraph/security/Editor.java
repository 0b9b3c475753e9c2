package io.plangraph.security;

import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated API key: who it is, and which cities it may change (all, for an admin). */
public final class Editor extends AbstractAuthenticationToken {

	private final String name;

	private final boolean admin;

	private final Set<String> cities;

	Editor(String name, SecurityProperties.Role role, List<String> cities) {
		super(List.of(new SimpleGrantedAuthority("ROLE_" + role.name())));
		this.name = name;
		this.admin = role == SecurityProperties.Role.ADMIN;
		this.cities = Set.copyOf(cities);
		setAuthenticated(true);
	}

	/**
	 * Whoever runs a command on the server itself: they hold the database, so they may change any city.
	 * The change history names them by their operating-system user.
	 */
	public static Editor commandLine() {
		return new Editor("command line (" + System.getProperty("user.name", "unknown") + ")", SecurityProperties.Role.ADMIN,
				List.of());
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return name;
	}

	public boolean isAdmin() {
		return admin;
	}

	public Set<String> cities() {
		return cities;
	}

}

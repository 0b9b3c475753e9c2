package io.plangraph.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may do what.
 *
 * @param publicReads whether queries need no key (writes always need one)
 * @param apiKeys the keys that may write, each bound to a role and, for editors, to cities
 */
@ConfigurationProperties("plangraph.security")
public record SecurityProperties(@DefaultValue("true") boolean publicReads, @DefaultValue List<ApiKey> apiKeys) {

	/**
	 * A configured API key. Only its SHA-256 hash is configured, so the configuration holds no secret.
	 *
	 * @param name who the key belongs to; it is written into the change history
	 * @param sha256 the key's SHA-256, hex ({@code printf %s "$KEY" | sha256sum})
	 * @param role {@code EDITOR} (the cities listed) or {@code ADMIN} (every city)
	 * @param cities the municipality codes an editor may change
	 */
	public record ApiKey(String name, String sha256, Role role, @DefaultValue List<String> cities) {
	}

	/** What a key may do. */
	public enum Role {
		/** Change the data of its cities. */
		EDITOR,
		/** Change the data of every city. */
		ADMIN
	}

}

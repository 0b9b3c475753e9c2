package io.plangraph.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads an API key from {@code Authorization: Bearer KEY} (or {@code X-API-Key: KEY}) and finds the
 * configured key with the same SHA-256, comparing with every configured key in constant time, or else the
 * valid key with that SHA-256 created at run time ({@link ApiKeyStore}), so a revoked key is refused on
 * the very next request.
 */
final class ApiKeyAuthentication implements AuthenticationConverter {

	private final SecurityProperties properties;

	private final ApiKeyStore store;

	ApiKeyAuthentication(SecurityProperties properties, ApiKeyStore store) {
		this.properties = properties;
		this.store = store;
	}

	@Override
	public Authentication convert(HttpServletRequest request) {
		String key = request.getHeader("X-API-Key");
		String authorization = request.getHeader("Authorization");
		if (key == null && authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
			key = authorization.substring(7).strip();
		}
		if (key == null || key.isEmpty()) {
			return null;
		}
		byte[] hash = sha256(key);
		// Every configured key is compared, match or not, so the time taken does not tell which one matched.
		SecurityProperties.ApiKey match = null;
		for (var configured : properties.apiKeys()) {
			if (configured.sha256() != null
					&& MessageDigest.isEqual(hash, HexFormat.of().parseHex(configured.sha256().strip().toLowerCase()))) {
				match = configured;
			}
		}
		if (match != null) {
			return new Editor(match.name(), match.role(), match.cities());
		}
		return store.findValid(hash)
			.map(stored -> new Editor(stored.name(), stored.role(), stored.cities()))
			.orElseThrow(() -> new BadCredentialsException("The API key is not known or was revoked"));
	}

	static byte[] sha256(String key) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK has no SHA-256", ex);
		}
	}

}

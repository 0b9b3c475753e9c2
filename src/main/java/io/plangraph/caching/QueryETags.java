package io.plangraph.caching;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;

import io.plangraph.assessment.StatusSettings;
import io.plangraph.neo4j.GraphVersion;
import io.plangraph.security.Editor;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The entity tag of a GET query's answer: the {@link GraphVersion} (every write raises it as it commits) and
 * a hash of everything else the answer depends on: the request (query, variables, operation, extensions, the
 * media type answered),
 * who asks (a key's name, as answers may differ by caller), today's date where statuses are judged (a
 * pledge's status moves with the date) and the status settings. One small read of the version per request.
 */
@Component
class QueryETags {

	private final GraphVersion version;

	private final Clock clock;

	private final StatusSettings status;

	QueryETags(GraphVersion version, Clock clock, StatusSettings status) {
		this.version = version;
		this.clock = clock;
		this.status = status;
	}

	/** The ETag (quoted) of the answer to this request now. */
	String of(String query, String variables, String operationName, String extensions, String mediaType) {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		String caller = authentication instanceof Editor editor ? editor.getName() : "";
		LocalDate today = LocalDate.now(clock.withZone(status.timeZone()));
		byte[] hash = sha256(String.join("\u0000", text(query), text(variables), text(operationName), text(extensions), mediaType, caller,
				today.toString(), status.toString()));
		return "\"" + version.current() + "-" + Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22) + "\"";
	}

	/** Whether an If-None-Match header holds this ETag (weak or strong, in a list, or {@code *}). */
	boolean matches(String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag) || tag.equals("*")) {
				return true;
			}
		}
		return false;
	}

	// Absent and empty differ from each other: a NUL-free marker for absent.
	private static String text(String value) {
		return value == null ? "\u0001" : value;
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}

package io.plangraph.system;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one shape of every refusal, GraphQL over HTTP's: {@code {"errors": [{"message", "locations"?,
 * "extensions": {"classification", …}}]}}, and the cleaning of messages that come from libraries, so
 * that no answer names a Java class, package or library.
 */
public final class ErrorBody {

	// A qualified name (org.x.Y, java.io.IOException), a backtick-quoted type, or a word ending in Exception/Error.
	private static final Pattern INTERNAL_NAME = Pattern.compile(
			"\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Za-z_$][\\w$]*|`[^`]*`|\\b\\w*(?:Exception|Error)\\b|\\bjava\\b|\\bjackson\\b",
			Pattern.CASE_INSENSITIVE);

	private ErrorBody() {
	}

	static Map<String, Object> of(String message, String classification, Map<String, Object> extensions) {
		var ext = new LinkedHashMap<String, Object>();
		ext.put("classification", classification);
		ext.putAll(extensions);
		var error = new LinkedHashMap<String, Object>();
		error.put("message", message);
		error.put("extensions", ext);
		return Map.of("errors", List.of(error));
	}

	/**
	 * A library's message as a client may read it: whatever names a class, a package or a library cut
	 * out; {@code null} if nothing readable is left.
	 */
	public static String clean(String message) {
		if (message == null) {
			return null;
		}
		// Jackson appends where a limit comes from: ", from `StreamReadConstraints.getMaxNestingDepth()`".
		String cut = message.replaceAll(",?\\s*from `[^`]*`", "").replaceAll("\\s+", " ").strip();
		cut = INTERNAL_NAME.matcher(cut).replaceAll("").replaceAll("\\s+([,.:;)])", "$1").replaceAll("\\s+", " ").strip();
		return cut.length() < 8 ? null : cut;
	}

}

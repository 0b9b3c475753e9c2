package io.plangraph.system;

import java.util.Map;

/**
 * An argument refused before a field runs: a forged cursor, a page size out of range, a text too long or
 * not clean Unicode. Answered as a GraphQL error at the field's location, with the argument's path.
 */
public final class InputRefused extends RuntimeException {

	private final String inputPath;

	private final boolean tooLarge;

	private final Map<String, Object> extensions;

	private InputRefused(String inputPath, String message, boolean tooLarge, Map<String, Object> extensions) {
		super(message);
		this.inputPath = inputPath;
		this.tooLarge = tooLarge;
		this.extensions = extensions;
	}

	/** A value that is wrong, at an argument's path ({@code after}, {@code input.title}). */
	public static InputRefused badValue(String inputPath, String message) {
		return new InputRefused(inputPath, message, false, Map.of());
	}

	/** A value larger than the limit set by {@code setting}. */
	public static InputRefused tooLarge(String inputPath, String message, String setting, long max) {
		return new InputRefused(inputPath, message, true, Map.of("limit", setting, "max", max));
	}

	public String inputPath() {
		return inputPath;
	}

	boolean isTooLarge() {
		return tooLarge;
	}

	Map<String, Object> extensions() {
		return extensions;
	}

}

package io.plangraph.editing;

import java.util.List;

/**
 * An edit refused before anything was written: bad input (each problem with the input path it is at),
 * no key, or a key that may not change this city.
 */
public final class EditRefused extends RuntimeException {

	/** Why an edit was refused; becomes the GraphQL error's classification. */
	public enum Reason {
		/** The input is wrong: see the problems. */
		BAD_REQUEST,
		/** Writes need an API key. */
		UNAUTHORIZED,
		/** The key may not change this city. */
		FORBIDDEN,
		/** What the input refers to does not exist. */
		NOT_FOUND,
		/** The write ran past {@code plangraph.limits.write-timeout}; it was rolled back. */
		WRITE_TIMED_OUT
	}

	/** One thing wrong, and where in the input. */
	public record Problem(String inputPath, String message) {
	}

	private final Reason reason;

	private final List<Problem> problems;

	EditRefused(Reason reason, List<Problem> problems) {
		super(String.join("; ", problems.stream().map(p -> p.inputPath() + ": " + p.message()).toList()));
		this.reason = reason;
		this.problems = List.copyOf(problems);
	}

	static EditRefused badInput(String path, String message) {
		return new EditRefused(Reason.BAD_REQUEST, List.of(new Problem(path, message)));
	}

	/** A write that touches what the key may not change (see {@link io.plangraph.security.WriteScope}). */
	static EditRefused forbidden(String path, io.plangraph.security.WriteScope.WriteRefused refused) {
		return new EditRefused(Reason.FORBIDDEN, List.of(new Problem(path, refused.getMessage() + "; nothing was written")));
	}

	static EditRefused notFound(String path, String message) {
		return new EditRefused(Reason.NOT_FOUND, List.of(new Problem(path, message)));
	}

	public Reason reason() {
		return reason;
	}

	public List<Problem> problems() {
		return problems;
	}

}

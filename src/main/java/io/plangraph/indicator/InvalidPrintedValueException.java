package io.plangraph.indicator;

/** A printed value or ratio whose text cannot be read as one. */
public final class InvalidPrintedValueException extends IllegalArgumentException {

	InvalidPrintedValueException(String input, String problem) {
		super("'" + input + "' cannot be read as a printed value: " + problem);
	}
}

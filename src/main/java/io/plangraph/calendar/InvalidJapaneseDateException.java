package io.plangraph.calendar;

/** A text that is not a date, month or deadline in any of the notations plangraph reads. */
public final class InvalidJapaneseDateException extends IllegalArgumentException {

	InvalidJapaneseDateException(String input, String problem, String accepted) {
		super("'" + input + "' " + problem + "; accepted forms: " + accepted);
	}
}

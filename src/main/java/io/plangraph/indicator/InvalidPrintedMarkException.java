package io.plangraph.indicator;

/** A printed status mark that is none of ◎○△— with its legend. */
public final class InvalidPrintedMarkException extends IllegalArgumentException {

	InvalidPrintedMarkException(String input, String problem) {
		super("'" + input + "' is not a status mark: " + problem
				+ "; marks read ◎目標値以上, ○基準値以上, △基準値未満, —指標未公表, or the symbol or legend alone");
	}
}

package io.plangraph.city;

/** A text that is not a valid 全国地方公共団体コード. */
public final class InvalidMunicipalityCodeException extends IllegalArgumentException {

	InvalidMunicipalityCodeException(String input, String problem) {
		super("'" + input + "' is not a municipality code (全国地方公共団体コード): " + problem);
	}
}

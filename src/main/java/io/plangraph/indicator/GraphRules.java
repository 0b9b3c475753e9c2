package io.plangraph.indicator;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the graph accepts from a document file and from an API edit alike: the id rule, the unit rule and
 * the value rule. Each rule answers with the one message its refusal says (empty where it accepts), so a
 * file import and an edit refuse the same input in the same words; the caller adds where (a file's line
 * and path, an edit's input path).
 */
public final class GraphRules {

	/** An id or key: lower-case ASCII letters and digits, in words joined by single hyphens. */
	private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	/** What an edit says where it is given no value; a document may print a blank cell ("-"), an edit may not. */
	static final String VALUE_NEEDED = "a value is needed: a number with its unit, or — / 指標未公表 for not published";

	private GraphRules() {
	}

	/** The id rule: why {@code id} cannot be an id (of a document, plan, element key, indicator, theme, concept). */
	public static Optional<String> idRefusal(String id) {
		if (id == null) {
			return Optional.of("missing");
		}
		return ID.matcher(id).matches() ? Optional.empty()
				: Optional.of("'" + id + "' is not a valid id: use lower-case ASCII letters, digits and hyphens");
	}

	/**
	 * The unit rule: why a value in {@code unit} cannot be a value of an indicator in {@code indicatorUnit}.
	 * Units compare as written, with two allowances the documents show: a count and its rate are the same
	 * unit (件 and 件/年), and a printed unit may leave out what is counted (Hitachi prints 118,500/年 for
	 * an indicator in 件/年). Where either has no unit there is nothing to compare: a bare number takes the
	 * indicator's unit.
	 */
	public static Optional<String> unitRefusal(String unit, String indicatorUnit) {
		if (unit == null || indicatorUnit == null || sameUnit(unit, indicatorUnit)) {
			return Optional.empty();
		}
		return Optional.of("the unit '" + unit + "' is not the indicator's unit '" + indicatorUnit + "'");
	}

	private static boolean sameUnit(String given, String expected) {
		return given.equals(expected) || expected.startsWith(given + "/") || given.startsWith(expected + "/")
				|| given.startsWith("/") && expected.endsWith(given);
	}

	/**
	 * The value rule for a value as a document prints it: its text is read (see {@link PrintedValue}) and its
	 * unit must be the indicator's. A document's blank cell ("-") is a fact of the document and is kept.
	 *
	 * @throws IllegalArgumentException with the one message of the refusal
	 */
	public static PrintedValue printedValue(PrintedValue value, String indicatorUnit) {
		unitRefusal(value.unit(), indicatorUnit).ifPresent(refusal -> {
			throw new IllegalArgumentException(refusal);
		});
		return value;
	}

	/**
	 * The value rule for a value recorded through an edit: read as a document's value is, and it must say
	 * something — a number or "not published"; a blank is refused.
	 *
	 * @throws IllegalArgumentException with the one message of the refusal
	 */
	public static PrintedValue recordedValue(String text, String indicatorUnit) {
		var value = printedValue(PrintedValue.parse(text == null ? null : text.strip()), indicatorUnit);
		if (value.state() == ValueState.MISSING) {
			throw new IllegalArgumentException(VALUE_NEEDED);
		}
		return value;
	}

}

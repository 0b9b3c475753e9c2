package io.plangraph.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A value as a plan document prints it (14,259件以上, △ 0.35%, (延べ) 8社以上, —), kept verbatim beside
 * the number, unit, bound and state read from it.
 *
 * <p>Reading rules: thousands separators go; a leading △ or ▲ is a minus sign; full-width digits
 * count as digits; 以上 and 以下 at the end are the bound; (累計) or (延べ) anywhere make it
 * cumulative; a trailing ※ is tolerated; —, －, ― and 指標未公表 are not published; "-" alone or
 * nothing is missing. A text without a number that is none of these markers is an error, never
 * taken for words: values in words are declared with {@link #qualitative(String)}, and texts such as
 * 28億2,951万円 get their number through {@link #explicit(String, double, String)}.
 */
public record PrintedValue(String text, Double number, String unit, Bound bound, boolean cumulative,
		ValueState state) {

	private static final Set<String> NOT_PUBLISHED_MARKERS = Set.of("—", "－", "―", "指標未公表", "未公表",
			"—指標未公表", "－指標未公表", "―指標未公表");
	private static final Pattern CUMULATIVE_NOTE = Pattern.compile("\\((?:累計|延べ)\\)");
	private static final Pattern CUMULATIVE_WORD = Pattern.compile("^(?:累計|延べ)");
	private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?");
	private static final Pattern DIGIT = Pattern.compile("\\d");

	public PrintedValue {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(state, "state");
		if ((state == ValueState.NUMERIC) != (number != null)) {
			throw new IllegalArgumentException("a value has a number exactly when it is NUMERIC: " + text + " is "
					+ state + " with number " + number);
		}
		if (number != null && !Double.isFinite(number)) {
			throw new IllegalArgumentException("the number of " + text + " is not finite: " + number);
		}
		if (state != ValueState.NUMERIC && (unit != null || bound != null)) {
			throw new IllegalArgumentException("only a NUMERIC value has a unit or bound: " + text);
		}
		if (unit != null && unit.isBlank()) {
			throw new IllegalArgumentException("a unit is left out (null), not blank: " + text);
		}
	}

	/** Reads a printed value; see the type's description for the rules. */
	public static PrintedValue parse(String text) {
		if (text == null) {
			throw new InvalidPrintedValueException("null", "no text given; write - for a missing value");
		}
		String trimmed = text.strip();
		if (trimmed.isEmpty() || trimmed.equals("-")) {
			return new PrintedValue(text, null, null, null, false, ValueState.MISSING);
		}
		// Checked before normalising: － (full-width) means not published, - (ASCII) means missing.
		if (NOT_PUBLISHED_MARKERS.contains(PrintedText.compact(trimmed))) {
			return new PrintedValue(text, null, null, null, false, ValueState.NOT_PUBLISHED);
		}
		String rest = PrintedText.normalise(trimmed);
		boolean cumulative = isCumulative(rest);
		rest = CUMULATIVE_WORD.matcher(CUMULATIVE_NOTE.matcher(rest).replaceAll("").strip()).replaceAll("").strip();
		rest = withoutReferenceMark(rest);
		Bound bound = null;
		for (Bound candidate : Bound.values()) {
			if (rest.endsWith(candidate.printed())) {
				bound = candidate;
				rest = withoutReferenceMark(rest.substring(0, rest.length() - candidate.printed().length()));
				break;
			}
		}
		boolean negative = false;
		if (!rest.isEmpty() && "△▲-−－".indexOf(rest.charAt(0)) >= 0) {
			negative = true;
			rest = rest.substring(1).strip();
		} else if (rest.startsWith("+")) {
			rest = rest.substring(1).strip();
		}
		Matcher number = NUMBER.matcher(rest);
		if (!number.find()) {
			throw new InvalidPrintedValueException(text, !DIGIT.matcher(rest).find()
					? "it has no number and is not a marker of a value not published (—, －, ―, 指標未公表) or missing "
							+ "(-); declare a value in words as QUALITATIVE"
					: "it does not start with a number; give the number and unit explicitly (約1,000名, 28億2,951万円)");
		}
		String unit = rest.substring(number.end()).strip();
		checkUnit(text, unit);
		double magnitude = new BigDecimal(number.group(1).replace(",", "")
				+ (number.group(2) == null ? "" : number.group(2))).doubleValue();
		// 0.0 - x rather than -x, so that △ 0 is 0 and not −0.
		double value = negative ? 0.0 - magnitude : magnitude;
		return new PrintedValue(text, value, unit.isEmpty() ? null : unit, bound, cumulative, ValueState.NUMERIC);
	}

	/**
	 * A value whose number the document does not print plainly (28億2,951万円, 約1,000名): the number
	 * and unit as given, the text kept; 以上/以下 and (累計)/(延べ) are still read from the text.
	 */
	public static PrintedValue explicit(String text, double number, String unit) {
		Objects.requireNonNull(text, "text");
		String normalised = PrintedText.normalise(text.strip());
		String withoutMark = withoutReferenceMark(normalised);
		Bound bound = null;
		for (Bound candidate : Bound.values()) {
			if (withoutMark.endsWith(candidate.printed())) {
				bound = candidate;
				break;
			}
		}
		return new PrintedValue(text, number, unit == null || unit.isBlank() ? null : unit.strip(), bound,
				isCumulative(normalised), ValueState.NUMERIC);
	}

	/** A value in words, 会瀬スポーツ広場の供用開始: no number, nothing to compare. */
	public static PrintedValue qualitative(String text) {
		Objects.requireNonNull(text, "text");
		if (text.isBlank()) {
			throw new InvalidPrintedValueException(text, "a value in words needs words");
		}
		return new PrintedValue(text, null, null, null, isCumulative(PrintedText.normalise(text)),
				ValueState.QUALITATIVE);
	}

	/**
	 * The same value with the unit a data file gives instead of the printed one (118,500/年 printed, 件/年
	 * meant); a value without a number has no unit and stays as it is.
	 */
	public PrintedValue withUnit(String givenUnit) {
		if (!isNumeric()) {
			return this;
		}
		return new PrintedValue(text, number, givenUnit == null || givenUnit.isBlank() ? null : givenUnit.strip(),
				bound, cumulative, state);
	}

	/** Whether a printed value says it is approximate: 約 (about) printed with it, 約1,000名, 年間約16,600時間. */
	public static boolean isApproximate(String text) {
		return text != null && text.contains("約");
	}

	/** Whether the value has a number to compute with. */
	public boolean isNumeric() {
		return state == ValueState.NUMERIC;
	}

	private static boolean isCumulative(String normalised) {
		return CUMULATIVE_NOTE.matcher(normalised).find() || CUMULATIVE_WORD.matcher(normalised.strip()).find();
	}

	// ※ points at a footnote; the footnote is the value's note, not part of the value.
	private static String withoutReferenceMark(String text) {
		String result = text.strip();
		while (result.endsWith("※")) {
			result = result.substring(0, result.length() - 1).strip();
		}
		return result;
	}

	private static void checkUnit(String text, String unit) {
		if (unit.startsWith(",") || unit.startsWith(".")) {
			throw new InvalidPrintedValueException(text, "the number is malformed at '" + unit
					+ "': thousands separators group three digits (12,345), decimals follow one point");
		}
		if (unit.contains("(") || unit.contains(")")) {
			throw new InvalidPrintedValueException(text, "'" + unit + "' holds a note in parentheses; a year such as "
					+ "(R1 ※) or (R7.3時点) goes into the value's year or asOf, other notes into its note");
		}
		if (DIGIT.matcher(unit).find()) {
			throw new InvalidPrintedValueException(text, "the unit '" + unit + "' contains a further number; give "
					+ "the number and unit explicitly (28億2,951万円)");
		}
	}
}

package io.plangraph.calendar;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Normalises a date or year as printed: full-width letters and digits to ASCII, no spaces. */
final class CalendarText {

	private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");

	private CalendarText() {
	}

	/** NFKC (Ｒ５ → R5, （ → (, ～ → ~) and all white space removed: 令和 5 年 → 令和5年. */
	static String normalise(String text) {
		return SPACE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
	}

	/** The text without one pair of enclosing parentheses: (R7.3時点) → R7.3時点. */
	static String unwrapParentheses(String text) {
		if (text.length() >= 2 && text.startsWith("(") && text.endsWith(")")) {
			return text.substring(1, text.length() - 1);
		}
		return text;
	}
}

package io.plangraph.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ratio printed as a percentage, 前年度比 131.7%, read as 1.317 with the number of decimals printed,
 * so that a comparison can allow for the rounding of the last printed digit.
 */
public record PrintedRatio(String text, double ratio, int decimals) {

	private static final Pattern PERCENT = Pattern.compile("(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?\\s*%");

	public PrintedRatio {
		Objects.requireNonNull(text, "text");
		if (!Double.isFinite(ratio) || ratio < 0) {
			throw new IllegalArgumentException("a ratio is a finite number ≥ 0, not " + ratio + " (" + text + ")");
		}
		if (decimals < 0) {
			throw new IllegalArgumentException("decimals must not be negative: " + decimals);
		}
	}

	/** Reads "131.7%" (or ％, full-width digits, 1,047.6%) as 1.317 with 1 decimal. */
	public static PrintedRatio parse(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidPrintedValueException(String.valueOf(text), "no ratio given");
		}
		Matcher percent = PERCENT.matcher(PrintedText.normalise(text.strip()));
		if (!percent.matches()) {
			throw new InvalidPrintedValueException(text, "a ratio is printed as a percentage such as 131.7%");
		}
		String fraction = percent.group(2) == null ? "" : percent.group(2);
		BigDecimal percentage = new BigDecimal(percent.group(1).replace(",", "") + (fraction.isEmpty() ? "" : "."
				+ fraction));
		return new PrintedRatio(text, percentage.movePointLeft(2).doubleValue(), fraction.length());
	}

	/** The ratio as a percentage, 131.7. */
	public double percent() {
		return ratio * 100;
	}

	/**
	 * One unit of the last printed digit, as a ratio: 0.001 for 131.7%. A printed figure within this
	 * of the true ratio is taken as that ratio rounded (up, down or cut off, from values that may
	 * themselves have been rounded): 283.6% for 100,054 / 35,290 = 283.52% agrees.
	 */
	public double tolerance() {
		return BigDecimal.ONE.movePointLeft(decimals + 2).doubleValue();
	}

	/** Whether a computed ratio rounds to this printed one, within {@link #tolerance()}. */
	public boolean agreesWith(double computedRatio) {
		// The small extra absorbs binary floating-point error at exactly one unit.
		return Math.abs(computedRatio - ratio) <= tolerance() * (1 + 1e-9);
	}
}

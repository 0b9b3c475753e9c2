package io.plangraph.status;

import io.plangraph.indicator.Direction;
import io.plangraph.indicator.PrintedValue;
import java.util.Objects;

/**
 * The year-over-year rule for programs: ratio = this year / last year (108件 / 82件 = 1.317), and
 * BETTER, ABOUT_SAME or WORSE by the direction, with an about-the-same band around 1; a neutral figure
 * keeps its ratio and is NOT_JUDGED.
 *
 * <p>No ratio where either value has no number (missing, not published, in words), where last year
 * is 0, where either is negative (a ratio of signed quantities does not read as "this year against
 * last year") or where both print units and they differ (件 against 千円); one value without a unit
 * (1,062 against 804件) is compared.
 */
public final class YearOverYearRule {

	private YearOverYearRule() {
	}

	/** Compares with the default band, ±5 %. */
	public static YearOverYear compare(PrintedValue thisYear, PrintedValue lastYear, Direction direction) {
		return compare(thisYear, lastYear, direction, AboutSameBand.DEFAULT);
	}

	/** Compares this year's value with last year's. */
	public static YearOverYear compare(PrintedValue thisYear, PrintedValue lastYear, Direction direction,
			AboutSameBand band) {
		Objects.requireNonNull(thisYear, "thisYear");
		Objects.requireNonNull(lastYear, "lastYear");
		Objects.requireNonNull(direction, "direction");
		Objects.requireNonNull(band, "band");
		String incomparable = whyNoRatio(thisYear, lastYear);
		if (incomparable != null) {
			return new YearOverYear(null, Trend.NOT_COMPARABLE, direction, incomparable);
		}
		double ratio = thisYear.number() / lastYear.number();
		Trend trend = !direction.judges() ? Trend.NOT_JUDGED : band.contains(ratio) ? Trend.ABOUT_SAME
				: direction.isBetter(ratio, 1.0) ? Trend.BETTER : Trend.WORSE;
		return new YearOverYear(ratio, trend, direction, null);
	}

	/** this year / last year, or null where there is no meaningful ratio (see the type's description). */
	public static Double ratio(PrintedValue thisYear, PrintedValue lastYear) {
		return whyNoRatio(thisYear, lastYear) == null ? thisYear.number() / lastYear.number() : null;
	}

	private static String whyNoRatio(PrintedValue thisYear, PrintedValue lastYear) {
		if (!thisYear.isNumeric()) {
			return "this year's value is " + thisYear.state() + " (" + thisYear.text() + ")";
		}
		if (!lastYear.isNumeric()) {
			return "last year's value is " + lastYear.state() + " (" + lastYear.text() + ")";
		}
		if (lastYear.number() == 0) {
			return "last year's value is 0";
		}
		if (thisYear.number() < 0 || lastYear.number() < 0) {
			return "a value is negative";
		}
		if (thisYear.unit() != null && lastYear.unit() != null && !thisYear.unit().equals(lastYear.unit())) {
			return "the units differ (" + thisYear.unit() + ", " + lastYear.unit() + ")";
		}
		return null;
	}
}

package io.plangraph.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The "as of" of a value or report, 令和5年9月30日現在 or R7.3時点: a day, or a month that stands for its
 * last day.
 */
public record AsOf(LocalDate date, Precision precision) {

	/** How exactly the document dates it. */
	public enum Precision {
		/** A calendar day was printed. */
		DAY,
		/** Only year and month were printed; {@link AsOf#date()} is the month's last day. */
		MONTH
	}

	public AsOf {
		Objects.requireNonNull(date, "date");
		Objects.requireNonNull(precision, "precision");
		if (precision == Precision.MONTH && date.getDayOfMonth() != date.lengthOfMonth()) {
			throw new IllegalArgumentException("a month-precision as-of stands for the month's last day, not " + date);
		}
	}

	/** As of a day. */
	public static AsOf day(LocalDate date) {
		return new AsOf(date, Precision.DAY);
	}

	/** As of a month, dated to its last day. */
	public static AsOf month(int year, int month) {
		LocalDate first = LocalDate.of(year, month, 1);
		return new AsOf(first.withDayOfMonth(first.lengthOfMonth()), Precision.MONTH);
	}

	/** The fiscal year the as-of day falls in. */
	public FiscalYear fiscalYear() {
		return FiscalYear.containing(date);
	}
}

package io.plangraph.calendar;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Consecutive fiscal years, both ends included, such as the R4～R6 of 創業件数152件(R4～R6). */
public record FiscalYearRange(FiscalYear from, FiscalYear to) {

	// 計 / 合計 after the years says the value is their total: (R4～R6計), (R5. R6合計).
	private static final Pattern TOTAL = Pattern.compile("(?:の?合計|計)$");
	private static final Pattern RANGE = Pattern.compile("(.+?)[~〜\\-‐－―–—](.+)");
	private static final Pattern LIST = Pattern.compile("(.+?)[.・、,](.+)");
	private static final Pattern BARE_YEAR = Pattern.compile("(元|\\d{1,2})(年度)?");
	private static final Pattern ERA_PREFIX = Pattern.compile("^([A-Za-z]|\\p{IsHan}{2})(?=元|\\d)");

	public FiscalYearRange {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("a range of fiscal years must not end (" + to.label()
					+ ") before it starts (" + from.label() + ")");
		}
	}

	/** The range from {@code from} to {@code to}, both included. */
	public static FiscalYearRange of(FiscalYear from, FiscalYear to) {
		return new FiscalYearRange(from, to);
	}

	/** A range of one year. */
	public static FiscalYearRange single(FiscalYear year) {
		return new FiscalYearRange(year, year);
	}

	/**
	 * Reads "R4～R6", "R4~R6", "R4-R6", "R4～6", "R4～R6計", "(R4～R6)", two listed years "R5. R6" (which
	 * must follow each other) and a single year "R5".
	 */
	public static FiscalYearRange parse(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidFiscalYearException.ofRange(String.valueOf(text), "it is empty");
		}
		String normalised = TOTAL.matcher(CalendarText.unwrapParentheses(CalendarText.normalise(text))).replaceAll("");
		Matcher range = RANGE.matcher(normalised);
		if (range.matches()) {
			return ordered(text, year(text, range.group(1)), second(text, range.group(1), range.group(2)));
		}
		Matcher list = LIST.matcher(normalised);
		if (list.matches()) {
			FiscalYear first = year(text, list.group(1));
			FiscalYear second = second(text, list.group(1), list.group(2));
			if (first.yearsUntil(second) != 1) {
				throw InvalidFiscalYearException.ofRange(text, "the listed years " + first.label() + " and "
						+ second.label() + " do not follow each other");
			}
			return of(first, second);
		}
		return single(year(text, normalised));
	}

	/** Whether the year lies within the range. */
	public boolean contains(FiscalYear year) {
		return !year.isBefore(from) && !year.isAfter(to);
	}

	/** Number of fiscal years covered: R4～R6 is 3. */
	public int length() {
		return from.yearsUntil(to) + 1;
	}

	/** The years in order. */
	public List<FiscalYear> years() {
		return IntStream.rangeClosed(from.startYear(), to.startYear()).mapToObj(FiscalYear::of).toList();
	}

	/** "R4～R6", or "R5" for a single year. */
	public String label() {
		return from.equals(to) ? from.label() : from.label() + "～" + to.label();
	}

	private static FiscalYearRange ordered(String text, FiscalYear from, FiscalYear to) {
		if (to.isBefore(from)) {
			throw InvalidFiscalYearException.ofRange(text, "it ends (" + to.label() + ") before it starts ("
					+ from.label() + ")");
		}
		return of(from, to);
	}

	private static FiscalYear year(String text, String part) {
		try {
			return FiscalYear.parse(part);
		} catch (InvalidFiscalYearException notAYear) {
			throw InvalidFiscalYearException.ofRange(text, "'" + part + "' is no fiscal year");
		}
	}

	// "R4～6": the second year borrows the first one's era.
	private static FiscalYear second(String text, String first, String second) {
		Matcher era = ERA_PREFIX.matcher(first);
		if (BARE_YEAR.matcher(second).matches() && era.find()) {
			return year(text, era.group(1) + second);
		}
		return year(text, second);
	}
}

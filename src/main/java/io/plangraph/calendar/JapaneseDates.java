package io.plangraph.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseEra;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads dates as Japanese plan documents print them: 令和5年9月30日, R5.9.30, R7.3時点, 令和5年度末. */
public final class JapaneseDates {

	private static final String DATES = "令和5年9月30日, R5.9.30, R5/9/30, 令和元年5月1日, 2023-09-30, 2023/9/30, "
			+ "2023年9月30日 (with 現在 or 時点 after it, in parentheses or not)";
	private static final String MONTHS = DATES + "; or a month: R7.3, 令和7年3月, 2025-03, R7.3時点, (R7.3時点)";
	private static final String DEADLINES = "令和5年度末, R5年度末, 2023年度末, or a date: " + DATES;

	private static final String ERA_NAME = "(?<era>[A-Za-z]|\\p{IsHan}{2})";
	private static final String ERA_YEAR = "(?<y>元|\\d{1,2})";
	private static final Pattern ERA_KANJI = Pattern.compile(
			ERA_NAME + ERA_YEAR + "年(?<m>\\d{1,2})月(?:(?<d>\\d{1,2})日)?");
	private static final Pattern ERA_DOTTED = Pattern.compile(
			"(?<era>[A-Za-z])" + ERA_YEAR + "[./](?<m>\\d{1,2})(?:[./](?<d>\\d{1,2}))?");
	private static final Pattern GREGORIAN = Pattern.compile(
			"(?<y>\\d{4})(?:[-/.](?<m>\\d{1,2})(?:[-/.](?<d>\\d{1,2}))?|年(?<m2>\\d{1,2})月(?:(?<d2>\\d{1,2})日)?)");
	private static final Pattern AS_OF_WORD = Pattern.compile("(?:現在|時点)$");
	private static final Pattern END_OF_FISCAL_YEAR = Pattern.compile("(.+年度)末");

	private JapaneseDates() {
	}

	/** A calendar day: 令和5年9月30日, R5.9.30, 2023-09-30, 令和元年5月1日 (a trailing 現在/時点 is allowed). */
	public static LocalDate parseDate(String text) {
		AsOf asOf = read(text, DATES);
		if (asOf.precision() != AsOf.Precision.DAY) {
			throw new InvalidJapaneseDateException(text, "names a month, not a day", DATES);
		}
		return asOf.date();
	}

	/** A day or a month as of which something was measured: 令和5年9月30日現在, R7.3時点, (R7.3時点), R6.12. */
	public static AsOf parseAsOf(String text) {
		return read(text, MONTHS);
	}

	/** The end of a fiscal year, 年度末: 令和5年度末 and R5年度末 are 2024-03-31. */
	public static LocalDate parseEndOfFiscalYear(String text) {
		if (text == null || text.isBlank()) {
			throw new InvalidJapaneseDateException(String.valueOf(text), "is empty", "令和5年度末, R5年度末, 2023年度末");
		}
		Matcher end = END_OF_FISCAL_YEAR.matcher(CalendarText.normalise(text));
		if (!end.matches()) {
			throw new InvalidJapaneseDateException(text, "is not the end of a fiscal year (…年度末)",
					"令和5年度末, R5年度末, 2023年度末");
		}
		try {
			return FiscalYear.parse(end.group(1)).end();
		} catch (InvalidFiscalYearException e) {
			throw new InvalidJapaneseDateException(text, "names no fiscal year (" + e.getMessage() + ")",
					"令和5年度末, R5年度末, 2023年度末");
		}
	}

	/** A pledge's deadline: the end of a fiscal year (令和5年度末) or a day (令和6年3月31日). */
	public static LocalDate parseDeadline(String text) {
		if (text != null && END_OF_FISCAL_YEAR.matcher(CalendarText.normalise(text)).matches()) {
			return parseEndOfFiscalYear(text);
		}
		try {
			return parseDate(text);
		} catch (InvalidJapaneseDateException e) {
			throw new InvalidJapaneseDateException(String.valueOf(text), "is no deadline", DEADLINES);
		}
	}

	private static AsOf read(String text, String accepted) {
		if (text == null || text.isBlank()) {
			throw new InvalidJapaneseDateException(String.valueOf(text), "is empty", accepted);
		}
		String normalised = AS_OF_WORD.matcher(CalendarText.unwrapParentheses(CalendarText.normalise(text)))
				.replaceAll("");
		Matcher kanji = ERA_KANJI.matcher(normalised);
		if (kanji.matches()) {
			return eraDate(text, kanji, accepted);
		}
		Matcher dotted = ERA_DOTTED.matcher(normalised);
		if (dotted.matches()) {
			return eraDate(text, dotted, accepted);
		}
		Matcher gregorian = GREGORIAN.matcher(normalised);
		if (gregorian.matches()) {
			String month = gregorian.group("m") != null ? gregorian.group("m") : gregorian.group("m2");
			String day = gregorian.group("m") != null ? gregorian.group("d") : gregorian.group("d2");
			return dated(text, Integer.parseInt(gregorian.group("y")), month, day, accepted);
		}
		throw new InvalidJapaneseDateException(text, "is not a date", accepted);
	}

	private static AsOf eraDate(String text, Matcher matcher, String accepted) {
		JapaneseEra era = Eras.byName(matcher.group("era")).orElseThrow(() -> new InvalidJapaneseDateException(
				text, "names no era ('" + matcher.group("era") + "')", accepted));
		int yearOfEra = Eras.yearOfEra(matcher.group("y"));
		int year;
		try {
			year = Eras.gregorianYear(era, yearOfEra);
		} catch (DateTimeException noSuchYear) {
			throw new InvalidJapaneseDateException(text, "has no such year: " + Eras.kanji(era) + " has no year "
					+ yearOfEra + " (its first year is 元)", accepted);
		}
		AsOf asOf = dated(text, year, matcher.group("m"), matcher.group("d"), accepted);
		// An era year counts on after its era ended (平成31年5月1日 is 2019-05-01, as documents written before
		// the change print it), but nothing lies before an era began: 令和元年4月30日 never was.
		JapaneseEra inForce = eraInForce(text, asOf, accepted);
		if (inForce.getValue() < era.getValue()) {
			throw new InvalidJapaneseDateException(text, "lies before " + Eras.kanji(era) + " began"
					+ Eras.firstDay(era).map(day -> " (" + day + ")").orElse(""), accepted);
		}
		return asOf;
	}

	private static JapaneseEra eraInForce(String text, AsOf asOf, String accepted) {
		try {
			return Eras.on(asOf.date());
		} catch (DateTimeException tooEarly) {
			throw new InvalidJapaneseDateException(text, "lies before the Japanese calendar the JDK knows ("
					+ tooEarly.getMessage() + ")", accepted);
		}
	}

	private static AsOf dated(String text, int year, String month, String day, String accepted) {
		try {
			int monthValue = Integer.parseInt(month);
			return day == null ? AsOf.month(year, monthValue) : AsOf.day(LocalDate.of(year, monthValue,
					Integer.parseInt(day)));
		} catch (DateTimeException noSuchDay) {
			throw new InvalidJapaneseDateException(text, "is no calendar date (" + noSuchDay.getMessage() + ")",
					accepted);
		}
	}
}

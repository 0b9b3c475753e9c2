package io.plangraph.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Japanese fiscal year (年度), 1 April to 31 March, identified by the Gregorian year it starts in.
 *
 * <p>Era years count from the JDK's era list: R5 = 令和5年度 = FY2023, R元 = R1 = H31 = FY2019. An era
 * year after its era ended still counts on (平成32年度 = FY2020), because plans written before an era
 * change print their target years that way; year 0 of an era is an error.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

	/** The first fiscal year the JDK's Japanese calendar can name (明治6, when Japan took the Gregorian calendar). */
	public static final int MIN_START_YEAR = 1873;
	/** The last fiscal year with a four-digit start year. */
	public static final int MAX_START_YEAR = 9999;

	private static final Pattern GREGORIAN = Pattern.compile("(?i)(?:FY)?(\\d{4})(?:年度)?");
	private static final Pattern ERA = Pattern.compile("([A-Za-z]|\\p{IsHan}{2})(元|\\d{1,2})(?:年度)?");

	public FiscalYear {
		if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
			throw InvalidFiscalYearException.of(Integer.toString(startYear),
					"the year must lie between " + MIN_START_YEAR + " and " + MAX_START_YEAR);
		}
	}

	/** The fiscal year starting on 1 April of {@code startYear}. */
	public static FiscalYear of(int startYear) {
		return new FiscalYear(startYear);
	}

	/** The fiscal year a day belongs to: 2024-03-31 is in FY2023, 2024-04-01 in FY2024. */
	public static FiscalYear containing(LocalDate day) {
		Objects.requireNonNull(day, "day");
		return of(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
	}

	/** Reads "2023", "FY2023", "2023年度", "R5", "R5年度", "令和5年度", "令和5", "R元", "H31", "平成31年度" (full-width too). */
	public static FiscalYear parse(String text) {
		if (text == null || text.isBlank()) {
			throw InvalidFiscalYearException.of(String.valueOf(text), "it is empty");
		}
		String normalised = CalendarText.normalise(text);
		Matcher gregorian = GREGORIAN.matcher(normalised);
		if (gregorian.matches()) {
			return of(Integer.parseInt(gregorian.group(1)));
		}
		Matcher era = ERA.matcher(normalised);
		if (era.matches()) {
			JapaneseEra named = Eras.byName(era.group(1)).orElseThrow(() -> InvalidFiscalYearException.of(text,
					"'" + era.group(1) + "' is not an era"));
			int yearOfEra = Eras.yearOfEra(era.group(2));
			try {
				return of(Eras.gregorianYear(named, yearOfEra));
			} catch (DateTimeException noSuchYear) {
				throw InvalidFiscalYearException.of(text, Eras.kanji(named) + " has no year " + yearOfEra
						+ " (its first year is 元, " + Eras.firstGregorianYear(named) + ")");
			}
		}
		throw InvalidFiscalYearException.of(text, "it matches none of the notations");
	}

	/** 1 April of the start year. */
	public LocalDate start() {
		return LocalDate.of(startYear, Month.APRIL, 1);
	}

	/** 31 March of the following year (年度末). */
	public LocalDate end() {
		return LocalDate.of(startYear + 1, Month.MARCH, 31);
	}

	/** Whether a day falls within this fiscal year. */
	public boolean contains(LocalDate day) {
		return !day.isBefore(start()) && !day.isAfter(end());
	}

	/** The era-year label as documents print it, "R5", and "R1" for 令和元年度 (ASCII, so it parses back). */
	public String label() {
		JapaneseDate named = naming();
		return Eras.letter(named.getEra()) + named.get(ChronoField.YEAR_OF_ERA);
	}

	/** The full Japanese label, "令和5年度", "令和元年度". */
	public String japaneseLabel() {
		JapaneseDate named = naming();
		int yearOfEra = named.get(ChronoField.YEAR_OF_ERA);
		return Eras.kanji(named.getEra()) + (yearOfEra == 1 ? "元" : Integer.toString(yearOfEra)) + "年度";
	}

	/** The following fiscal year. */
	public FiscalYear next() {
		return plusYears(1);
	}

	/** The preceding fiscal year. */
	public FiscalYear previous() {
		return plusYears(-1);
	}

	/** This fiscal year moved by {@code years}. */
	public FiscalYear plusYears(int years) {
		return of(startYear + years);
	}

	/** Whole years from this fiscal year to {@code other}: FY2021 to FY2026 is 5, backwards negative. */
	public int yearsUntil(FiscalYear other) {
		return other.startYear - startYear;
	}

	public boolean isBefore(FiscalYear other) {
		return startYear < other.startYear;
	}

	public boolean isAfter(FiscalYear other) {
		return startYear > other.startYear;
	}

	@Override
	public int compareTo(FiscalYear other) {
		return Integer.compare(startYear, other.startYear);
	}

	/** "FY2023". */
	@Override
	public String toString() {
		return "FY" + startYear;
	}

	// A fiscal year takes the name of the era its start year ends in: FY2019 began in 平成 but is
	// 令和元年度, as the government names it; FY1988 is 昭和63年度.
	private JapaneseDate naming() {
		return JapaneseDate.from(LocalDate.of(startYear, Month.DECEMBER, 31));
	}
}

package io.plangraph.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The Japanese eras as the JDK knows them, looked up by the names documents print (R, 令和). */
final class Eras {

	// Built from the JDK's own era list, so a future era arrives with the JDK, not with a code change.
	private static final Map<String, JapaneseEra> BY_NAME = new LinkedHashMap<>();

	static {
		for (JapaneseEra era : JapaneseEra.values()) {
			BY_NAME.put(letter(era), era);
			BY_NAME.put(letter(era).toLowerCase(Locale.ROOT), era);
			BY_NAME.put(kanji(era), era);
		}
	}

	private Eras() {
	}

	/** The era for "R", "r" or "令和", if there is one. */
	static Optional<JapaneseEra> byName(String name) {
		return Optional.ofNullable(BY_NAME.get(name));
	}

	/** The one-letter abbreviation, R for 令和: the JDK's narrow name, else the English name's initial. */
	static String letter(JapaneseEra era) {
		String narrow = era.getDisplayName(TextStyle.NARROW, Locale.ROOT);
		if (narrow.length() == 1 && narrow.charAt(0) < 128 && Character.isLetter(narrow.charAt(0))) {
			return narrow.toUpperCase(Locale.ROOT);
		}
		return era.getDisplayName(TextStyle.FULL, Locale.ENGLISH).substring(0, 1).toUpperCase(Locale.ROOT);
	}

	/** The era's name in kanji, 令和. */
	static String kanji(JapaneseEra era) {
		return era.getDisplayName(TextStyle.FULL, Locale.JAPANESE);
	}

	/** The Gregorian year in which the era's first year falls: 2019 for 令和. */
	static int firstGregorianYear(JapaneseEra era) {
		return JapaneseChronology.INSTANCE.prolepticYear(era, 1);
	}

	/** The era's first day, 2019-05-01 for 令和, where the JDK supports it (not for 明治). */
	static Optional<LocalDate> firstDay(JapaneseEra era) {
		try {
			// Day 1 of era year 1 counts from the day the era began.
			return Optional.of(LocalDate.from(JapaneseChronology.INSTANCE.dateYearDay(era, 1, 1)));
		} catch (DateTimeException unsupported) {
			return Optional.empty();
		}
	}

	/**
	 * The Gregorian year of an era year, counting on after the era ended: 平成31 is 2019 and so is
	 * 令和元; 平成32, as plans written before May 2019 print their later years, is 2020.
	 */
	static int gregorianYear(JapaneseEra era, int yearOfEra) {
		if (yearOfEra < 1) {
			throw new DateTimeException("an era has no year " + yearOfEra + "; its first year is 元 (1)");
		}
		return firstGregorianYear(era) + yearOfEra - 1;
	}

	/** The era in force on a day. */
	static JapaneseEra on(LocalDate day) {
		return JapaneseDate.from(day).getEra();
	}

	/** All names accepted, for error messages: "R/令和, H/平成, …". */
	static String acceptedNames() {
		return Arrays.stream(JapaneseEra.values())
				.map(era -> letter(era) + "/" + kanji(era))
				.collect(Collectors.joining(", "));
	}

	/** "元" or digits as the number of an era year. */
	static int yearOfEra(String digitsOrGan) {
		return "元".equals(digitsOrGan) ? 1 : Integer.parseInt(digitsOrGan);
	}
}

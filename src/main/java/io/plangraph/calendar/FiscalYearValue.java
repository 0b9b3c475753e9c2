package io.plangraph.calendar;

/**
 * A fiscal year as stored beside a fact: its Gregorian start year and the label the document wrote.
 *
 * @param year the Gregorian year the fiscal year starts in (2023 for R5)
 * @param label the fiscal year as the document wrote it (R5, 令和5年度, R元)
 */
public record FiscalYearValue(int year, String label) {

	/** The fiscal year in the Japanese calendar, written out (令和5年度). */
	public String japanese() {
		return FiscalYear.of(year).japaneseLabel();
	}

}

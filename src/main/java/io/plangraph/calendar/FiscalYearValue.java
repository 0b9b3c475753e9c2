package io.plangraph.calendar;

/**
 * A fiscal year as the API answers it: its Gregorian start year and the label the document wrote (or, for a
 * year no document wrote, its era-year label).
 *
 * @param year the Gregorian year the fiscal year starts in (2023 for R5)
 * @param label the fiscal year as the document wrote it (R5, 令和5年度, R元)
 */
public record FiscalYearValue(int year, String label) {

	/** A fiscal year no document wrote, such as a judged or asked-for one, with its era-year label (R5). */
	public static FiscalYearValue of(FiscalYear year) {
		return year == null ? null : new FiscalYearValue(year.startYear(), year.label());
	}

	/** The fiscal year in the Japanese calendar, written out (令和5年度). */
	public String japanese() {
		return FiscalYear.of(year).japaneseLabel();
	}

}

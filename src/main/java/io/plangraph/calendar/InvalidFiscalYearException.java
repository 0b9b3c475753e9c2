package io.plangraph.calendar;

/** A text that is not a fiscal year (or range of them) in any of the notations plangraph reads. */
public final class InvalidFiscalYearException extends IllegalArgumentException {

	static final String ACCEPTED = "accepted forms: 2023, FY2023, 2023年度, R5, R5年度, 令和5年度, 令和5, R元, "
			+ "令和元年度, H31, 平成31年度 (eras " + Eras.acceptedNames() + ")";

	static final String ACCEPTED_RANGES = "ranges read R4～R6, R4~R6, R4-R6, R4～6, R4～R6計, R5. R6";

	private InvalidFiscalYearException(String message) {
		super(message);
	}

	static InvalidFiscalYearException of(String input, String problem) {
		return new InvalidFiscalYearException("'" + input + "' is not a fiscal year: " + problem + "; " + ACCEPTED);
	}

	static InvalidFiscalYearException ofRange(String input, String problem) {
		return new InvalidFiscalYearException("'" + input + "' is not a range of fiscal years: " + problem + "; "
				+ ACCEPTED_RANGES + ", each year in the " + ACCEPTED);
	}
}

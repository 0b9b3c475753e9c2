package io.plangraph.status;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Measurement;
import io.plangraph.indicator.PrintedValue;

/** Short ways to write an indicator's values in tests, as the data files write them. */
final class Values {

	private Values() {
	}

	static FiscalYear fy(String text) {
		return FiscalYear.parse(text);
	}

	static Measurement baseline(String year, String value) {
		return Measurement.baseline(year == null ? null : fy(year), PrintedValue.parse(value));
	}

	static Measurement target(String year, String value) {
		return Measurement.target(year == null ? null : fy(year), PrintedValue.parse(value));
	}

	static Measurement actual(String year, String value) {
		return Measurement.actual(year == null ? null : fy(year), PrintedValue.parse(value));
	}

	static Measurement qualitativeActual(String year, String words) {
		return Measurement.actual(fy(year), PrintedValue.qualitative(words));
	}
}

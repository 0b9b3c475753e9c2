package io.plangraph.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.indicator.Direction;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorValue;
import io.plangraph.indicator.PrintedValue;
import io.plangraph.indicator.ReportedMark;
import io.plangraph.indicator.ValueType;
import io.plangraph.plan.ElementKind;
import io.plangraph.plan.PlanElement;

/** Short ways to write printed facts in plain unit tests, as a document prints them. */
final class Facts {

	private Facts() {
	}

	static FiscalYearValue fy(int year) {
		return new FiscalYearValue(year, year + "年度");
	}

	static IndicatorValue value(ValueType type, int year, String group, String text) {
		var printed = PrintedValue.parse(text);
		return new IndicatorValue("i", 0, type, fy(year), null, null, group, text, printed.number(), printed.unit(),
				printed.bound(), printed.state(), false, false, false, null, "doc", null, false);
	}

	static IndicatorValue actual(int year, String text) {
		return value(ValueType.ACTUAL, year, null, text);
	}

	static ReportedMark mark(int year, String group, String text) {
		return new ReportedMark("i", fy(year), group, List.of(), text, "doc-marks");
	}

	/** An indicator where more is better, with the values and marks given. */
	static Indicator indicator(List<String> groups, List<IndicatorValue> values, List<ReportedMark> marks) {
		return new Indicator("i", "来訪者数", "人", false, Direction.HIGHER_IS_BETTER, false, false, groups, null, "082023",
				null, "doc", values, marks);
	}

	static PlanElement element(String id, ElementKind kind) {
		return pledge(id, kind, null, null, List.of());
	}

	static PlanElement pledge(String id, ElementKind kind, String term, LocalDate deadline,
			List<PlanElement.PledgeProgress> progress) {
		return new PlanElement(id, id, "plan", kind, null, null, id, null, List.of(), null, List.of(), List.of(), null,
				"doc-" + id, term, deadline, deadline == null ? null : deadline.toString(), null, List.of(), List.of(),
				new ArrayList<>(progress), List.of());
	}

}

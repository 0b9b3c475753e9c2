package io.plangraph.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorRole;
import io.plangraph.indicator.IndicatorValue;
import io.plangraph.indicator.ValueType;
import io.plangraph.plan.PlanElement;
import io.plangraph.plan.PlanGraph;
import io.plangraph.status.AboutSameBand;
import io.plangraph.status.Trend;
import io.plangraph.status.YearOverYear;
import io.plangraph.status.YearOverYearRule;

/**
 * A program's result in a fiscal year against the year before, with the ratio the document printed.
 * The result is the program's output indicator (role {@code PROGRAM_OUTPUT}).
 *
 * @param fiscalYear the year compared
 * @param value this year's result, {@code null} where none is printed
 * @param previousValue last year's result, {@code null} where none is printed
 * @param result the rule's comparison
 * @param reportedRatio the 前年度比 the document printed for the year, if any
 */
record ProgramResult(FiscalYear fiscalYear, IndicatorValue value, IndicatorValue previousValue, YearOverYear result,
		Double reportedRatio) {

	/** The program's result, or empty for an element without an output indicator. */
	static Optional<ProgramResult> of(PlanGraph plan, PlanElement program, FiscalYear asked, AboutSameBand band) {
		Optional<Indicator> output = plan.uses(program.id()).stream()
			.filter(use -> use.role() == IndicatorRole.PROGRAM_OUTPUT)
			.map(PlanGraph.IndicatorInRole::indicator)
			.findFirst();
		return output.map(indicator -> {
			List<IndicatorValue> actuals = indicator.values(ValueType.ACTUAL, null).stream()
				.filter(v -> v.group() == null && v.fiscalYear() != null)
				.toList();
			FiscalYear year = asked != null ? asked
					: actuals.stream().map(v -> FiscalYear.of(v.fiscalYear().year())).max(FiscalYear::compareTo).orElse(null);
			if (year == null) {
				return new ProgramResult(null, null, null,
						new YearOverYear(null, Trend.NOT_COMPARABLE, indicator.direction(), "no result is printed"), null);
			}
			IndicatorValue current = in(actuals, year);
			IndicatorValue previous = in(actuals, year.previous());
			YearOverYear result = current == null || previous == null
					? new YearOverYear(null, Trend.NOT_COMPARABLE, indicator.direction(),
							"no result is printed for " + (current == null ? year : year.previous()).label())
					: YearOverYearRule.compare(current.printed(), previous.printed(), indicator.direction(), band);
			Double reported = program.reportedRatios().stream()
				.filter(r -> r.fiscalYear().year() == year.startYear())
				.map(PlanElement.ReportedRatio::ratio)
				.findFirst()
				.orElse(null);
			return new ProgramResult(year, current, previous, result, reported);
		});
	}

	private static IndicatorValue in(List<IndicatorValue> actuals, FiscalYear year) {
		return actuals.stream().filter(v -> Objects.equals(v.fiscalYear().year(), year.startYear())).findFirst().orElse(null);
	}

}

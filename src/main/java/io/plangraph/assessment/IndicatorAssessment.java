package io.plangraph.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorValue;
import io.plangraph.indicator.Measurement;
import io.plangraph.indicator.ReportedMark;
import io.plangraph.indicator.ValueType;
import io.plangraph.status.Achievement;
import io.plangraph.status.AchievementRule;
import io.plangraph.status.AchievementStatus;
import io.plangraph.status.IndicatorSeries;
import io.plangraph.status.ProgressRule;
import io.plangraph.status.Trajectory;
import io.plangraph.status.TrajectoryRule;
import io.plangraph.status.TrajectoryThresholds;

/**
 * The status rules applied to one indicator as read from the graph: its values become the rules'
 * measurements, one series per group. Nothing here touches the database.
 */
public final class IndicatorAssessment {

	private final Indicator indicator;

	private final List<Measurement> measurements;

	public IndicatorAssessment(Indicator indicator) {
		this.indicator = indicator;
		this.measurements = indicator.values().stream().map(IndicatorAssessment::measurement).toList();
	}

	private static Measurement measurement(IndicatorValue value) {
		// A value stated for a range of years is known at the end of the range.
		var year = value.fiscalYearTo() != null ? value.fiscalYearTo() : value.fiscalYear();
		return new Measurement(value.type(), year == null ? null : FiscalYear.of(year.year()), value.group(),
				value.printed(), value.usedForStatus());
	}

	Indicator indicator() {
		return indicator;
	}

	/** The series of one group, or of the whole where {@code group} is null. */
	public IndicatorSeries series(String group) {
		if (group != null && !indicator.groups().contains(group)) {
			throw new IllegalArgumentException("indicator '" + indicator.id() + "' has no group '" + group
					+ "'; its groups are " + indicator.groups());
		}
		return new IndicatorSeries(indicator.direction(), group,
				measurements.stream().filter(m -> java.util.Objects.equals(m.group(), group)).toList());
	}

	/** Every group's series, or the whole's where the indicator is not split. */
	public List<IndicatorSeries> everySeries() {
		return indicator.groups().isEmpty() ? List.of(series(null)) : indicator.groups().stream().map(this::series).toList();
	}

	/** The year to judge: the one asked for, else the series' latest year with an actual, else {@code current}. */
	static FiscalYear yearToJudge(IndicatorSeries series, FiscalYear asked, FiscalYear current) {
		if (asked != null) {
			return asked;
		}
		return series.actuals().stream()
			.map(Measurement::year)
			.filter(java.util.Objects::nonNull)
			.max(Comparator.naturalOrder())
			.orElse(current);
	}

	public Achievement achievement(FiscalYear asOf, String group, FiscalYear current) {
		var series = series(group);
		return AchievementRule.judge(series, yearToJudge(series, asOf, current));
	}

	public Double progress(FiscalYear asOf, String group) {
		var series = series(group);
		return (asOf == null ? ProgressRule.latest(series) : ProgressRule.asOf(series, asOf)).value();
	}

	Optional<IndicatorValue> latestValue(FiscalYear asOf, String group) {
		return indicator.values().stream()
			.filter(v -> v.type() == ValueType.ACTUAL && java.util.Objects.equals(v.group(), group))
			.filter(v -> v.fiscalYear() != null && v.number() != null)
			.filter(v -> asOf == null || v.fiscalYear().year() <= asOf.startYear())
			.max(Comparator.comparing((IndicatorValue v) -> v.fiscalYear().year()).thenComparing(IndicatorValue::position));
	}

	/** The trajectory at {@code asOf}, or at the latest year with an actual; insufficient data without one. */
	public Trajectory trajectory(FiscalYear asOf, String group, TrajectoryThresholds thresholds) {
		var series = series(group);
		FiscalYear year = asOf != null ? asOf : series.latestActualYear().orElse(null);
		return year == null ? TrajectoryRule.assess(series) : TrajectoryRule.assess(series, year, thresholds);
	}

	/** The status the document printed for a year and group, if it printed one. */
	Optional<AchievementStatus> reported(FiscalYear year, String group) {
		return indicator.reportedMarks().stream()
			.filter(m -> m.fiscalYear().year() == year.startYear())
			.filter(m -> java.util.Objects.equals(m.group(), group) || m.groups().contains(group)
					|| (m.group() == null && m.groups().isEmpty() && group != null))
			// the mark printed for the group itself, then one printed for its row of groups, then the whole
			.sorted(Comparator.comparing((ReportedMark m) -> m.group() != null ? 0 : m.groups().isEmpty() ? 2 : 1))
			.map(m -> AchievementStatus.reportedBy(m.printed()))
			.findFirst();
	}

	/** Whether the document printed an actual (a number, a dash, words) for that year and group. */
	boolean printedAnActualIn(FiscalYear year, String group) {
		return measurements.stream()
			.anyMatch(m -> m.type() == ValueType.ACTUAL && year.equals(m.year()) && java.util.Objects.equals(m.group(), group));
	}

}

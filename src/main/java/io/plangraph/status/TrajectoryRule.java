package io.plangraph.status;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Direction;
import io.plangraph.indicator.Measurement;
import java.util.Objects;

/**
 * Whether an indicator will reach its target by the target year at the pace it has kept so far.
 *
 * <p>Modelled on the progress measure of Open SDG (open-sdg.org, docs/progress-methodology.md,
 * developed by Statistics Canada after Eurostat's method): the ratio R of the observed pace to the
 * pace required is graded R ≥ 0.95 on track, 0.6 ≤ R &lt; 0.95 acceleration needed, 0 ≤ R &lt; 0.6
 * limited progress, R &lt; 0 deterioration, with "target achieved" tested first. Two differences,
 * made for municipal indicators: the paces are linear changes per year rather than compound growth
 * rates, since baselines of 0 (補助金交付件数 0件) and negative values (人口社会増減率 △0.35%) are
 * common; and the required pace is what remains from the latest actual to the target per remaining
 * year, so an indicator ahead of schedule needs less from now on.
 *
 * <p>observed = (latest − baseline) / years from baseline to latest; required = (target − latest) /
 * years from latest to target; R = observed / required, which is positive exactly when the value
 * moves towards the target, whichever the direction.
 */
public final class TrajectoryRule {

	private TrajectoryRule() {
	}

	/** The trajectory as of the latest year with a numeric actual, with the default thresholds. */
	public static Trajectory assess(IndicatorSeries series) {
		return series.latestActualYear().map(year -> assess(series, year, TrajectoryThresholds.DEFAULT))
				.orElseGet(() -> insufficient(series, null, "no numeric actual value"));
	}

	/** The trajectory of the latest numeric actual at or before {@code asOf}. */
	public static Trajectory assess(IndicatorSeries series, FiscalYear asOf, TrajectoryThresholds thresholds) {
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(asOf, "asOf");
		Objects.requireNonNull(thresholds, "thresholds");
		Direction direction = series.direction();
		Measurement baseline = series.statusBaseline().filter(Measurement::isNumeric).orElse(null);
		Measurement target = series.finalTarget().filter(Measurement::isNumeric).orElse(null);
		Measurement latest = series.latestActual(asOf).orElse(null);
		if (direction == null) {
			return insufficient(series, latest, "the indicator's direction is not known");
		}
		if (!direction.judges()) {
			return new Trajectory(TrajectoryStatus.NOT_JUDGED, yearOf(baseline), numberOf(baseline),
					latest == null ? null : latest.year(), latest == null ? null : latest.number(), yearOf(target),
					numberOf(target), null, null, null, AchievementRule.NEUTRAL_REASON);
		}
		if (target == null) {
			return insufficient(series, latest, "there is no numeric target");
		}
		if (latest == null) {
			return insufficient(series, null, "there is no numeric actual at or before " + asOf.label());
		}
		if (direction.isAtLeastAsGoodAs(latest.number(), target.number())) {
			return new Trajectory(TrajectoryStatus.TARGET_MET, yearOf(baseline), numberOf(baseline), latest.year(),
					latest.number(), target.year(), target.number(), null, null, null, null);
		}
		if (baseline == null || baseline.year() == null || target.year() == null) {
			return insufficient(series, latest, baseline == null ? "there is no numeric baseline"
					: "the baseline or target has no year");
		}
		int elapsed = baseline.year().yearsUntil(latest.year());
		int remaining = latest.year().yearsUntil(target.year());
		if (remaining <= 0) {
			return new Trajectory(TrajectoryStatus.TARGET_MISSED, baseline.year(), baseline.number(), latest.year(),
					latest.number(), target.year(), target.number(), pace(baseline, latest, elapsed), null, null,
					"the target year " + target.year().label() + " has come without the target being reached");
		}
		if (elapsed <= 0) {
			return insufficient(series, latest, "no time has passed between the baseline ("
					+ baseline.year().label() + ") and the latest actual (" + latest.year().label() + ")");
		}
		double observed = (latest.number() - baseline.number()) / elapsed;
		double required = (target.number() - latest.number()) / remaining;
		double ratio = observed / required;
		return new Trajectory(grade(ratio, thresholds), baseline.year(), baseline.number(), latest.year(),
				latest.number(), target.year(), target.number(), observed, required, ratio, null);
	}

	private static TrajectoryStatus grade(double ratio, TrajectoryThresholds thresholds) {
		if (ratio >= thresholds.onTrack()) {
			return TrajectoryStatus.ON_TRACK;
		}
		if (ratio >= thresholds.accelerationNeeded()) {
			return TrajectoryStatus.ACCELERATION_NEEDED;
		}
		return ratio >= 0 ? TrajectoryStatus.LIMITED_PROGRESS : TrajectoryStatus.DETERIORATION;
	}

	private static Double pace(Measurement from, Measurement to, int years) {
		return years > 0 ? (to.number() - from.number()) / years : null;
	}

	private static Trajectory insufficient(IndicatorSeries series, Measurement latest, String reason) {
		Measurement baseline = series.statusBaseline().filter(Measurement::isNumeric).orElse(null);
		Measurement target = series.finalTarget().filter(Measurement::isNumeric).orElse(null);
		return new Trajectory(TrajectoryStatus.INSUFFICIENT_DATA, yearOf(baseline), numberOf(baseline),
				latest == null ? null : latest.year(), latest == null ? null : latest.number(), yearOf(target),
				numberOf(target), null, null, null, reason);
	}

	private static FiscalYear yearOf(Measurement measurement) {
		return measurement == null ? null : measurement.year();
	}

	private static Double numberOf(Measurement measurement) {
		return measurement == null ? null : measurement.number();
	}
}

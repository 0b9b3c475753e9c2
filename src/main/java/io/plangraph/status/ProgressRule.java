package io.plangraph.status;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Measurement;
import java.util.Objects;

/**
 * Normalised progress (A − B) / (T − B), which lets indicators with different units, baselines and
 * years stand side by side; the direction takes care of itself (86 → 50 with A = 85 gives +1/36).
 *
 * <p>Where the target equals the baseline (創業3年後の定着率 60.0% → 60.0%) there is no distance to
 * measure along and the progress is null; the achievement status still judges such an indicator.
 */
public final class ProgressRule {

	private ProgressRule() {
	}

	/** (A − B) / (T − B), or null where T == B. */
	public static Double normalised(double baseline, double target, double actual) {
		if (target == baseline) {
			return null;
		}
		return (actual - baseline) / (target - baseline);
	}

	/** Progress of the latest numeric actual at or before {@code asOf}. */
	public static Progress asOf(IndicatorSeries series, FiscalYear asOf) {
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(asOf, "asOf");
		Measurement baseline = series.statusBaseline().orElse(null);
		Measurement target = series.finalTarget().orElse(null);
		Measurement actual = series.latestActual(asOf).orElse(null);
		String missing = baseline == null || !baseline.isNumeric() ? "no numeric baseline"
				: target == null || !target.isNumeric() ? "no numeric target"
				: actual == null ? "no numeric actual at or before " + asOf.label()
				: null;
		if (missing != null) {
			return new Progress(null, asOf, baseline, target, actual, missing);
		}
		Double value = normalised(baseline.number(), target.number(), actual.number());
		return new Progress(value, asOf, baseline, target, actual,
				value == null ? "the target equals the baseline, so there is no distance to progress along" : null);
	}

	/** Progress as of the latest year with a numeric actual. */
	public static Progress latest(IndicatorSeries series) {
		return series.latestActualYear().map(year -> asOf(series, year))
				.orElseGet(() -> new Progress(null, null, series.statusBaseline().orElse(null),
						series.finalTarget().orElse(null), null, "no numeric actual value"));
	}
}

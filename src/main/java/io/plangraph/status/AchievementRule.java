package io.plangraph.status;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Direction;
import io.plangraph.indicator.Measurement;
import io.plangraph.indicator.ValueState;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Hitachi's achievement rule: for baseline B, target T and actual A of a fiscal year, ◎ if A reaches
 * T, else ○ if A reaches B, else △; — where the year has no actual (or its actual is not published
 * or written "-"). "Reaches" means ≥ where higher is better and ≤ where lower is better.
 *
 * <p>The target is tested first because a target may lie below the baseline (路線バス年間利用者数:
 * B 3,288千人, T 3,041千人): an actual of 3,100 there meets the target although it is under the
 * baseline. The rule does not apply (NOT_EVALUABLE) without a direction, a numeric baseline or
 * a numeric target, or where a value is in words. A neutral figure is NOT_JUDGED: its values stand as
 * facts, none of them reaches or misses anything. Which baseline and target: see {@link IndicatorSeries}.
 */
public final class AchievementRule {

	static final String NEUTRAL_REASON = "the indicator is neutral: neither higher nor lower is better";

	private AchievementRule() {
	}

	/** The rule on plain numbers. */
	public static AchievementStatus judge(Direction direction, double baseline, double target, double actual) {
		Objects.requireNonNull(direction, "direction");
		if (!direction.judges()) {
			return AchievementStatus.NOT_JUDGED;
		}
		if (direction.isAtLeastAsGoodAs(actual, target)) {
			return AchievementStatus.TARGET_MET;
		}
		return direction.isAtLeastAsGoodAs(actual, baseline) ? AchievementStatus.BASELINE_MET
				: AchievementStatus.BELOW_BASELINE;
	}

	/** The status of a series in a fiscal year. */
	public static Achievement judge(IndicatorSeries series, FiscalYear year) {
		Objects.requireNonNull(series, "series");
		Objects.requireNonNull(year, "year");
		Measurement baseline = series.statusBaseline().orElse(null);
		Measurement target = series.finalTarget().orElse(null);
		Measurement actual = series.actualIn(year).orElse(null);
		if (series.direction() != null && !series.direction().judges()) {
			return new Achievement(AchievementStatus.NOT_JUDGED, series.group(), year, baseline, target, actual,
					NEUTRAL_REASON);
		}
		Optional<String> notEvaluable = whyNotEvaluable(series.direction(), baseline, target, actual);
		if (notEvaluable.isPresent()) {
			return new Achievement(AchievementStatus.NOT_EVALUABLE, series.group(), year, baseline, target, actual,
					notEvaluable.get());
		}
		if (actual == null || !actual.isNumeric()) {
			return new Achievement(AchievementStatus.NOT_PUBLISHED, series.group(), year, baseline, target, actual,
					actual == null ? "no actual value for " + year.label()
							: "the actual value for " + year.label() + " is " + actual.value().state());
		}
		AchievementStatus status = judge(series.direction(), baseline.number(), target.number(), actual.number());
		return new Achievement(status, series.group(), year, baseline, target, actual, null);
	}

	/** The status of each group of a divided indicator (or of the whole, if undivided), in group order. */
	public static List<Achievement> judgeEachGroup(Direction direction, List<Measurement> measurements,
			FiscalYear year) {
		return IndicatorSeries.split(direction, measurements).stream().map(series -> judge(series, year)).toList();
	}

	private static Optional<String> whyNotEvaluable(Direction direction, Measurement baseline, Measurement target,
			Measurement actual) {
		if (direction == null) {
			return Optional.of("the indicator's direction is not known");
		}
		if (baseline == null) {
			return Optional.of("there is no baseline");
		}
		if (!baseline.isNumeric()) {
			return Optional.of("the baseline is " + baseline.value().state() + " (" + baseline.value().text() + ")");
		}
		if (target == null) {
			return Optional.of("there is no target");
		}
		if (!target.isNumeric()) {
			return Optional.of("the target is " + target.value().state() + " (" + target.value().text() + ")");
		}
		if (actual != null && actual.value().state() == ValueState.QUALITATIVE) {
			return Optional.of("the actual value is in words (" + actual.value().text() + ")");
		}
		return Optional.empty();
	}
}

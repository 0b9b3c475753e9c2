package io.plangraph.status;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Measurement;
import java.util.Objects;

/**
 * The achievement status of one indicator series in one fiscal year, with the values it was judged
 * on (null where there were none) and, where the rule could not apply in full, why not.
 */
public record Achievement(AchievementStatus status, String group, FiscalYear year, Measurement baseline,
		Measurement target, Measurement actual, String reason) {

	public Achievement {
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(year, "year");
	}
}

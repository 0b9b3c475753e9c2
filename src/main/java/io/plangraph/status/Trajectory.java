package io.plangraph.status;

import io.plangraph.calendar.FiscalYear;
import java.util.Objects;

/**
 * Whether an indicator is on course to its target, with the evidence: the years and values used, the
 * observed and required paces (change per fiscal year, in the indicator's unit, negative where the
 * value falls) and their ratio; fields are null where they could not be computed, with the reason.
 */
public record Trajectory(TrajectoryStatus status, FiscalYear baselineYear, Double baselineValue,
		FiscalYear latestYear, Double latestValue, FiscalYear targetYear, Double targetValue,
		Double observedPace, Double requiredPace, Double ratio, String reason) {

	public Trajectory {
		Objects.requireNonNull(status, "status");
	}
}

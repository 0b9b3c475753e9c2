package io.plangraph.status;

/**
 * The ratio of observed to required pace at which an indicator counts as on track or as merely
 * needing acceleration; the defaults are Open SDG's 95 % and 60 %.
 */
public record TrajectoryThresholds(double onTrack, double accelerationNeeded) {

	/** 0.95 and 0.60, as in the Open SDG / Statistics Canada progress measure. */
	public static final TrajectoryThresholds DEFAULT = new TrajectoryThresholds(0.95, 0.60);

	public TrajectoryThresholds {
		if (!(accelerationNeeded > 0 && accelerationNeeded <= onTrack)) {
			throw new IllegalArgumentException("thresholds need 0 < accelerationNeeded ≤ onTrack, not "
					+ accelerationNeeded + " and " + onTrack);
		}
	}
}

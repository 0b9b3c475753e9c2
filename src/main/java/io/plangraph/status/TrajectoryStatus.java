package io.plangraph.status;

/** Whether an indicator is on course to its target, in the categories of the Open SDG progress measure. */
public enum TrajectoryStatus {
	/** The latest actual already reaches the target. */
	TARGET_MET,
	/** Observed pace at least the on-track threshold (default 95 %) of the pace still required. */
	ON_TRACK,
	/** Moving the right way, but slower than required (default 60 % to 95 %). */
	ACCELERATION_NEEDED,
	/** Moving the right way, far too slowly (0 to 60 %). */
	LIMITED_PROGRESS,
	/** Moving away from the target (ratio below 0). */
	DETERIORATION,
	/** The target year has come without the target being reached. */
	TARGET_MISSED,
	/** Not enough to compute a pace: no direction, baseline, target, dated values or elapsed time. */
	INSUFFICIENT_DATA,
	/** A neutral figure (Direction.NEUTRAL): no way is "towards" or "away", so no pace is graded. */
	NOT_JUDGED;

	/** Whether the indicator is where it should be: target met or on track. */
	public boolean isOnTrack() {
		return this == TARGET_MET || this == ON_TRACK;
	}
}

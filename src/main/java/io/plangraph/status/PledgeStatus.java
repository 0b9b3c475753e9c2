package io.plangraph.status;

/** Where a mayoral pledge (公約) stands on a given day. */
public enum PledgeStatus {
	/** A report on or before the day prints 公約達成. */
	ACHIEVED,
	/** Not achieved, deadline not passed, and the last report shows work under way. */
	IN_PROGRESS,
	/** Not achieved, deadline not passed, and no report yet or the last one at stage 0 (開始). */
	NOT_STARTED,
	/** The deadline has passed without a report of achievement. */
	OVERDUE
}

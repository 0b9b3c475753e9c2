package io.plangraph.status;

/** The outcome of checking a reported fact against what plangraph computes. */
public enum Verdict {
	/** The printed fact matches the computation. */
	AGREES,
	/** The printed fact contradicts the computation: flag it for an analyst. */
	DISAGREES,
	/** Nothing to compare with: a value or status is missing. */
	NOT_CHECKABLE
}

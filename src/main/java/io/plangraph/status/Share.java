package io.plangraph.status;

/**
 * A share of distinct items, such as programs at or above last year's result: {@code count} of
 * {@code outOf} comparable items, with {@code notComparable} left out; the share is null where
 * nothing was comparable.
 */
public record Share(int count, int outOf, int notComparable) {

	public Share {
		if (count < 0 || outOf < count || notComparable < 0) {
			throw new IllegalArgumentException("a share needs 0 ≤ count ≤ outOf, not " + count + " of " + outOf);
		}
	}

	/** count / outOf, or null where outOf is 0. */
	public Double value() {
		return outOf == 0 ? null : (double) count / outOf;
	}

	/** Whether the share reaches a printed floor such as 7割以上 (0.7). */
	public boolean isAtLeast(double floor) {
		return outOf > 0 && count >= floor * outOf - 1e-9;
	}
}

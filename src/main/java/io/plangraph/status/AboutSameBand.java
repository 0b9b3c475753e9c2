package io.plangraph.status;

/**
 * How far this year's result may lie from last year's and still count as about the same: a ratio
 * within [1 − tolerance, 1 + tolerance]; the default is ±5 %.
 */
public record AboutSameBand(double tolerance) {

	/** ±5 %: a ratio from 0.95 to 1.05 is about the same. */
	public static final AboutSameBand DEFAULT = new AboutSameBand(0.05);

	public AboutSameBand {
		if (!(tolerance >= 0 && tolerance < 1)) {
			throw new IllegalArgumentException("the about-the-same band must lie in [0, 1), not " + tolerance);
		}
	}

	/** Whether a ratio this year / last year counts as about the same. */
	public boolean contains(double ratio) {
		return ratio >= 1 - tolerance && ratio <= 1 + tolerance;
	}
}

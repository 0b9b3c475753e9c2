package io.plangraph.status;

/** How a program's result compares with the year before (Hitachi's 良かった / 概ね同 / 悪かった). */
public enum Trend {
	/** 実績が良かった: better beyond the about-the-same band. */
	BETTER,
	/** 概ね同実績: within the band around last year's result. */
	ABOUT_SAME,
	/** 実績が悪かった: worse beyond the band. */
	WORSE,
	/** No ratio: a value missing, not numeric, negative, or last year 0. */
	NOT_COMPARABLE,
	/** A ratio, but a neutral figure (Direction.NEUTRAL): more or less than last year is neither better nor worse. */
	NOT_JUDGED
}

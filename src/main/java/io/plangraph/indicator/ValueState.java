package io.plangraph.indicator;

/** Whether a printed value carries a number, and if not, why not. */
public enum ValueState {
	/** A number, with its unit where one is printed. */
	NUMERIC,
	/** Not (yet) published: —, －, ―, 指標未公表. */
	NOT_PUBLISHED,
	/** Nothing given: "-" alone or an empty cell. */
	MISSING,
	/** A value in words (会瀬スポーツ広場の供用開始); only ever declared, never guessed. */
	QUALITATIVE
}

package io.plangraph.status;

import io.plangraph.indicator.PrintedMark;

/** Where an indicator's actual value stands against its baseline and target (Hitachi's ◎○△— legend). */
public enum AchievementStatus {
	/** ◎ 目標値以上: the actual reaches the target. */
	TARGET_MET("◎", "目標値以上"),
	/** ○ 基準値以上: the actual is at or better than the baseline but short of the target. */
	BASELINE_MET("○", "基準値以上"),
	/** △ 基準値未満: the actual is worse than the baseline. */
	BELOW_BASELINE("△", "基準値未満"),
	/** — 指標未公表: no actual value for the year (yet). */
	NOT_PUBLISHED("—", "指標未公表"),
	/** No mark: the rule cannot apply (no numeric baseline or target, a value in words, no direction). */
	NOT_EVALUABLE(null, null),
	/** No mark: a neutral figure (Direction.NEUTRAL) is reported, not judged better or worse. */
	NOT_JUDGED(null, null);

	private final String symbol;
	private final String legend;

	AchievementStatus(String symbol, String legend) {
		this.symbol = symbol;
		this.legend = legend;
	}

	/** The mark, ◎; null for {@link #NOT_EVALUABLE} and {@link #NOT_JUDGED}. */
	public String symbol() {
		return symbol;
	}

	/** The legend, 目標値以上; null for {@link #NOT_EVALUABLE} and {@link #NOT_JUDGED}. */
	public String legend() {
		return legend;
	}

	/** Mark and legend as Hitachi prints them, ◎目標値以上; null for {@link #NOT_EVALUABLE} and {@link #NOT_JUDGED}. */
	public String printed() {
		return symbol == null ? null : symbol + legend;
	}

	/** The status a printed mark reports. */
	public static AchievementStatus reportedBy(PrintedMark mark) {
		return switch (mark.symbol()) {
			case DOUBLE_CIRCLE -> TARGET_MET;
			case CIRCLE -> BASELINE_MET;
			case TRIANGLE -> BELOW_BASELINE;
			case DASH -> NOT_PUBLISHED;
		};
	}

	/** The status a printed mark text reports, "△基準値未滿" → BELOW_BASELINE; see {@link PrintedMark#parse}. */
	public static AchievementStatus fromPrintedMark(String text) {
		return reportedBy(PrintedMark.parse(text));
	}
}

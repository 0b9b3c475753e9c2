package io.plangraph.status;

import io.plangraph.indicator.PrintedMark;
import io.plangraph.indicator.PrintedRatio;
import io.plangraph.indicator.PrintedValue;
import java.util.Objects;

/**
 * Checks the facts a document reports against what plangraph computes, so an analyst sees where they
 * part: a printed ratio beyond the rounding of its last digit (153.0% printed for 369 / 232 =
 * 159.05%), a printed mark that is not the computed status, a printed share floor not reached.
 */
public final class Discrepancies {

	private Discrepancies() {
	}

	/**
	 * Whether a printed ratio is this year / last year, within one unit of its last printed digit
	 * ({@link PrintedRatio#agreesWith}); NOT_CHECKABLE where the two values give no ratio.
	 */
	public static RatioCheck ratio(PrintedRatio printed, PrintedValue thisYear, PrintedValue lastYear) {
		Objects.requireNonNull(printed, "printed");
		Double computed = YearOverYearRule.ratio(thisYear, lastYear);
		if (computed == null) {
			return new RatioCheck(printed, null, Verdict.NOT_CHECKABLE);
		}
		return new RatioCheck(printed, computed, printed.agreesWith(computed) ? Verdict.AGREES : Verdict.DISAGREES);
	}

	/**
	 * Whether a printed mark reports the computed status; NOT_CHECKABLE where the rule could not
	 * judge (NOT_EVALUABLE), since the document then knows something plangraph does not.
	 */
	public static MarkCheck mark(PrintedMark printed, AchievementStatus computed) {
		Objects.requireNonNull(printed, "printed");
		Objects.requireNonNull(computed, "computed");
		AchievementStatus reported = AchievementStatus.reportedBy(printed);
		Verdict verdict = computed == AchievementStatus.NOT_EVALUABLE || computed == AchievementStatus.NOT_JUDGED
				? Verdict.NOT_CHECKABLE
				: reported == computed ? Verdict.AGREES : Verdict.DISAGREES;
		return new MarkCheck(printed, reported, computed, verdict);
	}

	/**
	 * Whether a computed share reaches a printed floor; NOT_CHECKABLE where nothing was comparable.
	 * The document may count programs plangraph does not hold, so a disagreement is a question, not
	 * proof.
	 */
	public static ShareCheck share(double printedAtLeast, Share computed) {
		Objects.requireNonNull(computed, "computed");
		Verdict verdict = computed.outOf() == 0 ? Verdict.NOT_CHECKABLE
				: computed.isAtLeast(printedAtLeast) ? Verdict.AGREES : Verdict.DISAGREES;
		return new ShareCheck(printedAtLeast, computed, verdict);
	}
}

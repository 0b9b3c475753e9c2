package io.plangraph.status;

import io.plangraph.indicator.PrintedMark;
import java.util.Objects;

/** A printed status mark checked against the computed status. */
public record MarkCheck(PrintedMark printed, AchievementStatus reported, AchievementStatus computed,
		Verdict verdict) {

	public MarkCheck {
		Objects.requireNonNull(printed, "printed");
		Objects.requireNonNull(reported, "reported");
		Objects.requireNonNull(computed, "computed");
		Objects.requireNonNull(verdict, "verdict");
	}
}

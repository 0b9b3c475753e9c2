package io.plangraph.status;

import java.util.Objects;

/** A printed share floor (「前年度以上の実績 7割以上」 → 0.7) checked against the computed share. */
public record ShareCheck(double printedAtLeast, Share computed, Verdict verdict) {

	public ShareCheck {
		Objects.requireNonNull(computed, "computed");
		Objects.requireNonNull(verdict, "verdict");
	}
}

package io.plangraph.status;

import io.plangraph.indicator.PrintedRatio;
import java.util.Objects;

/** A printed 前年度比 checked against the ratio of its own two values; computed is null where there is none. */
public record RatioCheck(PrintedRatio printed, Double computed, Verdict verdict) {

	public RatioCheck {
		Objects.requireNonNull(printed, "printed");
		Objects.requireNonNull(verdict, "verdict");
	}

	/** computed − printed, as a ratio (0.0605 for 153.0% against 159.05%); null where not checkable. */
	public Double difference() {
		return computed == null ? null : computed - printed.ratio();
	}
}

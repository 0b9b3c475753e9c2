package io.plangraph.status;

import io.plangraph.indicator.Direction;
import java.util.Objects;

/**
 * A program's result against the year before: the ratio this year / last year (null where it cannot
 * be computed, with the reason) and the trend it makes in the program's direction.
 */
public record YearOverYear(Double ratio, Trend trend, Direction direction, String reason) {

	public YearOverYear {
		Objects.requireNonNull(trend, "trend");
		Objects.requireNonNull(direction, "direction");
		if ((ratio == null) != (trend == Trend.NOT_COMPARABLE)) {
			throw new IllegalArgumentException("a trend is NOT_COMPARABLE exactly when there is no ratio");
		}
	}

	/**
	 * 前年度以上の実績: at or better than last year's result (ratio ≥ 1, or ≤ 1 where lower is better),
	 * regardless of the about-the-same band; false without a ratio and for a neutral figure.
	 */
	public boolean atOrAboveLastYear() {
		return ratio != null && direction.judges() && direction.isAtLeastAsGoodAs(ratio, 1.0);
	}
}

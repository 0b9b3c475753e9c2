package io.plangraph.indicator;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Which way an indicator improves: up (以上), down (以下), or neither — a neutral figure (kits handed out,
 * coupons issued, a subsidy paid) describes what happened without being better or worse when higher.
 */
public enum Direction {
	HIGHER_IS_BETTER(1),
	LOWER_IS_BETTER(-1),
	/** Neither higher nor lower is better: the status rules report it without judging it. */
	NEUTRAL(0);

	private final int sign;

	Direction(int sign) {
		this.sign = sign;
	}

	/** +1 where higher is better, −1 where lower is better, 0 where neither: multiply a change by it to read it as improvement. */
	public int sign() {
		return sign;
	}

	/** Whether values of this direction can be better or worse at all (false for {@link #NEUTRAL}). */
	public boolean judges() {
		return sign != 0;
	}

	/** Whether {@code a} is strictly better than {@code b}; never asked of a neutral figure. */
	public boolean isBetter(double a, double b) {
		return judging().sign > 0 ? a > b : a < b;
	}

	/** Whether {@code a} is as good as {@code b} or better: A ≥ B, or A ≤ B where lower is better. */
	public boolean isAtLeastAsGoodAs(double a, double b) {
		return judging().sign > 0 ? a >= b : a <= b;
	}

	/** The change from {@code from} to {@code to}, positive where it is an improvement. */
	public double improvement(double from, double to) {
		return judging().sign * (to - from);
	}

	// A rule that asks whether a neutral figure is better has forgotten to say "not judged" first.
	private Direction judging() {
		if (!judges()) {
			throw new IllegalStateException("a neutral figure is neither better nor worse");
		}
		return this;
	}

	/** 以上 means higher is better, 以下 lower is better. */
	public static Direction of(Bound bound) {
		return Objects.requireNonNull(bound, "bound") == Bound.AT_LEAST ? HIGHER_IS_BETTER : LOWER_IS_BETTER;
	}

	/**
	 * The direction the bounds (以上/以下) of an indicator's values state, if any states one.
	 *
	 * @throws IllegalArgumentException where some values say 以上 and others 以下
	 */
	public static Optional<Direction> fromBounds(Collection<PrintedValue> values) {
		var stated = values.stream().map(PrintedValue::bound).filter(Objects::nonNull).map(Direction::of)
				.collect(Collectors.toSet());
		if (stated.size() > 1) {
			throw new IllegalArgumentException("the values contradict each other: some say 以上, some 以下: " + values
					.stream().map(PrintedValue::text).toList());
		}
		return stated.stream().findFirst();
	}

	/**
	 * The direction a plan implies by going from its baseline to its target where it does not state
	 * one (95.0% → 94.0%: lower is better); empty where the two are equal.
	 */
	public static Optional<Direction> inferredFrom(double baseline, double target) {
		if (target == baseline) {
			return Optional.empty();
		}
		return Optional.of(target > baseline ? HIGHER_IS_BETTER : LOWER_IS_BETTER);
	}
}

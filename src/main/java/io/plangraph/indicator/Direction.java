package io.plangraph.indicator;

import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which way an indicator improves: up (以上) or down (以下). */
public enum Direction {
	HIGHER_IS_BETTER(1),
	LOWER_IS_BETTER(-1);

	private final int sign;

	Direction(int sign) {
		this.sign = sign;
	}

	/** +1 where higher is better, −1 where lower is better: multiply a change by it to read it as improvement. */
	public int sign() {
		return sign;
	}

	/** Whether {@code a} is strictly better than {@code b}. */
	public boolean isBetter(double a, double b) {
		return sign > 0 ? a > b : a < b;
	}

	/** Whether {@code a} is as good as {@code b} or better: A ≥ B, or A ≤ B where lower is better. */
	public boolean isAtLeastAsGoodAs(double a, double b) {
		return sign > 0 ? a >= b : a <= b;
	}

	/** The change from {@code from} to {@code to}, positive where it is an improvement. */
	public double improvement(double from, double to) {
		return sign * (to - from);
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

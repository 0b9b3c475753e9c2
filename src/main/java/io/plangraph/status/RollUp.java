package io.plangraph.status;

import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Counts statuses over a part of the plan tree, each item once however many paths lead to it: a
 * program listed under two PLANs (「75事業（重複有）」) or an indicator used twice counts once.
 */
public final class RollUp {

	private RollUp() {
	}

	/**
	 * Counts by status, deduplicated by id.
	 *
	 * @throws IllegalArgumentException where one id arrives with two different statuses (a caller's
	 *                                  mix-up: a divided indicator needs one id per group)
	 */
	public static <S extends Enum<S>> StatusCounts<S> count(Class<S> statusType, Collection<Counted<S>> items) {
		Objects.requireNonNull(statusType, "statusType");
		Map<S, Integer> counts = new EnumMap<>(statusType);
		for (S status : statusType.getEnumConstants()) {
			counts.put(status, 0);
		}
		Map<String, S> distinct = distinct(items);
		distinct.values().forEach(status -> counts.merge(status, 1, Integer::sum));
		return new StatusCounts<>(counts, distinct.size());
	}

	/**
	 * The share of distinct programs whose result is at or above last year's (「前年度以上の実績」): a
	 * ratio ≥ 1 in the program's direction, independent of the about-the-same band, so a program
	 * 2 % down is not counted although it is "about the same"; programs without a ratio, and neutral
	 * ones (a ratio, but neither better nor worse), are left out of the share and counted apart.
	 */
	public static Share shareAtOrAboveLastYear(Collection<Counted<YearOverYear>> programs) {
		Map<String, YearOverYear> distinct = distinct(programs);
		int comparable = 0;
		int atOrAbove = 0;
		for (YearOverYear result : distinct.values()) {
			if (result.ratio() != null && result.direction().judges()) {
				comparable++;
				if (result.atOrAboveLastYear()) {
					atOrAbove++;
				}
			}
		}
		return new Share(atOrAbove, comparable, distinct.size() - comparable);
	}

	private static <S> Map<String, S> distinct(Collection<Counted<S>> items) {
		Objects.requireNonNull(items, "items");
		Map<String, S> distinct = new LinkedHashMap<>();
		for (Counted<S> item : items) {
			S earlier = distinct.putIfAbsent(item.id(), item.status());
			if (earlier != null && !earlier.equals(item.status())) {
				throw new IllegalArgumentException("item " + item.id() + " arrives with two statuses, " + earlier
						+ " and " + item.status());
			}
		}
		return distinct;
	}
}

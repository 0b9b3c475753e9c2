package io.plangraph.indicator;

import io.plangraph.calendar.FiscalYear;
import java.util.Objects;

/**
 * One value of an indicator with its fiscal year (null where the document gives none), its group
 * (null for an undivided indicator) and, for baselines, whether statuses are judged against it.
 */
public record Measurement(ValueType type, FiscalYear year, String group, PrintedValue value,
		boolean usedForStatus) {

	public Measurement {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(value, "value");
		if (usedForStatus && type != ValueType.BASELINE) {
			throw new IllegalArgumentException("only a baseline is flagged usedForStatus, not a " + type);
		}
		if (group != null && group.isBlank()) {
			throw new IllegalArgumentException("a group is left out (null), not blank");
		}
	}

	/** A baseline (基準値) of a fiscal year. */
	public static Measurement baseline(FiscalYear year, PrintedValue value) {
		return new Measurement(ValueType.BASELINE, year, null, value, false);
	}

	/** A target (目標値) for a fiscal year. */
	public static Measurement target(FiscalYear year, PrintedValue value) {
		return new Measurement(ValueType.TARGET, year, null, value, false);
	}

	/** An actual value (実績値) of a fiscal year. */
	public static Measurement actual(FiscalYear year, PrintedValue value) {
		return new Measurement(ValueType.ACTUAL, year, null, value, false);
	}

	/** The same value for one group of a divided indicator (小学生, 小6 国語). */
	public Measurement inGroup(String groupName) {
		return new Measurement(type, year, groupName, value, usedForStatus);
	}

	/** The same baseline, flagged as the one statuses are judged against. */
	public Measurement flaggedForStatus() {
		return new Measurement(type, year, group, value, true);
	}

	/** The number, or null where the value has none. */
	public Double number() {
		return value.number();
	}

	/** Whether the value carries a number. */
	public boolean isNumeric() {
		return value.isNumeric();
	}
}

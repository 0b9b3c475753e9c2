package io.plangraph.status;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Direction;
import io.plangraph.indicator.Measurement;
import io.plangraph.indicator.ValueType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The values of one indicator for one group (or the whole indicator where it is not divided), with
 * the indicator's direction, and which of them the status rules use.
 *
 * <p>Choices: the baseline is the one flagged usedForStatus, else the only one, else the earliest
 * (Hitachi's marks are judged against the pre-COVID R元 baseline, not R2); the target is the latest
 * one (the plan's final target, not a milestone on the way); where a year has several actuals the
 * one listed last counts (a correction follows what it corrects).
 */
public record IndicatorSeries(Direction direction, String group, List<Measurement> measurements) {

	// A value without a year is the least specific: the earliest pick takes it last, and so does the latest.
	private static final Comparator<Measurement> EARLIEST_FIRST = Comparator.comparing(Measurement::year,
			Comparator.nullsLast(Comparator.naturalOrder()));
	private static final Comparator<Measurement> LATEST_LAST = Comparator.comparing(Measurement::year,
			Comparator.nullsFirst(Comparator.naturalOrder()));

	public IndicatorSeries {
		Objects.requireNonNull(measurements, "measurements");
		measurements = List.copyOf(measurements);
		for (Measurement measurement : measurements) {
			if (measurement.group() != null && !measurement.group().equals(group)) {
				throw new IllegalArgumentException("a value of group " + measurement.group()
						+ " does not belong to the series of group " + group);
			}
		}
	}

	/** The series of an undivided indicator; direction may be null where nobody knows it. */
	public static IndicatorSeries of(Direction direction, List<Measurement> measurements) {
		return new IndicatorSeries(direction, null, measurements);
	}

	/**
	 * One series per group (小学生, 中学生), in the order the groups first appear; a value without a
	 * group belongs to every group's series (a baseline printed once for all). Without any group:
	 * one series.
	 */
	public static List<IndicatorSeries> split(Direction direction, List<Measurement> measurements) {
		Set<String> groups = new LinkedHashSet<>();
		measurements.stream().map(Measurement::group).filter(Objects::nonNull).forEach(groups::add);
		if (groups.isEmpty()) {
			return List.of(of(direction, measurements));
		}
		List<IndicatorSeries> series = new ArrayList<>();
		for (String group : groups) {
			series.add(new IndicatorSeries(direction, group, measurements.stream()
					.filter(m -> m.group() == null || m.group().equals(group)).toList()));
		}
		return List.copyOf(series);
	}

	public List<Measurement> baselines() {
		return ofType(ValueType.BASELINE);
	}

	public List<Measurement> targets() {
		return ofType(ValueType.TARGET);
	}

	public List<Measurement> actuals() {
		return ofType(ValueType.ACTUAL);
	}

	/** The baseline statuses are judged against: flagged, else the only one, else the earliest. */
	public Optional<Measurement> statusBaseline() {
		List<Measurement> baselines = baselines();
		List<Measurement> flagged = baselines.stream().filter(Measurement::usedForStatus).toList();
		List<Measurement> candidates = flagged.isEmpty() ? baselines : flagged;
		// min() keeps the first of equals, so among same-year baselines the one listed first wins.
		return candidates.stream().min(EARLIEST_FIRST);
	}

	/** The target statuses are judged against: the latest one. */
	public Optional<Measurement> finalTarget() {
		Measurement latest = null;
		// >= so that among same-year targets the one listed last wins.
		for (Measurement target : targets()) {
			if (latest == null || LATEST_LAST.compare(target, latest) >= 0) {
				latest = target;
			}
		}
		return Optional.ofNullable(latest);
	}

	/** The actual value of a fiscal year, whatever its state; the last listed where there are several. */
	public Optional<Measurement> actualIn(FiscalYear year) {
		Objects.requireNonNull(year, "year");
		List<Measurement> ofYear = actuals().stream().filter(m -> year.equals(m.year())).toList();
		return ofYear.isEmpty() ? Optional.empty() : Optional.of(ofYear.getLast());
	}

	/** The latest actual with a number at or before a fiscal year: the value a dashboard shows as current. */
	public Optional<Measurement> latestActual(FiscalYear asOf) {
		Objects.requireNonNull(asOf, "asOf");
		Measurement latest = null;
		for (Measurement actual : actuals()) {
			if (actual.isNumeric() && actual.year() != null && !actual.year().isAfter(asOf)
					&& (latest == null || !actual.year().isBefore(latest.year()))) {
				latest = actual;
			}
		}
		return Optional.ofNullable(latest);
	}

	/** The latest year with a numeric actual, the default "as of". */
	public Optional<FiscalYear> latestActualYear() {
		return actuals().stream().filter(m -> m.isNumeric() && m.year() != null).map(Measurement::year)
				.max(Comparator.naturalOrder());
	}

	/** The latest numeric actual of all. */
	public Optional<Measurement> latestActual() {
		return latestActualYear().flatMap(this::latestActual);
	}

	private List<Measurement> ofType(ValueType type) {
		return measurements.stream().filter(m -> m.type() == type).toList();
	}
}

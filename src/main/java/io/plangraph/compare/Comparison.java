package io.plangraph.compare;

import java.util.List;

import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.city.City;
import io.plangraph.indicator.Indicator;
import io.plangraph.status.AchievementStatus;
import io.plangraph.status.TrajectoryStatus;

/**
 * Cities side by side on a concept or a theme. Immutable: one comparison is shared by every request that
 * asks the same question of the same data (see {@link Comparisons}).
 */
record Comparison(IndicatorConcept concept, Theme theme, FiscalYearValue asOf, List<CityComparison> cities) {

	/** How many indicators it holds: its weight in memory. */
	int indicatorCount() {
		return cities.stream().mapToInt(city -> city.indicators().size()).sum();
	}

	/** One city's part. */
	record CityComparison(City city, List<ComparedIndicator> indicators, int elementCount, int indicatorCount,
			List<StatusShare> statuses) {
	}

	/** An indicator, normalised. */
	record ComparedIndicator(Indicator indicator, Double baseline, FiscalYearValue baselineYear, Double target,
			FiscalYearValue targetYear, Double latest, FiscalYearValue latestYear, Double progress, Double timeElapsed, AchievementStatus status,
			TrajectoryStatus trajectory) {
	}

	/** How many indicators have a status. */
	record StatusShare(AchievementStatus status, int count, double share) {
	}

}

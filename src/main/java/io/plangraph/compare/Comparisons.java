package io.plangraph.compare;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.plangraph.assessment.IndicatorAssessment;
import io.plangraph.assessment.StatusClock;
import io.plangraph.assessment.StatusSettings;
import io.plangraph.calendar.FiscalYear;
import io.plangraph.calendar.FiscalYearValue;
import io.plangraph.city.City;
import io.plangraph.compare.Comparison.CityComparison;
import io.plangraph.compare.Comparison.ComparedIndicator;
import io.plangraph.compare.Comparison.StatusShare;
import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.Measurement;
import io.plangraph.neo4j.GraphVersion;
import io.plangraph.neo4j.VersionedCache;
import io.plangraph.status.AchievementStatus;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Compares cities on a concept or a theme. Indicators are normalised — progress from baseline to target,
 * and the share of the plan period gone by — so that plans with different base and target years compare
 * on how far along they are.
 *
 * <p>A comparison of every city reads every indicator of the theme and judges each one; at national scale
 * that is the most expensive read there is, and dashboards ask the same few questions over and over. So
 * each answer is kept for the data's {@link GraphVersion} (and today's fiscal year): the next write makes
 * the next comparison fresh. At most {@code plangraph.cache.compared-indicators} indicators are kept in
 * all, the least recently asked comparisons let go first.
 */
@Service
class Comparisons {

	private final CompareQueries queries;

	private final StatusClock clock;

	private final StatusSettings settings;

	// An unknown concept or theme is kept too (as empty, weighing one), so asking for it again costs nothing.
	private final VersionedCache<Question, Optional<Comparison>> kept;

	Comparisons(CompareQueries queries, StatusClock clock, StatusSettings settings, GraphVersion version,
			@Value("${plangraph.cache.compared-indicators:200000}") int capacity) {
		this.queries = queries;
		this.clock = clock;
		this.settings = settings;
		this.kept = new VersionedCache<>(version, capacity,
				answer -> answer.map(Comparison::indicatorCount).orElse(1));
	}

	/**
	 * The cities (these, or all when null) side by side on a concept or a theme — exactly one of them — at a
	 * fiscal year (or each indicator at its latest actual when null); empty where there is no such concept or
	 * theme.
	 *
	 * @throws IllegalArgumentException when neither or both are given
	 */
	Optional<Comparison> compare(String concept, String theme, List<String> cityCodes, FiscalYear asOf) {
		if ((concept == null) == (theme == null)) {
			throw new IllegalArgumentException("compare takes either a concept or a theme (exactly one of them)");
		}
		FiscalYear current = clock.currentFiscalYear();
		var question = new Question(concept, theme, cityCodes == null ? null : List.copyOf(cityCodes), asOf, current);
		return kept.get(question, this::answer);
	}

	private Optional<Comparison> answer(Question question) {
		IndicatorConcept concept = null;
		Theme theme = null;
		List<Indicator> indicators;
		Map<String, Long> elementCounts = Map.of();
		if (question.concept() != null) {
			concept = queries.concept(question.concept()).orElse(null);
			if (concept == null) {
				return Optional.empty();
			}
			indicators = queries.indicatorsOfConcept(question.concept(), question.cityCodes());
		}
		else {
			theme = queries.theme(question.theme()).orElse(null);
			if (theme == null) {
				return Optional.empty();
			}
			indicators = queries.indicatorsOfTheme(question.theme(), question.cityCodes());
			elementCounts = queries.elementCountsByCity(question.theme(), question.cityCodes());
		}
		var byCity = new LinkedHashMap<String, List<ComparedIndicator>>();
		indicators.forEach(i -> byCity.computeIfAbsent(i.cityCode(), k -> new ArrayList<>())
			.add(compared(i, question.asOf(), question.current())));
		var result = new ArrayList<CityComparison>();
		for (City city : queries.cities(question.cityCodes())) {
			var compared = byCity.getOrDefault(city.code(), List.of());
			long elements = elementCounts.getOrDefault(city.code(), 0L);
			if (compared.isEmpty() && elements == 0) {
				continue;
			}
			result.add(new CityComparison(city, List.copyOf(compared), (int) elements, compared.size(), shares(compared)));
		}
		return Optional.of(new Comparison(concept, theme, FiscalYearValue.of(question.asOf()), List.copyOf(result)));
	}

	private ComparedIndicator compared(Indicator indicator, FiscalYear asOf, FiscalYear current) {
		var assessment = new IndicatorAssessment(indicator);
		var series = assessment.series(null);
		var achievement = assessment.achievement(asOf, null, current);
		var latest = asOf == null ? series.latestActual() : series.latestActual(asOf);
		FiscalYear latestYear = latest.map(Measurement::year).orElse(null);
		var trajectory = assessment.trajectory(latestYear, null, settings.thresholds());
		var baseline = series.statusBaseline().orElse(null);
		var target = series.finalTarget().orElse(null);
		Double timeElapsed = null;
		if (baseline != null && target != null && latestYear != null && baseline.year() != null && target.year() != null
				&& !baseline.year().equals(target.year())) {
			timeElapsed = (double) baseline.year().yearsUntil(latestYear) / baseline.year().yearsUntil(target.year());
		}
		return new ComparedIndicator(indicator, baseline == null ? null : baseline.number(), year(baseline),
				target == null ? null : target.number(), year(target), latest.map(Measurement::number).orElse(null),
				FiscalYearValue.of(latestYear), assessment.progress(latestYear, null), timeElapsed,
				achievement.status(), trajectory.status());
	}

	private static FiscalYearValue year(Measurement measurement) {
		return measurement == null ? null : FiscalYearValue.of(measurement.year());
	}

	private static List<StatusShare> shares(List<ComparedIndicator> indicators) {
		var counts = new EnumMap<AchievementStatus, Integer>(AchievementStatus.class);
		indicators.forEach(i -> counts.merge(i.status(), 1, Integer::sum));
		return counts.entrySet().stream()
			.map(e -> new StatusShare(e.getKey(), e.getValue(), e.getValue() / (double) indicators.size()))
			.toList();
	}

	/** What a comparison answers; today's fiscal year is part of it, since statuses depend on it. */
	private record Question(String concept, String theme, List<String> cityCodes, FiscalYear asOf, FiscalYear current) {
	}

}

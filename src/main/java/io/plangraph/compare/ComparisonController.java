package io.plangraph.compare;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.plangraph.assessment.IndicatorAssessment;
import io.plangraph.calendar.FiscalYear;
import io.plangraph.city.City;
import io.plangraph.indicator.Indicator;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.status.AchievementStatus;
import io.plangraph.assessment.StatusSettings;
import io.plangraph.status.TrajectoryStatus;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Cities side by side on a concept or a theme. Indicators are normalised — progress from baseline to
 * target, and the share of the plan period gone by — so that plans with different base and target
 * years compare on how far along they are.
 */
@Controller
class ComparisonController {

	private final GraphReader graph;

	private final Clock clock;

	private final StatusSettings settings;

	ComparisonController(GraphReader graph, Clock clock, StatusSettings settings) {
		this.graph = graph;
		this.clock = clock;
		this.settings = settings;
	}

	@QueryMapping
	Comparison compare(@Argument String concept, @Argument String theme, @Argument List<String> cityCodes,
			@Argument FiscalYear asOf) {
		if ((concept == null) == (theme == null)) {
			throw new IllegalArgumentException("compare takes either a concept or a theme (exactly one of them)");
		}
		var parameters = new HashMap<String, Object>();
		parameters.put("id", concept != null ? concept : theme);
		parameters.put("cities", cityCodes);
		IndicatorConcept comparedConcept = null;
		Theme comparedTheme = null;
		List<Indicator> indicators;
		Map<String, Long> elementCounts = Map.of();
		if (concept != null) {
			comparedConcept = graph.one("MATCH (c:Concept {id: $id}) RETURN c", parameters, r -> IndicatorConcept.of(r.get("c").asNode()))
				.orElseThrow(() -> new IllegalArgumentException("no concept with id '" + concept + "'"));
			indicators = graph.list("""
					MATCH (i:Indicator)-[:INSTANCE_OF]->(:Concept {id: $id})
					WHERE $cities IS NULL OR i.cityCode IN $cities
					RETURN %s AS i ORDER BY i.cityCode, i.id
					""".formatted(Indicator.PROJECTION), parameters, r -> Indicator.of(r.get("i")));
		}
		else {
			comparedTheme = graph.one("MATCH (t:Theme {id: $id}) RETURN t", parameters, r -> Theme.of(r.get("t").asNode()))
				.orElseThrow(() -> new IllegalArgumentException("no theme with id '" + theme + "'"));
			indicators = graph.list("""
					MATCH (i:Indicator)-[:SERVES]->(:Theme {id: $id})
					WHERE $cities IS NULL OR i.cityCode IN $cities
					RETURN %s AS i ORDER BY i.cityCode, i.id
					""".formatted(Indicator.PROJECTION), parameters, r -> Indicator.of(r.get("i")));
			elementCounts = new HashMap<>();
			for (var row : graph.list("""
					MATCH (e:PlanElement)-[:SERVES]->(:Theme {id: $id})
					WHERE $cities IS NULL OR e.cityCode IN $cities
					RETURN e.cityCode AS city, count(e) AS elements
					""", parameters, r -> Map.entry(r.get("city").asString(), r.get("elements").asLong()))) {
				elementCounts.put(row.getKey(), row.getValue());
			}
		}
		var cities = graph.list("""
				MATCH (c:City) WHERE $cities IS NULL OR c.code IN $cities RETURN c ORDER BY c.code
				""", parameters, r -> City.of(r.get("c").asNode()));
		FiscalYear current = FiscalYear.containing(LocalDate.now(clock.withZone(settings.timeZone())));
		var byCity = new LinkedHashMap<String, List<ComparedIndicator>>();
		indicators.forEach(i -> byCity.computeIfAbsent(i.cityCode(), k -> new ArrayList<>()).add(compared(i, asOf, current)));
		var result = new ArrayList<CityComparison>();
		for (City city : cities) {
			var compared = byCity.getOrDefault(city.code(), List.of());
			long elements = elementCounts.getOrDefault(city.code(), 0L);
			if (compared.isEmpty() && elements == 0) {
				continue;
			}
			result.add(new CityComparison(city, compared, (int) elements, compared.size(), shares(compared)));
		}
		return new Comparison(comparedConcept, comparedTheme, asOf == null ? null : asOf.startYear(), result);
	}

	private ComparedIndicator compared(Indicator indicator, FiscalYear asOf, FiscalYear current) {
		var assessment = new IndicatorAssessment(indicator);
		var series = assessment.series(null);
		var achievement = assessment.achievement(asOf, null, current);
		var latest = asOf == null ? series.latestActual() : series.latestActual(asOf);
		FiscalYear latestYear = latest.map(m -> m.year()).orElse(null);
		var trajectory = assessment.trajectory(latestYear, null, settings.thresholds());
		var baseline = series.statusBaseline().orElse(null);
		var target = series.finalTarget().orElse(null);
		Double timeElapsed = null;
		if (baseline != null && target != null && latestYear != null && baseline.year() != null && target.year() != null
				&& !baseline.year().equals(target.year())) {
			timeElapsed = (double) baseline.year().yearsUntil(latestYear) / baseline.year().yearsUntil(target.year());
		}
		return new ComparedIndicator(indicator, baseline == null ? null : baseline.number(), year(baseline),
				target == null ? null : target.number(), year(target), latest.map(m -> m.number()).orElse(null),
				latestYear == null ? null : latestYear.startYear(), assessment.progress(latestYear, null), timeElapsed,
				achievement.status(), trajectory.status());
	}

	private static Integer year(io.plangraph.indicator.Measurement measurement) {
		return measurement == null || measurement.year() == null ? null : measurement.year().startYear();
	}

	private static List<StatusShare> shares(List<ComparedIndicator> indicators) {
		var counts = new EnumMap<AchievementStatus, Integer>(AchievementStatus.class);
		indicators.forEach(i -> counts.merge(i.status(), 1, Integer::sum));
		return counts.entrySet().stream()
			.map(e -> new StatusShare(e.getKey(), e.getValue(), e.getValue() / (double) indicators.size()))
			.toList();
	}

	/** Cities side by side. */
	record Comparison(IndicatorConcept concept, Theme theme, Integer asOf, List<CityComparison> cities) {
	}

	/** One city's part. */
	record CityComparison(City city, List<ComparedIndicator> indicators, int elementCount, int indicatorCount,
			List<StatusShare> statuses) {
	}

	/** An indicator, normalised. */
	record ComparedIndicator(Indicator indicator, Double baseline, Integer baselineYear, Double target, Integer targetYear,
			Double latest, Integer latestYear, Double progress, Double timeElapsed, AchievementStatus status,
			TrajectoryStatus trajectory) {
	}

	/** How many indicators have a status. */
	record StatusShare(AchievementStatus status, int count, double share) {
	}

}

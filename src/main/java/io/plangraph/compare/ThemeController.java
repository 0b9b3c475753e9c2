package io.plangraph.compare;

import java.util.List;
import java.util.Map;

import io.plangraph.indicator.Indicator;
import io.plangraph.neo4j.Keyed;
import io.plangraph.plan.PlanElement;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Concepts and themes: the shared vocabularies that let cities be compared, and what is tagged with them. */
@Controller
class ThemeController {

	private final CompareQueries queries;

	ThemeController(CompareQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	List<IndicatorConcept> concepts() {
		return queries.concepts();
	}

	@QueryMapping
	List<Theme> themes() {
		return queries.themes();
	}

	@BatchMapping(typeName = "IndicatorConcept", field = "indicators")
	Map<IndicatorConcept, List<Indicator>> conceptIndicators(List<IndicatorConcept> concepts) {
		return Keyed.grouped(concepts, IndicatorConcept::id, queries.indicatorsOfConcepts(ids(concepts, IndicatorConcept::id)));
	}

	@BatchMapping(typeName = "Theme", field = "indicators")
	Map<Theme, List<Indicator>> themeIndicators(List<Theme> themes) {
		return Keyed.grouped(themes, Theme::id, queries.indicatorsOfThemes(ids(themes, Theme::id)));
	}

	@BatchMapping(typeName = "Theme", field = "elements")
	Map<Theme, List<PlanElement>> themeElements(List<Theme> themes) {
		return Keyed.grouped(themes, Theme::id, queries.elementsOfThemes(ids(themes, Theme::id)));
	}

	@BatchMapping(typeName = "Indicator", field = "concept")
	Map<Indicator, IndicatorConcept> indicatorConcept(List<Indicator> indicators) {
		return Keyed.single(indicators, Indicator::id, queries.conceptsOfIndicators(ids(indicators, Indicator::id)));
	}

	@BatchMapping(typeName = "Indicator", field = "themes")
	Map<Indicator, List<Theme>> indicatorThemes(List<Indicator> indicators) {
		return Keyed.grouped(indicators, Indicator::id, queries.themesOfIndicators(ids(indicators, Indicator::id)));
	}

	@BatchMapping(typeName = "PlanElement", field = "themes")
	Map<PlanElement, List<Theme>> elementThemes(List<PlanElement> elements) {
		return Keyed.grouped(elements, PlanElement::id, queries.themesOfElements(ids(elements, PlanElement::id)));
	}

	private static <T> List<String> ids(List<T> items, java.util.function.Function<T, String> id) {
		return items.stream().map(id).toList();
	}

}

package io.plangraph.compare;

import java.util.List;
import java.util.Map;

import io.plangraph.indicator.Indicator;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;
import io.plangraph.plan.PlanElement;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** Concepts and themes: the shared vocabularies that let cities be compared, and what is tagged with them. */
@Controller
class ThemeController {

	private final GraphReader graph;

	ThemeController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	List<IndicatorConcept> concepts() {
		return graph.list("MATCH (c:Concept) RETURN c ORDER BY c.id", Map.of(), r -> IndicatorConcept.of(r.get("c").asNode()));
	}

	@QueryMapping
	List<Theme> themes() {
		return graph.list("MATCH (t:Theme) RETURN t ORDER BY t.taxonomyId, t.position", Map.of(),
				r -> Theme.of(r.get("t").asNode()));
	}

	@BatchMapping(typeName = "IndicatorConcept", field = "indicators")
	Map<IndicatorConcept, List<Indicator>> conceptIndicators(List<IndicatorConcept> concepts) {
		var rows = graph.keyed("""
				MATCH (i:Indicator)-[:INSTANCE_OF]->(c:Concept) WHERE c.id IN $ids
				RETURN c.id AS key, %s AS i ORDER BY i.cityCode, i.id
				""".formatted(Indicator.PROJECTION), Map.of("ids", concepts.stream().map(IndicatorConcept::id).toList()),
				r -> Indicator.of(r.get("i")));
		return Keyed.grouped(concepts, IndicatorConcept::id, rows);
	}

	@BatchMapping(typeName = "Theme", field = "indicators")
	Map<Theme, List<Indicator>> themeIndicators(List<Theme> themes) {
		var rows = graph.keyed("""
				MATCH (i:Indicator)-[:SERVES]->(t:Theme) WHERE t.id IN $ids
				RETURN t.id AS key, %s AS i ORDER BY i.cityCode, i.id
				""".formatted(Indicator.PROJECTION), Map.of("ids", themes.stream().map(Theme::id).toList()),
				r -> Indicator.of(r.get("i")));
		return Keyed.grouped(themes, Theme::id, rows);
	}

	@BatchMapping(typeName = "Theme", field = "elements")
	Map<Theme, List<PlanElement>> themeElements(List<Theme> themes) {
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[:SERVES]->(t:Theme) WHERE t.id IN $ids
				RETURN t.id AS key, %s} AS e ORDER BY e.cityCode, e.id
				""".formatted(PlanElement.PROJECTION), Map.of("ids", themes.stream().map(Theme::id).toList()),
				r -> PlanElement.of(r.get("e")));
		return Keyed.grouped(themes, Theme::id, rows);
	}

	@BatchMapping(typeName = "Indicator", field = "concept")
	Map<Indicator, IndicatorConcept> indicatorConcept(List<Indicator> indicators) {
		var rows = graph.keyed("""
				MATCH (i:Indicator)-[:INSTANCE_OF]->(c:Concept) WHERE i.id IN $ids RETURN i.id AS key, c
				""", Map.of("ids", indicators.stream().map(Indicator::id).toList()), r -> IndicatorConcept.of(r.get("c").asNode()));
		return Keyed.single(indicators, Indicator::id, rows);
	}

	@BatchMapping(typeName = "Indicator", field = "themes")
	Map<Indicator, List<Theme>> indicatorThemes(List<Indicator> indicators) {
		var rows = graph.keyed("""
				MATCH (i:Indicator)-[:SERVES]->(t:Theme) WHERE i.id IN $ids RETURN i.id AS key, t ORDER BY t.position
				""", Map.of("ids", indicators.stream().map(Indicator::id).toList()), r -> Theme.of(r.get("t").asNode()));
		return Keyed.grouped(indicators, Indicator::id, rows);
	}

	@BatchMapping(typeName = "PlanElement", field = "themes")
	Map<PlanElement, List<Theme>> elementThemes(List<PlanElement> elements) {
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[:SERVES]->(t:Theme) WHERE e.id IN $ids RETURN e.id AS key, t ORDER BY t.position
				""", Map.of("ids", elements.stream().map(PlanElement::id).toList()), r -> Theme.of(r.get("t").asNode()));
		return Keyed.grouped(elements, PlanElement::id, rows);
	}

}

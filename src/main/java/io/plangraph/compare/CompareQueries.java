package io.plangraph.compare;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.plangraph.city.City;
import io.plangraph.city.CityQueries;
import io.plangraph.indicator.Indicator;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;
import io.plangraph.plan.PlanElement;

import org.springframework.stereotype.Component;

/** Every query of the vocabularies (concepts, themes) and of comparisons: the one place their Cypher lives. */
@Component
class CompareQueries {

	private final GraphReader graph;

	private final CityQueries cities;

	CompareQueries(GraphReader graph, CityQueries cities) {
		this.graph = graph;
		this.cities = cities;
	}

	List<IndicatorConcept> concepts() {
		return graph.list("MATCH (c:Concept) RETURN c ORDER BY c.id", Map.of(), r -> IndicatorConcept.of(r.get("c").asNode()));
	}

	Optional<IndicatorConcept> concept(String id) {
		return graph.one("MATCH (c:Concept {id: $id}) RETURN c", Map.of("id", id), r -> IndicatorConcept.of(r.get("c").asNode()));
	}

	List<Theme> themes() {
		return graph.list("MATCH (t:Theme) RETURN t ORDER BY t.taxonomyId, t.position", Map.of(),
				r -> Theme.of(r.get("t").asNode()));
	}

	Optional<Theme> theme(String id) {
		return graph.one("MATCH (t:Theme {id: $id}) RETURN t", Map.of("id", id), r -> Theme.of(r.get("t").asNode()));
	}

	/** The indicators of a concept, of these cities (all when null), by city: the batch read, for one concept. */
	List<Indicator> indicatorsOfConcept(String concept, List<String> cities) {
		return values(indicatorsOfConcepts(List.of(concept), cities));
	}

	/** The indicators serving a theme, of these cities (all when null), by city: the batch read, for one theme. */
	List<Indicator> indicatorsOfTheme(String theme, List<String> cities) {
		return values(indicatorsOfThemes(List.of(theme), cities));
	}

	private static List<Indicator> values(List<Keyed<Indicator>> rows) {
		return rows.stream().map(Keyed::value).toList();
	}

	/** How many elements of each city serve a theme. */
	Map<String, Long> elementCountsByCity(String theme, List<String> cities) {
		var counts = new HashMap<String, Long>();
		graph.list("""
				MATCH (e:PlanElement)-[:SERVES]->(:Theme {id: $id})
				WHERE $cities IS NULL OR e.cityCode IN $cities
				RETURN e.cityCode AS city, count(e) AS elements
				""", parameters(theme, cities), r -> Map.entry(r.get("city").asString(), r.get("elements").asLong()))
			.forEach(row -> counts.put(row.getKey(), row.getValue()));
		return counts;
	}

	/** These cities (all when null), by code. */
	List<City> cities(List<String> codes) {
		return cities.inCodeOrder(codes);
	}

	List<Keyed<Indicator>> indicatorsOfConcepts(List<String> concepts) {
		return indicatorsOfConcepts(concepts, null);
	}

	/** Each concept's indicators, of these cities (all when null), by city. */
	private List<Keyed<Indicator>> indicatorsOfConcepts(List<String> concepts, List<String> cities) {
		return graph.keyed("""
				MATCH (i:Indicator)-[:INSTANCE_OF]->(c:Concept) WHERE c.id IN $ids
				  AND ($cities IS NULL OR i.cityCode IN $cities)
				RETURN c.id AS key, %s AS i ORDER BY i.cityCode, i.id
				""".formatted(Indicator.projection("i")), ids(concepts, cities), r -> Indicator.of(r.get("i")));
	}

	List<Keyed<Indicator>> indicatorsOfThemes(List<String> themes) {
		return indicatorsOfThemes(themes, null);
	}

	/** Each theme's indicators, of these cities (all when null), by city. */
	private List<Keyed<Indicator>> indicatorsOfThemes(List<String> themes, List<String> cities) {
		return graph.keyed("""
				MATCH (i:Indicator)-[:SERVES]->(t:Theme) WHERE t.id IN $ids
				  AND ($cities IS NULL OR i.cityCode IN $cities)
				RETURN t.id AS key, %s AS i ORDER BY i.cityCode, i.id
				""".formatted(Indicator.projection("i")), ids(themes, cities), r -> Indicator.of(r.get("i")));
	}

	List<Keyed<PlanElement>> elementsOfThemes(List<String> themes) {
		return graph.keyed("""
				MATCH (e:PlanElement)-[:SERVES]->(t:Theme) WHERE t.id IN $ids
				RETURN t.id AS key, %s AS e ORDER BY e.cityCode, e.id
				""".formatted(PlanElement.projection("e")), Map.of("ids", themes), r -> PlanElement.of(r.get("e")));
	}

	List<Keyed<IndicatorConcept>> conceptsOfIndicators(List<String> indicators) {
		return graph.keyed("""
				MATCH (i:Indicator)-[:INSTANCE_OF]->(c:Concept) WHERE i.id IN $ids RETURN i.id AS key, c
				""", Map.of("ids", indicators), r -> IndicatorConcept.of(r.get("c").asNode()));
	}

	List<Keyed<Theme>> themesOfIndicators(List<String> indicators) {
		return graph.keyed("""
				MATCH (i:Indicator)-[:SERVES]->(t:Theme) WHERE i.id IN $ids RETURN i.id AS key, t ORDER BY t.position
				""", Map.of("ids", indicators), r -> Theme.of(r.get("t").asNode()));
	}

	List<Keyed<Theme>> themesOfElements(List<String> elements) {
		return graph.keyed("""
				MATCH (e:PlanElement)-[:SERVES]->(t:Theme) WHERE e.id IN $ids RETURN e.id AS key, t ORDER BY t.position
				""", Map.of("ids", elements), r -> Theme.of(r.get("t").asNode()));
	}

	private static Map<String, Object> ids(List<String> ids, List<String> cities) {
		var parameters = new HashMap<String, Object>();
		parameters.put("ids", ids);
		parameters.put("cities", cities);
		return parameters;
	}

	private static Map<String, Object> parameters(String id, List<String> cities) {
		var parameters = new HashMap<String, Object>();
		parameters.put("id", id);
		parameters.put("cities", cities);
		return parameters;
	}

}

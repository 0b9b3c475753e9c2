package io.plangraph.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.plangraph.city.City;
import io.plangraph.city.CityQueries;
import io.plangraph.neo4j.GraphReader;

import io.plangraph.neo4j.Keyed;

import org.springframework.stereotype.Component;

/**
 * The queries of plans and elements besides whole plan graphs ({@link PlanGraphs}): the one place their
 * Cypher lives.
 */
@Component
class PlanQueries {

	private final GraphReader graph;

	private final CityQueries cities;

	PlanQueries(GraphReader graph, CityQueries cities) {
		this.graph = graph;
		this.cities = cities;
	}

	/** Each city's plans, in the order of their documents. */
	List<Keyed<Plan>> plansOfCities(List<String> cityCodes) {
		return graph.keyed("""
				MATCH (c:City)-[:HAS_PLAN]->(p:Plan) WHERE c.code IN $codes
				RETURN c.code AS key, p ORDER BY p.documentId, p.position
				""", Map.of("codes", cityCodes), r -> Plan.of(r.get("p").asNode()));
	}

	/** Cities by code. */
	List<Keyed<City>> cities(List<String> codes) {
		return cities.byCodes(codes);
	}

	/** The plan each of these plans revises. */
	List<Keyed<Plan>> revised(List<String> planIds) {
		return graph.keyed("""
				MATCH (p:Plan)-[:REVISES]->(earlier:Plan) WHERE p.id IN $ids
				RETURN p.id AS key, earlier
				""", Map.of("ids", planIds), r -> Plan.of(r.get("earlier").asNode()));
	}

	/** The plans that revise each of these plans. */
	List<Keyed<Plan>> revising(List<String> planIds) {
		return graph.keyed("""
				MATCH (later:Plan)-[:REVISES]->(p:Plan) WHERE p.id IN $ids
				RETURN p.id AS key, later ORDER BY later.id
				""", Map.of("ids", planIds), r -> Plan.of(r.get("later").asNode()));
	}

	/** The ids of elements under more than one parent, of one city or all when null. */
	List<String> sharedElementIds(String cityCode) {
		var parameters = new HashMap<String, Object>();
		parameters.put("city", cityCode);
		// A city's elements are found through the index on their city; "$city IS NULL OR …" would scan them all.
		return graph.list("""
				%s
				MATCH (parent:PlanElement)-[:HAS_CHILD]->(e)
				WITH e, count(parent) AS parents WHERE parents > 1
				RETURN e.id AS id ORDER BY e.cityCode, e.id
				""".formatted(cityCode == null ? "MATCH (e:PlanElement)" : "MATCH (e:PlanElement {cityCode: $city})"),
				parameters, r -> r.get("id").asString());
	}

}

package io.plangraph.compare;

import org.neo4j.driver.types.MapAccessor;

/** What equivalent indicators of different cities measure: one concept, many cities' indicators. */
public record IndicatorConcept(String id, String name, String nameEn, String description) {

	static IndicatorConcept of(MapAccessor node) {
		return new IndicatorConcept(node.get("id").asString(), node.get("name").asString(node.get("id").asString()),
				node.get("nameEn").asString(null), node.get("description").asString(null));
	}

}

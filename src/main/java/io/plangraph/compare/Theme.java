package io.plangraph.compare;

import org.neo4j.driver.types.MapAccessor;

/** A theme of a taxonomy (an SDG) that elements and indicators serve. */
public record Theme(String id, String code, String name, String nameEn, String taxonomy, int position) {

	static Theme of(MapAccessor node) {
		return new Theme(node.get("id").asString(), node.get("code").asString(), node.get("name").asString(),
				node.get("nameEn").asString(null), node.get("taxonomyId").asString(), node.get("position").asInt(0));
	}

}

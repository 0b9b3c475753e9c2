package io.plangraph.indicator;

import java.util.List;

import io.plangraph.source.Provenance;
import org.neo4j.driver.types.MapAccessor;

/** An indicator as read from the graph: one definition, however many elements use it. */
public record Indicator(String id, String name, String unit, Direction direction, boolean directionInferred,
		boolean cumulative, List<String> groups, String description, String cityCode, String section,
		String documentId) {

	public static Indicator of(MapAccessor node) {
		return new Indicator(node.get("id").asString(), node.get("name").asString(), node.get("unit").asString(null),
				Direction.valueOf(node.get("direction").asString()), node.get("directionInferred").asBoolean(false),
				node.get("cumulative").asBoolean(false), node.get("groups").asList(v -> v.asString(), List.of()),
				node.get("description").asString(null), node.get("cityCode").asString(), node.get("section").asString(null),
				node.get("documentId").asString());
	}

	/** Where the indicator was read from. */
	public Provenance source() {
		return new Provenance(documentId, section);
	}

}

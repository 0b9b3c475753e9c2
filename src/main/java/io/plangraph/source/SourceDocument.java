package io.plangraph.source;

import org.neo4j.driver.types.MapAccessor;

/** A document that plan data was loaded from (a city's PDF, as text). */
public record SourceDocument(String id, String title, String subtitle, String source, String published) {

	public static SourceDocument of(MapAccessor node) {
		return new SourceDocument(node.get("id").asString(), node.get("title").asString(),
				node.get("subtitle").asString(null), node.get("source").asString(), node.get("published").asString(null));
	}

}

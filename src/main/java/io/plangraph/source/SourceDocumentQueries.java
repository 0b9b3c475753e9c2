package io.plangraph.source;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;

import org.springframework.stereotype.Component;

/** The reads of source documents: by id for any parent that names one, and by the city that published them. */
@Component
public final class SourceDocumentQueries {

	private static final String BY_ID = """
			MATCH (d:Document) WHERE d.id IN $ids
			RETURN d.id AS key, d
			""";

	private static final String BY_CITY = """
			MATCH (c:City)-[:PUBLISHED]->(d:Document) WHERE c.code IN $codes
			RETURN c.code AS key, d ORDER BY d.id
			""";

	private final GraphReader graph;

	SourceDocumentQueries(GraphReader graph) {
		this.graph = graph;
	}

	/** Each parent's document, in one query; parents whose document is not found are left out. */
	public <P> Map<P, SourceDocument> byId(Collection<P> parents, Function<P, String> documentIdOf) {
		var rows = graph.keyed(BY_ID, Map.of("ids", parents.stream().map(documentIdOf).distinct().toList()),
				record -> SourceDocument.of(record.get("d").asNode()));
		return Keyed.single(parents, documentIdOf, rows);
	}

	/** Each parent's published documents by id, in one query; a parent without any gets an empty list. */
	public <P> Map<P, List<SourceDocument>> byCity(Collection<P> parents, Function<P, String> cityCodeOf) {
		var rows = graph.keyed(BY_CITY, Map.of("codes", parents.stream().map(cityCodeOf).toList()),
				record -> SourceDocument.of(record.get("d").asNode()));
		return Keyed.grouped(parents, cityCodeOf, rows);
	}

}

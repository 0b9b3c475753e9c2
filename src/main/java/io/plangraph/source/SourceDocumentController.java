package io.plangraph.source;

import java.util.List;
import java.util.Map;

import io.plangraph.city.City;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Resolves where facts came from: the documents behind cities and behind every element, indicator and value. */
@Controller
class SourceDocumentController {

	private final GraphReader graph;

	SourceDocumentController(GraphReader graph) {
		this.graph = graph;
	}

	@BatchMapping(typeName = "Provenance", field = "document")
	Map<Provenance, SourceDocument> document(List<Provenance> sources) {
		var rows = graph.keyed("MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS key, d",
				Map.of("ids", sources.stream().map(Provenance::documentId).distinct().toList()),
				record -> SourceDocument.of(record.get("d").asNode()));
		return Keyed.single(sources, Provenance::documentId, rows);
	}

	@BatchMapping(typeName = "City", field = "documents")
	Map<City, List<SourceDocument>> documents(List<City> cities) {
		var rows = graph.keyed("""
				MATCH (c:City)-[:PUBLISHED]->(d:Document) WHERE c.code IN $codes
				RETURN c.code AS key, d ORDER BY d.id
				""", Map.of("codes", cities.stream().map(City::code).toList()),
				record -> SourceDocument.of(record.get("d").asNode()));
		return Keyed.grouped(cities, City::code, rows);
	}

}

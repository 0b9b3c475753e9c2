package io.plangraph.source;

import java.util.List;
import java.util.Map;

import io.plangraph.city.City;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Resolves where facts came from: the documents behind cities and behind every element, indicator and value. */
@Controller
class SourceDocumentController {

	private final SourceDocumentQueries documents;

	SourceDocumentController(SourceDocumentQueries documents) {
		this.documents = documents;
	}

	@BatchMapping(typeName = "Provenance", field = "document")
	Map<Provenance, SourceDocument> document(List<Provenance> sources) {
		return documents.byId(sources, Provenance::documentId);
	}

	@BatchMapping(typeName = "City", field = "documents")
	Map<City, List<SourceDocument>> documents(List<City> cities) {
		return documents.byCity(cities, City::code);
	}

}

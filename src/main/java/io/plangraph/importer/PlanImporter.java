package io.plangraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

import io.plangraph.neo4j.SchemaMigrations;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * Loads plan documents into the graph: every file is read and checked first, and only when all of
 * them are sound are they written, together, in one transaction. A rejected import changes nothing.
 */
@Service
public class PlanImporter {

	private static final Logger log = LoggerFactory.getLogger(PlanImporter.class);

	private final Driver driver;

	PlanImporter(Driver driver, SchemaMigrations schema) {
		this.driver = driver;
	}

	/**
	 * Imports the documents, replacing whatever the same documents said before.
	 *
	 * @throws PlanImportException naming every file, place and problem found; nothing is written then
	 */
	public List<ImportedDocument> importDocuments(List<DocumentSource> sources) {
		var graphs = new ArrayList<DocumentGraph>();
		var taxonomies = new ArrayList<Taxonomy>();
		var failures = new ArrayList<PlanDocumentException>();
		var files = new HashMap<String, String>();
		for (DocumentSource source : sources) {
			try {
				if (Taxonomy.isTaxonomy(source.text())) {
					taxonomies.add(Taxonomy.read(source.name(), source.text()));
					continue;
				}
				var graph = DocumentGraph.of(source.name(), source.text(), PlanDocumentReader.read(source.name(), source.text()));
				String earlier = files.putIfAbsent(graph.documentId(), source.name());
				if (earlier != null) {
					throw new PlanDocumentException(source.name(), List.of(new PlanDocumentException.Problem("document.id", 0,
							"document id '" + graph.documentId() + "' is also the id of " + earlier)));
				}
				graphs.add(graph);
			}
			catch (PlanDocumentException ex) {
				failures.add(ex);
			}
		}
		if (!failures.isEmpty()) {
			throw new PlanImportException(failures);
		}
		log.info("Writing {} document(s) and {} vocabulary file(s) in one transaction", graphs.size(), taxonomies.size());
		try (var session = driver.session()) {
			var imported = session.executeWrite(tx -> {
				// Vocabularies first: the documents in the same import may refer to them.
				taxonomies.forEach(taxonomy -> taxonomy.write(tx));
				var store = new DocumentStore(tx);
				var conflicts = new ArrayList<PlanDocumentException>();
				for (var graph : graphs) {
					var problems = store.conflicts(files.get(graph.documentId()), graph);
					if (!problems.isEmpty()) {
						conflicts.add(new PlanDocumentException(files.get(graph.documentId()), problems));
					}
				}
				if (!conflicts.isEmpty()) {
					throw new PlanImportException(conflicts);
				}
				var done = new ArrayList<ImportedDocument>();
				for (var graph : graphs) {
					store.write(graph);
					done.add(ImportedDocument.of(files.get(graph.documentId()), graph));
				}
				return done;
			});
			imported.forEach(document -> log.info("Imported {}", document));
			return imported;
		}
	}

	/** Whether the graph holds no document yet. */
	public boolean isEmpty() {
		return driver.executableQuery("MATCH (d:Document) RETURN count(d) = 0 AS empty")
			.execute()
			.records()
			.getFirst()
			.get("empty")
			.asBoolean();
	}

	/** A document's text and the name it is known by in messages (its file name). */
	public record DocumentSource(String name, String text) {
	}

	/** What one import wrote for one document. */
	public record ImportedDocument(String file, String documentId, int plans, int elements, int indicators,
			int values, int marks) {

		static ImportedDocument of(String file, DocumentGraph graph) {
			return new ImportedDocument(file, graph.documentId(), graph.plans().size(), graph.elements().size(),
					graph.indicators().size(), graph.values().size(), graph.marks().size());
		}

		@Override
		public String toString() {
			return "%s (%s): %d plans, %d elements, %d indicators, %d values, %d marks".formatted(documentId, file,
					plans, elements, indicators, values, marks);
		}

	}

	/** An import refused as a whole, with the problems of every file that caused it. */
	public static final class PlanImportException extends RuntimeException {

		private final List<PlanDocumentException> documents;

		PlanImportException(List<PlanDocumentException> documents) {
			super("Nothing was imported:\n" + String.join("\n",
					documents.stream().map(PlanDocumentException::getMessage).toList()));
			this.documents = List.copyOf(documents);
		}

		public List<PlanDocumentException> documents() {
			return documents;
		}

	}

}

package io.plangraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.plangraph.neo4j.SchemaMigrations;
import io.plangraph.security.WriteScope;
import io.plangraph.system.InputLimits;
import org.neo4j.driver.Driver;
import io.plangraph.neo4j.GraphVersion;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.driver.TransactionConfig;
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

	private final InputLimits limits;

	private final ImportProgress progress;

	PlanImporter(Driver driver, SchemaMigrations schema, InputLimits limits, ImportProgress progress) {
		this.driver = driver;
		this.limits = limits;
		this.progress = progress;
	}

	/**
	 * Imports the documents, replacing whatever the same documents said before, as the server's operator
	 * (see {@link WriteScope#operator()}), without a time limit.
	 *
	 * @throws PlanImportException naming every file, place and problem found; nothing is written then
	 */
	public List<ImportedDocument> importDocuments(List<DocumentSource> sources) {
		return importDocuments(sources, WriteScope.operator(), TransactionConfig.empty(), (tx, done) -> {
		});
	}

	/**
	 * Imports the documents like {@link #importDocuments(List)} if {@code scope} allows everything they
	 * touch, in a transaction with {@code config} (its timeout), and runs {@code alsoWrite} in the same
	 * transaction afterwards (the change history of an upload), so all of it happens or none does.
	 *
	 * @throws WriteScope.WriteRefused if the files touch what the scope may not change; nothing is written then
	 */
	public List<ImportedDocument> importDocuments(List<DocumentSource> sources, WriteScope scope, TransactionConfig config,
			java.util.function.BiConsumer<SimpleQueryRunner, List<ImportedDocument>> alsoWrite) {
		var checked = check(sources, limits);
		log.info("Writing {} document(s) and {} vocabulary file(s) in one transaction", checked.graphs().size(),
				checked.taxonomies().size());
		long start = System.nanoTime();
		try (var session = driver.session()) {
			var imported = session.executeWrite(tx -> {
				var done = write(tx, checked, scope, progress);
				alsoWrite.accept(tx, done);
				return done;
			}, config);
			progress.committed(imported.size(), java.time.Duration.ofNanos(System.nanoTime() - start));
			return imported;
		}
	}

	/** A dry run (see {@link #preview(List, WriteScope, TransactionConfig)}) as the server's operator. */
	public ImportPreview preview(List<DocumentSource> sources) {
		return preview(sources, WriteScope.operator(), TransactionConfig.empty());
	}

	/**
	 * A dry run: checks the files exactly as {@link #importDocuments} does — same problems, same
	 * exception, same refusal by the scope — and says, per document, what importing them would add,
	 * change and remove, writing nothing.
	 *
	 * <p>The import itself runs, in a transaction that is rolled back: each document is read back (as
	 * {@link DocumentExporter} reads it) before and after its writes, and the two are compared. So the
	 * preview cannot drift from what an import does, write-time refusals included (another document's
	 * ids, unknown themes); the price is that it holds the write locks of an import until it is done.
	 *
	 * @throws PlanImportException as an import would; nothing is written either way
	 */
	public ImportPreview preview(List<DocumentSource> sources, WriteScope scope, TransactionConfig config) {
		var checked = check(sources, limits);
		try (var session = driver.session(); var tx = session.beginTransaction(config)) {
			var before = new LinkedHashMap<String, Optional<PlanDocument>>();
			checked.graphs().forEach(graph -> before.put(graph.documentId(), DocumentExporter.read(tx, graph.documentId())));
			write(tx, checked, scope, null);
			var documents = new ArrayList<ImportPreview.DocumentChanges>();
			before.forEach((documentId, now) -> documents.add(DocumentDiff.between(checked.files().get(documentId),
					documentId, now, DocumentExporter.read(tx, documentId).orElseThrow())));
			tx.rollback();
			return new ImportPreview(checked.taxonomies().stream().map(Taxonomy::name).toList(), documents);
		}
	}

	/** Reads and checks every file; throws with the problems of all of them if any has one. */
	private static Checked check(List<DocumentSource> sources, InputLimits limits) {
		var graphs = new ArrayList<DocumentGraph>();
		var taxonomies = new ArrayList<Taxonomy>();
		var failures = new ArrayList<PlanDocumentException>();
		var files = new HashMap<String, String>();
		for (DocumentSource source : sources) {
			try {
				YamlChecks.check(source.name(), source.text(), limits);
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
		return new Checked(taxonomies, graphs, files);
	}

	/**
	 * Writes checked files inside the caller's transaction, refusing what conflicts with the graph; tells
	 * {@code progress} (null for a dry run) of each document written.
	 */
	private static List<ImportedDocument> write(SimpleQueryRunner tx, Checked checked, WriteScope scope,
			ImportProgress progress) {
		// Who may write what comes first, before anything is written (see WriteScope).
		checked.taxonomies().forEach(taxonomy -> scope.allowShared("vocabulary file " + taxonomy.name()));
		var store = new DocumentStore(tx);
		checked.graphs().forEach(graph -> scope.allow(store.touched(graph)));
		// The first write, as in every write: its lock orders plangraph's writes, so none deadlock.
		GraphVersion.raise(tx);
		// Vocabularies first: the documents in the same import may refer to them.
		checked.taxonomies().forEach(taxonomy -> taxonomy.write(tx));
		var conflicts = new ArrayList<PlanDocumentException>();
		for (var graph : checked.graphs()) {
			var problems = store.conflicts(checked.files().get(graph.documentId()), graph);
			if (!problems.isEmpty()) {
				conflicts.add(new PlanDocumentException(checked.files().get(graph.documentId()), problems));
			}
		}
		if (!conflicts.isEmpty()) {
			throw new PlanImportException(conflicts);
		}
		var done = new ArrayList<ImportedDocument>();
		for (var graph : checked.graphs()) {
			long start = System.nanoTime();
			store.write(graph);
			var document = ImportedDocument.of(checked.files().get(graph.documentId()), graph);
			done.add(document);
			if (progress != null) {
				progress.written(done.size(), checked.graphs().size(), document,
						java.time.Duration.ofNanos(System.nanoTime() - start));
			}
		}
		return done;
	}

	/** Files read and checked: the vocabularies, the documents, and each document's file name by its id. */
	private record Checked(List<Taxonomy> taxonomies, List<DocumentGraph> graphs, Map<String, String> files) {
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
			int values, int marks, String cityCode) {

		static ImportedDocument of(String file, DocumentGraph graph) {
			return new ImportedDocument(file, graph.documentId(), graph.plans().size(), graph.elements().size(),
					graph.indicators().size(), graph.values().size(), graph.marks().size(),
					String.valueOf(graph.city().get("code")));
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

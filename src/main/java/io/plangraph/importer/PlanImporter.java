package io.plangraph.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

	PlanImporter(Driver driver, InputLimits limits, ImportProgress progress) {
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
		return writeInOne(check(sources, limits), scope, config, alsoWrite);
	}

	/** Writes checked files in one transaction, with {@code alsoWrite} after them. */
	private List<ImportedDocument> writeInOne(Checked checked, WriteScope scope, TransactionConfig config,
			java.util.function.BiConsumer<SimpleQueryRunner, List<ImportedDocument>> alsoWrite) {
		log.info("Writing {} document(s) and {} vocabulary file(s) in one transaction", checked.graphs().size(),
				checked.taxonomies().size());
		long start = System.nanoTime();
		try (var session = driver.session()) {
			var imported = session.executeWrite(tx -> {
				var done = write(tx, checked, scope, progress, 0, checked.graphs().size());
				alsoWrite.accept(tx, done);
				return done;
			}, config);
			progress.committed(imported.size(), imported.size(), java.time.Duration.ofNanos(System.nanoTime() - start));
			return imported;
		}
	}

	/**
	 * Imports many documents as {@link #importDocuments(List, WriteScope, TransactionConfig, java.util.function.BiConsumer)}
	 * does, but commits them {@code batchSize} documents at a time, so a national load does not hold
	 * every document's writes in one transaction (the embedded database keeps those in the server's heap).
	 * Everything is still read and checked before the first write — the files, the scope, the ids they
	 * share, and what they would conflict with in the graph — so a refused import writes nothing. Only a
	 * failure of the machine itself can stop it between two batches; each batch is whole documents, and
	 * running the same import again replaces them, so it is safe to repeat.
	 */
	public List<ImportedDocument> importInBatches(List<DocumentSource> sources, WriteScope scope, int batchSize) {
		var checked = check(sources, limits);
		if (checked.graphs().size() <= batchSize) {
			return writeInOne(checked, scope, TransactionConfig.empty(), (tx, done) -> {
			});
		}
		log.info("Writing {} document(s) and {} vocabulary file(s), {} documents per transaction", checked.graphs().size(),
				checked.taxonomies().size(), batchSize);
		long start = System.nanoTime();
		try (var session = driver.session()) {
			// The first transaction writes the vocabularies (the documents may refer to them) and refuses the
			// import if the documents conflict with the graph; refused, it is rolled back and nothing is written.
			session.executeWrite(tx -> {
				var store = new DocumentStore(tx);
				checked.taxonomies().forEach(taxonomy -> scope.allowShared("vocabulary file " + taxonomy.name()));
				checked.graphs().forEach(graph -> scope.allow(store.touched(graph)));
				GraphVersion.raise(tx);
				checked.taxonomies().forEach(taxonomy -> taxonomy.write(tx));
				refuseConflicts(tx, checked);
				return null;
			});
			var done = new ArrayList<ImportedDocument>();
			var graphs = checked.graphs();
			for (int from = 0; from < graphs.size(); from += batchSize) {
				var batch = new Checked(List.of(), graphs.subList(from, Math.min(graphs.size(), from + batchSize)),
						checked.files());
				int before = done.size();
				done.addAll(session.executeWrite(tx -> write(tx, batch, null, progress, before, graphs.size()),
						TransactionConfig.empty()));
				progress.committed(done.size(), graphs.size(), java.time.Duration.ofNanos(System.nanoTime() - start));
			}
			return done;
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
			write(tx, checked, scope, null, 0, checked.graphs().size());
			var documents = new ArrayList<ImportPreview.DocumentChanges>();
			before.forEach((documentId, now) -> documents.add(DocumentDiff.between(checked.files().get(documentId),
					documentId, now, DocumentExporter.read(tx, documentId).orElseThrow())));
			tx.rollback();
			return new ImportPreview(checked.taxonomies().stream().map(Taxonomy::name).toList(), documents);
		}
	}

	/**
	 * Reads and checks every file; throws with the problems of all of them if any has one. Files are read in
	 * parallel (each on its own; a national load is thousands of them), and judged together in their order.
	 */
	private static Checked check(List<DocumentSource> sources, InputLimits limits) {
		var read = sources.parallelStream().map(source -> ReadFile.of(source, limits)).toList();
		var graphs = new ArrayList<DocumentGraph>();
		var taxonomies = new ArrayList<Taxonomy>();
		var failures = new ArrayList<PlanDocumentException>();
		var files = new HashMap<String, String>();
		var owners = new HashMap<String, String>();
		for (var file : read) {
			if (file.failure() != null) {
				failures.add(file.failure());
			}
			else if (file.taxonomy() != null) {
				taxonomies.add(file.taxonomy());
			}
			else {
				var graph = file.graph();
				var problems = new ArrayList<PlanDocumentException.Problem>();
				String earlier = files.putIfAbsent(graph.documentId(), file.name());
				if (earlier != null) {
					problems.add(new PlanDocumentException.Problem("document.id", 0,
							"document id '" + graph.documentId() + "' is also the id of " + earlier));
				}
				// Two files of one import may not define the same plan, element or indicator: written one after
				// the other, the second would silently take the first one's over.
				sharedIds("plans", "plan", graph.plans(), file.name(), owners, problems);
				sharedIds("plans", "element", graph.elements(), file.name(), owners, problems);
				sharedIds("indicators", "indicator", graph.indicators(), file.name(), owners, problems);
				if (problems.isEmpty()) {
					graphs.add(graph);
				}
				else {
					failures.add(new PlanDocumentException(file.name(), problems));
				}
			}
		}
		if (!failures.isEmpty()) {
			throw new PlanImportException(failures);
		}
		return new Checked(taxonomies, graphs, files);
	}

	private static void sharedIds(String path, String what, List<Map<String, Object>> rows, String file,
			Map<String, String> owners, List<PlanDocumentException.Problem> problems) {
		for (var row : rows) {
			String id = String.valueOf(row.get("id"));
			String owner = owners.putIfAbsent(what + " " + id, file);
			if (owner != null && !owner.equals(file)) {
				problems.add(new PlanDocumentException.Problem(path, 0,
						what + " '" + id + "' is also defined by " + owner + ", imported together with it"));
			}
		}
	}

	/** One file read and checked on its own: a vocabulary, a document, or what is wrong with it. */
	private record ReadFile(String name, Taxonomy taxonomy, DocumentGraph graph, PlanDocumentException failure) {

		static ReadFile of(DocumentSource source, InputLimits limits) {
			try {
				YamlChecks.check(source.name(), source.text(), limits);
				if (Taxonomy.isTaxonomy(source.text())) {
					return new ReadFile(source.name(), Taxonomy.read(source.name(), source.text()), null, null);
				}
				return new ReadFile(source.name(), null,
						DocumentGraph.of(source.name(), source.text(), PlanDocumentReader.read(source.name(), source.text())), null);
			}
			catch (PlanDocumentException ex) {
				return new ReadFile(source.name(), null, null, ex);
			}
		}

	}

	/**
	 * Writes checked files inside the caller's transaction, refusing what conflicts with the graph; tells
	 * {@code progress} (null for a dry run) of each document written.
	 */
	private static List<ImportedDocument> write(SimpleQueryRunner tx, Checked checked, WriteScope scope,
			ImportProgress progress, int before, int total) {
		// Who may write what comes first, before anything is written (see WriteScope); a null scope: the
		// caller has checked the scope and the conflicts already (a batch of a batched import).
		var store = new DocumentStore(tx);
		if (scope != null) {
			checked.taxonomies().forEach(taxonomy -> scope.allowShared("vocabulary file " + taxonomy.name()));
			checked.graphs().forEach(graph -> scope.allow(store.touched(graph)));
		}
		// The first write, as in every write: its lock orders plangraph's writes, so none deadlock.
		GraphVersion.raise(tx);
		// Vocabularies first: the documents in the same import may refer to them.
		checked.taxonomies().forEach(taxonomy -> taxonomy.write(tx));
		if (scope != null) {
			refuseConflicts(tx, checked);
		}
		var done = new ArrayList<ImportedDocument>();
		for (var graph : checked.graphs()) {
			long start = System.nanoTime();
			store.write(graph);
			var document = ImportedDocument.of(checked.files().get(graph.documentId()), graph);
			done.add(document);
			if (progress != null) {
				progress.written(before + done.size(), total, document, java.time.Duration.ofNanos(System.nanoTime() - start));
			}
		}
		return done;
	}

	/**
	 * Refuses the documents if they conflict with what the graph holds (another document's ids, unknown
	 * themes or concepts, …); reads only.
	 */
	private static void refuseConflicts(SimpleQueryRunner tx, Checked checked) {
		var store = new DocumentStore(tx);
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

package io.plangraph.importer;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.importer.PlanImporter.ImportedDocument;
import io.plangraph.importer.PlanImporter.PlanImportException;
import io.plangraph.security.WriteScope;
import io.plangraph.support.PlangraphTest;
import io.plangraph.support.SyntheticPlan;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A national load commits its documents a batch at a time, and is still checked as a whole first: a
 * refused import writes nothing, not even its first batches. (The context of the round-trip tests: an
 * empty graph, no bundled documents.)
 */
@PlangraphTest(properties = "plangraph.import.on-empty-database=false")
class BatchedImportTest {

	@Autowired
	PlanImporter importer;

	@Autowired
	Driver driver;

	long documents(List<String> ids) {
		return driver.executableQuery("MATCH (d:Document) WHERE d.id IN $ids RETURN count(d)")
			.withParameters(Map.of("ids", ids))
			.execute()
			.records()
			.getFirst()
			.get(0)
			.asLong();
	}

	static List<DocumentSource> plans(String prefix, int count) {
		return IntStream.range(0, count).mapToObj(n -> SyntheticPlan.of(prefix + "-" + n, 1, 2, 1, 1)).toList();
	}

	/** The same plans and indicators as {@code source}, under another document id. */
	static DocumentSource copyOf(DocumentSource source, String documentId) {
		String id = source.name().replace(".yaml", "");
		return new DocumentSource(documentId + ".yaml",
				source.text().replace("document: {id: " + id + ",", "document: {id: " + documentId + ","));
	}

	@Test
	void writesEveryDocumentTwoPerTransactionInTheOrderGiven() {
		var sources = plans("batched", 5);
		var imported = importer.importInBatches(sources, WriteScope.operator(), 2);
		assertThat(imported).extracting(ImportedDocument::documentId)
			.containsExactly("batched-0", "batched-1", "batched-2", "batched-3", "batched-4");
		assertThat(documents(List.of("batched-0", "batched-1", "batched-2", "batched-3", "batched-4"))).isEqualTo(5);
	}

	@Test
	void aDocumentThatConflictsWithTheGraphRefusesTheWholeImportBeforeTheFirstBatchIsWritten() {
		var owner = SyntheticPlan.of("batch-owner", 1, 1, 1, 1);
		importer.importDocuments(List.of(owner));
		var sources = new java.util.ArrayList<>(plans("refused", 4));
		sources.add(copyOf(owner, "batch-thief"));

		assertThatThrownBy(() -> importer.importInBatches(sources, WriteScope.operator(), 2))
			.isInstanceOf(PlanImportException.class)
			.hasMessageContaining("batch-thief.yaml")
			.hasMessageContaining("plan 'batch-owner' already belongs to document 'batch-owner'");
		assertThat(documents(List.of("refused-0", "refused-1", "refused-2", "refused-3", "batch-thief"))).isZero();
	}

	@Test
	void twoFilesOfOneImportMayNotDefineTheSameIndicator() {
		var first = SyntheticPlan.of("twice", 1, 1, 1, 1);
		var sources = List.of(first, copyOf(first, "twice-again"));

		assertThatThrownBy(() -> importer.importInBatches(sources, WriteScope.operator(), 1))
			.isInstanceOf(PlanImportException.class)
			.hasMessageContaining("twice-again.yaml")
			.hasMessageContaining("indicator 'twice-g0' is also defined by twice.yaml, imported together with it");
		assertThat(documents(List.of("twice", "twice-again"))).isZero();
	}

}

package io.plangraph.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.plangraph.calendar.FiscalYear;
import io.plangraph.editing.PlanEditor;
import io.plangraph.importer.PlanDocument.ValueEntry;
import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.security.Editor;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The export of a document whose values were also recorded through the API: 路線バス年間利用者数 of 日立市, whose
 * document prints 2,740千人 for R5, corrected through the API twice for R5 (3,000千人, then 3,100千人) and
 * recorded once for R6, which the document does not print.
 */
@PlangraphTest
class EditedDocumentExportTest {

	static final String DOCUMENT = "hitachi-growth-strategy-status-r5";

	static final String INDICATOR = "hitachi-bus-ridership";

	@Autowired
	DocumentExporter exporter;

	@Autowired
	PlanImporter importer;

	@Autowired
	PlanEditor editor;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	final List<String> changes = new ArrayList<>();

	String bundled;

	@BeforeEach
	void recordThroughTheApi() {
		bundled = GraphSnapshot.of(driver);
		record("R5", "3,000千人");
		record("R5", "3,100千人");
		record("R6", "3,200千人");
	}

	void record(String year, String value) {
		changes.add(editor.recordActual(Editor.commandLine(), INDICATOR, FiscalYear.parse(year), null, value, null).changeId());
	}

	/** Puts the bundled document back and takes away what the API recorded, so the shared graph is as bundled. */
	@AfterEach
	void restore() {
		importer.importDocuments(DocumentFiles.matching("classpath:neo4j/data/" + DOCUMENT + ".yaml"));
		driver.executableQuery("""
				MATCH (v:IndicatorValue) WHERE v.changeId IN $changes DETACH DELETE v
				WITH count(*) AS done
				MATCH (c:Change) WHERE c.id IN $changes DETACH DELETE c
				WITH count(*) AS done
				MATCH (d:Document {id: 'api-edits-082023'})
				WHERE NOT EXISTS { MATCH (n) WHERE (n:IndicatorValue OR n:PledgeReport) AND n.documentId = d.id }
				DETACH DELETE d
				""").withParameters(Map.of("changes", changes)).execute();
		assertThat(GraphSnapshot.of(driver)).as("the shared graph as it was before the test").isEqualTo(bundled);
	}

	@Test
	void theExportHoldsTheValuesAReaderSeesAndNeverASupersededOne() {
		var actuals = actualsExported(exporter.read(DOCUMENT).orElseThrow());
		assertThat(actuals).filteredOn(v -> "R5".equals(v.year())).extracting(ValueEntry::value).containsExactly("3,100千人");
		assertThat(actuals).filteredOn(v -> "R6".equals(v.year())).extracting(ValueEntry::value).containsExactly("3,200千人");
		assertThat(exporter.export(DOCUMENT).orElseThrow()).doesNotContain("3,000千人").containsOnlyOnce("3,100千人");
	}

	@Test
	void importingTheExportedFileLeavesTheValuesAReaderSeesAsTheyWereWithoutADuplicate() {
		String valuesBefore = valuesRead();
		String exported = exporter.export(DOCUMENT).orElseThrow();

		importer.importDocuments(List.of(new DocumentSource(DOCUMENT + ".yaml", exported)));

		assertThat(valuesRead()).isEqualTo(valuesBefore).containsOnlyOnce("3,100千人").contains("3,200千人")
			.doesNotContain("3,000千人").doesNotContain("2,740千人");
		assertThat(exporter.export(DOCUMENT)).contains(exported);
		// What the API recorded stays as it was recorded: the correction, the value it corrected, and R6.
		assertThat(driver.executableQuery("""
				MATCH (:Indicator {id: $id})-[:HAS_VALUE]->(v:IndicatorValue {source: 'api'})
				RETURN v.text + CASE WHEN v.supersededAt IS NULL THEN '' ELSE ' (superseded)' END AS value ORDER BY value
				""").withParameters(Map.of("id", INDICATOR)).execute().records().stream().map(r -> r.get("value").asString()))
			.containsExactly("3,000千人 (superseded)", "3,100千人", "3,200千人");
		// What differs in the graph: the document's own actuals are now the file's, behind the recorded ones.
		assertThat(driver.executableQuery("""
				MATCH (:Indicator {id: $id})-[:HAS_VALUE]->(v:IndicatorValue {documentId: $document, type: 'ACTUAL'})
				RETURN v.fiscalYearLabel + ' ' + v.text AS value ORDER BY value
				""").withParameters(Map.of("id", INDICATOR, "document", DOCUMENT)).execute().records().stream()
			.map(r -> r.get("value").asString())).containsExactly("R5 3,100千人", "R6 3,200千人");
	}

	static List<ValueEntry> actualsExported(PlanDocument document) {
		return document.indicators().stream()
			.filter(i -> INDICATOR.equals(i.id()))
			.flatMap(i -> i.values().stream())
			.filter(v -> "ACTUAL".equals(v.type()))
			.toList();
	}

	/** The indicator's values as GraphQL answers them, every field a reader can ask for. */
	String valuesRead() {
		return GraphQlClient.over(port).document("""
				query($id: ID!) {
				  indicator(id: $id) {
				    values {
				      type fiscalYear { year label } fiscalYearTo { year label } asOf group text number unit bound state
				      cumulative approximate usedForStatus note source { document { id } section }
				    }
				  }
				}""").variable("id", INDICATOR).execute().path("indicator.values").entity(Object.class).get().toString();
	}

}

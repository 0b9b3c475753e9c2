package io.plangraph.importer;

import java.time.LocalDate;
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
 * recorded once for R6, which the document does not print; and a progress report recorded for a pledge of 安中市.
 */
@PlangraphTest
class EditedDocumentExportTest {

	static final String DOCUMENT = "hitachi-growth-strategy-status-r5";

	static final String INDICATOR = "hitachi-bus-ridership";

	static final String PLEDGES = "annaka-mayor-pledges-vi";

	static final String PLEDGE = "annaka-mayor-pledges/facility-review";

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
		changes.add(editor.recordPledgeProgress(Editor.commandLine(), PLEDGE, LocalDate.of(2025, 3, 31), 0.5, false).changeId());
	}

	void record(String year, String value) {
		changes.add(editor.recordActual(Editor.commandLine(), INDICATOR, FiscalYear.parse(year), null, value, null).changeId());
	}

	/** Puts the bundled documents back and takes away what the API recorded, so the shared graph is as bundled. */
	@AfterEach
	void restore() {
		importer.importDocuments(DocumentFiles.matching("classpath:neo4j/data/" + DOCUMENT + ".yaml"));
		importer.importDocuments(DocumentFiles.matching("classpath:neo4j/data/" + PLEDGES + ".yaml"));
		driver.executableQuery("""
				MATCH (n) WHERE (n:IndicatorValue OR n:PledgeReport) AND n.changeId IN $changes DETACH DELETE n
				WITH count(*) AS done
				MATCH (c:Change) WHERE c.id IN $changes DETACH DELETE c
				WITH count(*) AS done
				MATCH (d:Document) WHERE d.id IN ['api-edits-082023', 'api-edits-102113']
				  AND NOT EXISTS { MATCH (n) WHERE (n:IndicatorValue OR n:PledgeReport) AND n.documentId = d.id }
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

	@Test
	void aProgressReportRecordedThroughTheApiIsExportedAndReadOnceAfterTheFileIsImported() {
		String reportsBefore = progressRead();
		assertThat(reportsBefore).containsOnlyOnce("asOf=2025-03-31,");
		String exported = exporter.export(PLEDGES).orElseThrow();
		assertThat(exported).containsOnlyOnce("2025-03-31");

		importer.importDocuments(List.of(new DocumentSource(PLEDGES + ".yaml", exported)));

		assertThat(progressRead()).isEqualTo(reportsBefore);
		assertThat(exporter.export(PLEDGES)).contains(exported);
	}

	/** The pledge's progress reports as GraphQL answers them. */
	String progressRead() {
		return GraphQlClient.over(port)
			.document("query($id: ID!) { element(id: $id) { pledge { progress { asOf asOfText stage achieved } } } }")
			.variable("id", PLEDGE).execute().path("element.pledge.progress").entity(Object.class).get().toString();
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

package io.plangraph.importer;

import java.util.List;

import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.indicator.PrintedValue;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Documents written back from the graph as files, against a real Neo4j with the five bundled documents. */
@PlangraphTest
class DocumentExporterTest {

	@Autowired
	DocumentExporter exporter;

	@Autowired
	PlanImporter importer;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	/** Puts the bundled document back, whatever a test did to it. */
	void restore(String documentId) {
		importer.importDocuments(DocumentFiles.matching("classpath:neo4j/data/" + documentId + ".yaml"));
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "annaka-mayor-pledges-vi", "hachinohe-first-term-report", "hachinohe-revitalization-strategy",
			"hitachi-growth-strategy-status-r5", "yatsushiro-priority-strategy-5" })
	void aDocumentExportedAndImportedAgainLeavesTheGraphExactlyAsItWasAndExportsToTheSameText(String documentId) {
		String before = GraphSnapshot.of(driver);
		String exported = exporter.export(documentId).orElseThrow();
		try {
			importer.importDocuments(List.of(new DocumentSource(documentId + ".yaml", exported)));
			assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
			assertThat(exporter.export(documentId)).contains(exported);
		}
		finally {
			restore(documentId);
		}
	}

	@Test
	void theExportedFileWritesTheDocumentAsPrintedWithEachIndicatorDefinedOnce() {
		String hitachi = exporter.export("hitachi-growth-strategy-status-r5").orElseThrow();
		assertThat(hitachi).startsWith("format: plangraph/1\n")
			.contains("  code: \"082023\"\n")
			.contains("title: ひたち成長戦略プラン\n")
			.contains("value: \"23,751件\"\n")
			.contains("ratio: 131.7%\n")
			.contains("state: QUALITATIVE\n")
			.doesNotContain("\\u")
			.doesNotContain("null");
		// ひたちナビダウンロード数 serves PLAN 10 and PLAN 15: one definition, two uses.
		assertThat(hitachi.split("- id: hitachi-navi-downloads\n", -1)).hasSize(2);
		assertThat(hitachi.split("ref: hitachi-navi-downloads\n", -1)).hasSize(3);
	}

	@Test
	void aValueGetsANumberOnlyWhereItsPrintedTextDoesNotGiveIt() {
		var report = exporter.read("hachinohe-first-term-report").orElseThrow();
		var values = report.indicators().stream().flatMap(i -> i.values().stream()).toList();
		assertThat(values).filteredOn(v -> v.number() != null)
			.isNotEmpty()
			.allSatisfy(v -> assertThat(numberReadFrom(v.value())).as(v.value()).isNotEqualTo(v.number()));
		assertThat(values).filteredOn(v -> v.number() == null && v.state() == null)
			.isNotEmpty()
			.allSatisfy(v -> assertThatCode(() -> PrintedValue.parse(v.value())).as(v.value()).doesNotThrowAnyException());
		assertThat(values).filteredOn(v -> "約 1800 人".equals(v.value()))
			.singleElement()
			.satisfies(v -> assertThat(v.number()).isEqualTo(1800.0))
			.satisfies(v -> assertThat(v.asOf()).isEqualTo("令和5年10月"));
		assertThat(values).filteredOn(v -> "78 件".equals(v.value()))
			.singleElement()
			.satisfies(v -> assertThat(v.number()).isNull())
			.satisfies(v -> assertThat(v.years()).isEqualTo("R4～R5"));
	}

	/** The number the importer reads from a printed text alone, null where it reads none. */
	static Double numberReadFrom(String text) {
		try {
			return PrintedValue.parse(text).number();
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@Test
	void anElementUnderSeveralParentsIsWrittenOnceWithItsFurtherParents() {
		var report = exporter.read("hachinohe-first-term-report").orElseThrow();
		var alsoUnder = report.plans().stream()
			.flatMap(plan -> DocumentExporterTest.<PlanDocument.ElementEntry>flatten(plan.elements()).stream())
			.filter(e -> !e.alsoUnder().isEmpty())
			.toList();
		assertThat(alsoUnder).hasSizeGreaterThanOrEqualTo(5);
	}

	static List<PlanDocument.ElementEntry> flatten(List<PlanDocument.ElementEntry> elements) {
		return elements.stream()
			.flatMap(e -> java.util.stream.Stream.concat(java.util.stream.Stream.of(e), flatten(e.children()).stream()))
			.toList();
	}

	@Test
	void thereIsNothingToExportForADocumentTheGraphDoesNotHave() {
		assertThat(exporter.export("no-such-document")).isEmpty();
	}

	@Test
	void theApiExportsADocumentAsTheTextOfItsFileAndNullForAnUnknownId() {
		var graphQl = GraphQlClient.over(port);
		graphQl.document("query($id: ID!) { exportDocument(id: $id) }")
			.variable("id", "annaka-mayor-pledges-vi")
			.execute()
			.path("exportDocument")
			.entity(String.class)
			.isEqualTo(exporter.export("annaka-mayor-pledges-vi").orElseThrow());
		graphQl.document("{ exportDocument(id: \"no-such-document\") }").execute().path("exportDocument").valueIsNull();
	}

}

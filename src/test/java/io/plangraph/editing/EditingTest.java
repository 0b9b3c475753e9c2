package io.plangraph.editing;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * City staff's yearly work over HTTP, with API keys: an editor of 日立市 (key "hitachi-key") and an
 * admin ("admin-key"). This context has a database of its own, since it changes the data.
 */
@PlangraphTestWithKeys
class EditingTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	HttpGraphQlTester editor() {
		return GraphQlClient.withKey(port, "hitachi-key");
	}

	HttpGraphQlTester admin() {
		return GraphQlClient.withKey(port, "admin-key");
	}

	HttpGraphQlTester anonymous() {
		return GraphQlClient.over(port);
	}

	static final String RECORD = """
			mutation($indicator: ID!, $year: FiscalYear!, $value: String!, $group: String) {
			  recordActual(input: {indicatorId: $indicator, fiscalYear: $year, value: $value, group: $group}) {
			    changed change { by action fields { field before after } } indicator { status(asOf: $year) }
			  }
			}""";

	String status(String indicator, String year) {
		return anonymous().document("query($i: ID!, $y: FiscalYear) { indicator(id: $i) { status(asOf: $y) } }")
			.variable("i", indicator)
			.variable("y", year)
			.execute()
			.path("indicator.status")
			.entity(String.class)
			.get();
	}

	long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

	@Nested
	class ACityEditor {

		@Test
		void recordsThisYearsActualAndSeesTheStatusChangeInTheNextQuery() {
			assertThat(status("hitachi-sns-likes", "R6")).isEqualTo("NOT_PUBLISHED");
			editor().document(RECORD)
				.variable("indicator", "hitachi-sns-likes")
				.variable("year", "R6")
				.variable("value", "120,000件/年")
				.execute()
				.path("recordActual.changed").entity(Boolean.class).isEqualTo(true)
				.path("recordActual.change.by").entity(String.class).isEqualTo("hitachi-editor")
				.path("recordActual.indicator.status").entity(String.class).isEqualTo("TARGET_MET");
			assertThat(status("hitachi-sns-likes", "R6")).isEqualTo("TARGET_MET");
		}

		@Test
		void aChangeSaysWhenAsAnInstantWithItsOffsetAndWhatAsAnAction() {
			var before = OffsetDateTime.now().minusSeconds(5);
			editor().document(RECORD)
				.variable("indicator", "hitachi-brt-population-density")
				.variable("year", "R6")
				.variable("value", "34.10人/ha")
				.execute()
				.path("recordActual.change.action").entity(String.class).isEqualTo("RECORD_ACTUAL");
			var change = anonymous().document("{ history(indicatorId: \"hitachi-brt-population-density\", first: 1) { edges { node { at action } } } }")
				.execute();
			change.path("history.edges[0].node.action").entity(String.class).isEqualTo("RECORD_ACTUAL");
			OffsetDateTime at = OffsetDateTime.parse(change.path("history.edges[0].node.at").entity(String.class).get());
			assertThat(at).isAfter(before).isBefore(OffsetDateTime.now().plusSeconds(5));
		}

		@Test
		void correctsAPastValueWithoutErasingWhatTheDocumentReported() {
			assertThat(status("hitachi-bus-ridership", "R5")).isEqualTo("BELOW_BASELINE");
			editor().document(RECORD)
				.variable("indicator", "hitachi-bus-ridership")
				.variable("year", "R5")
				.variable("value", "3,100千人")
				.execute()
				.path("recordActual.change.fields[0].before").entity(String.class).isEqualTo("2,740千人")
				.path("recordActual.change.fields[0].after").entity(String.class).isEqualTo("3,100千人");
			assertThat(status("hitachi-bus-ridership", "R5")).isEqualTo("TARGET_MET");
			// The document's figure stays in the graph as the document printed it.
			assertThat(count("""
					MATCH (:Indicator {id: 'hitachi-bus-ridership'})-[:HAS_VALUE]->(v {text: '2,740千人'})
					WHERE v.documentId = 'hitachi-growth-strategy-status-r5' RETURN count(v)""")).isEqualTo(1);
			anonymous().document("{ history(indicatorId: \"hitachi-bus-ridership\") { edges { node { by action fields { before after } } } } }")
				.execute()
				.path("history.edges[0].node.by").entity(String.class).isEqualTo("hitachi-editor")
				.path("history.edges[0].node.fields[0].before").entity(String.class).isEqualTo("2,740千人");
		}

		@Test
		void cannotChangeAnotherCityAndNothingChanges() {
			long values = count("MATCH (:Indicator {id: 'yatsushiro-in-migrants'})-[:HAS_VALUE]->(v) RETURN count(v)");
			editor().document(RECORD)
				.variable("indicator", "yatsushiro-in-migrants")
				.variable("year", "R6")
				.variable("value", "4,000人")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
					assertThat(error.getMessage()).contains("432024");
				}));
			assertThat(count("MATCH (:Indicator {id: 'yatsushiro-in-migrants'})-[:HAS_VALUE]->(v) RETURN count(v)")).isEqualTo(values);
			assertThat(count("MATCH (c:Change {cityCode: '432024'}) RETURN count(c)")).isZero();
		}

		@Test
		void getsAnErrorNamingTheInputThatIsWrong() {
			editor().document(RECORD)
				.variable("indicator", "hitachi-school-satisfaction")
				.variable("year", "R6")
				.variable("value", "63.0%")
				.variable("group", "高校生")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
					assertThat(error.getExtensions()).containsEntry("inputPath", "input.group");
				}));
			editor().document(RECORD)
				.variable("indicator", "hitachi-navi-downloads")
				.variable("year", "R6")
				.variable("value", "たくさん")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getExtensions()).containsEntry("inputPath", "input.value")));
		}

		@Test
		void cannotGiveAnIndicatorAConceptThatDoesNotExistAndSettingTheOneItHasChangesNothing() {
			String set = "mutation($c: ID) { setIndicatorConcept(input: {indicatorId: \"hitachi-sns-likes\", conceptId: $c}) { changed } }";
			long changes = count("MATCH (c:Change {targetId: 'hitachi-sns-likes'}) RETURN count(c)");
			editor().document(set).variable("c", "no-such-concept").execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
					assertThat(error.getExtensions()).containsEntry("inputPath", "input.conceptId");
				}));
			editor().document(set).variable("c", "official-sns-reach").execute()
				.path("setIndicatorConcept.changed").entity(Boolean.class).isEqualTo(false);
			assertThat(count("MATCH (:Indicator {id: 'hitachi-sns-likes'})-[:INSTANCE_OF]->(c:Concept {id: 'official-sns-reach'}) RETURN count(c)"))
				.isEqualTo(1);
			assertThat(count("MATCH (c:Change {targetId: 'hitachi-sns-likes'}) RETURN count(c)")).isEqualTo(changes);
		}

		@Test
		void submittingTheSameValueTwiceAtOnceRecordsItOnce() {
			var first = CompletableFuture.supplyAsync(() -> editor().document(RECORD)
				.variable("indicator", "hitachi-navi-downloads")
				.variable("year", "R7")
				.variable("value", "27,000件")
				.execute()
				.path("recordActual.changed").entity(Boolean.class).get());
			var second = CompletableFuture.supplyAsync(() -> editor().document(RECORD)
				.variable("indicator", "hitachi-navi-downloads")
				.variable("year", "R7")
				.variable("value", "27,000件")
				.execute()
				.path("recordActual.changed").entity(Boolean.class).get());
			assertThat(List.of(first.join(), second.join())).containsExactlyInAnyOrder(true, false);
			assertThat(count("""
					MATCH (:Indicator {id: 'hitachi-navi-downloads'})-[:HAS_VALUE]->(v {fiscalYear: 2025})
					WHERE v.supersededAt IS NULL RETURN count(v)""")).isEqualTo(1);
		}

		@Test
		void cannotMoveAnElementUnderItsOwnChild() {
			editor().document("""
					mutation { moveElement(input: {elementId: "hitachi-growth-strategy/project-mirai",
					                               parentId: "hitachi-growth-strategy/plan-10"}) { changed } }
					""")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getExtensions()).containsEntry("inputPath", "input.parentId");
					assertThat(error.getMessage()).contains("cycle");
				}));
		}

		@Test
		void addsRenamesMovesAndRemovesAnElementWithItsHistory() {
			var added = editor().document("""
					mutation { addElement(input: {planId: "hitachi-growth-strategy", parentId: "hitachi-growth-strategy/plan-10",
					    key: "program-new", kind: PROGRAM, title: "新規事業"}) { changed element { id title parents { code } } } }
					""").execute();
			added.path("addElement.element.parents[0].code").entity(String.class).isEqualTo("PLAN 10");
			editor().document("""
					mutation { renameElement(input: {elementId: "hitachi-growth-strategy/program-new", title: "新規デジタル事業"}) { changed } }
					""").execute().path("renameElement.changed").entity(Boolean.class).isEqualTo(true);
			editor().document("""
					mutation { moveElement(input: {elementId: "hitachi-growth-strategy/program-new",
					    parentId: "hitachi-growth-strategy/plan-15"}) { element { parents { code } } } }
					""").execute().path("moveElement.element.parents[0].code").entity(String.class).isEqualTo("PLAN 15");
			editor().document("""
					mutation { removeElement(input: {elementId: "hitachi-growth-strategy/program-new"}) { changed element { id } } }
					""").execute().path("removeElement.element").valueIsNull();
			anonymous().document("{ history(elementId: \"hitachi-growth-strategy/program-new\") { edges { node { action } } } }")
				.execute()
				.path("history.edges[*].node.action").entityList(String.class)
				.containsExactly("REMOVE_ELEMENT", "MOVE_ELEMENT", "RENAME_ELEMENT", "ADD_ELEMENT");
		}

	}

	@Nested
	class AnIndicatorTableUpload {

		static final String IMPORT = """
				mutation($csv: String!, $dry: Boolean) {
				  importIndicatorTable(input: {cityCode: "082023", csv: $csv, dryRun: $dry}) {
				    dryRun unchanged added { row indicatorId type fiscalYear { year label } after } changed { row indicatorId before after }
				  }
				}""";

		@Test
		void thatIsMalformedIsRejectedNamingTheRowAndColumnAndNothingIsWritten() {
			long changes = count("MATCH (c:Change) RETURN count(c)");
			String csv = """
					指標名,単位,実績値(R6)
					ひたちナビダウンロード数,件,"28,000件"
					図書館の利用者数（電子書籍含む）,千人,多い
					存在しない指標,件,5件
					""";
			editor().document(IMPORT).variable("csv", csv).execute().errors().satisfy(errors -> {
				assertThat(errors).extracting(error -> error.getMessage())
					.anySatisfy(message -> assertThat(message).contains("row 3, column 実績値(R6)"))
					.anySatisfy(message -> assertThat(message).contains("row 4, column 指標名"));
				assertThat(errors).allSatisfy(error -> assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST"));
			});
			assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(changes);
			assertThat(count("MATCH (v:IndicatorValue {text: '28,000件'}) RETURN count(v)")).isZero();
		}

		@Test
		void aDryRunShowsTheDifferenceWithoutWritingIt() {
			long values = count("MATCH (v:IndicatorValue) RETURN count(v)");
			String csv = """
					指標名,単位,基準値,基準年度,実績値,実績年度
					企業誘致件数,件,5件以上,R3,7件,令和6年度
					製造品出荷額（4人以上事業所）,億円,"10,420億円以上",R3,"12,500億円",R6
					""";
			editor().document(IMPORT).variable("csv", csv).variable("dry", true).execute()
				.path("importIndicatorTable.dryRun").entity(Boolean.class).isEqualTo(true)
				.path("importIndicatorTable.unchanged").entity(Integer.class).isEqualTo(2)
				.path("importIndicatorTable.added[*].fiscalYear.year").entityList(Integer.class).containsExactly(2024, 2024)
				.path("importIndicatorTable.added[*].fiscalYear.label").entityList(String.class).containsExactly("R6", "R6");
			assertThat(count("MATCH (v:IndicatorValue) RETURN count(v)")).isEqualTo(values);

			editor().document(IMPORT).variable("csv", csv).execute()
				.path("importIndicatorTable.added[*].indicatorId").entityList(String.class).hasSize(2);
			assertThat(count("MATCH (v:IndicatorValue) RETURN count(v)")).isEqualTo(values + 2);
			assertThat(status("hitachi-business-attraction", "R6")).isEqualTo("TARGET_MET");
		}

		@Test
		void ofAnotherCityIsRefused() {
			GraphQlClient.withKey(port, "hitachi-key").document(IMPORT.replace("082023", "022039"))
				.variable("csv", "指標名,実績値(R6)\n企業誘致件数,3件\n")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		}

	}

	@Nested
	class ADocumentUpload {

		static final String UPLOAD = """
				mutation($name: String!, $text: String!, $dry: Boolean) {
				  importDocument(input: {name: $name, text: $text, dryRun: $dry}) {
				    dryRun report documents { documentId isNew values { changed { id before after } unchanged } }
				  }
				}""";

		String hitachi() throws java.io.IOException {
			return java.nio.file.Files.readString(java.nio.file.Path.of("neo4j/data/hitachi-growth-strategy-status-r5.yaml"));
		}

		@Test
		void showsTheDifferenceInADryRunWithoutWritingItThenImportsIt() throws Exception {
			String changed = hitachi().replace("value: \"23,751件\"}", "value: \"24,000件\"}");
			long values = count("MATCH (v:IndicatorValue {text: '24,000件'}) RETURN count(v)");
			editor().document(UPLOAD).variable("name", "hitachi.yaml").variable("text", changed).variable("dry", true)
				.execute()
				.path("importDocument.dryRun").entity(Boolean.class).isEqualTo(true)
				.path("importDocument.documents[0].values.changed[*].after").entityList(String.class).contains("24,000件");
			assertThat(count("MATCH (v:IndicatorValue {text: '24,000件'}) RETURN count(v)")).isEqualTo(values);

			editor().document(UPLOAD).variable("name", "hitachi.yaml").variable("text", changed).execute()
				.path("importDocument.dryRun").entity(Boolean.class).isEqualTo(false);
			assertThat(count("MATCH (v:IndicatorValue {text: '24,000件'}) RETURN count(v)")).isEqualTo(values + 1);
			assertThat(count("MATCH (c:Change {action: 'IMPORT_DOCUMENT', by: 'hitachi-editor'}) RETURN count(c)")).isPositive();
			editor().document(UPLOAD).variable("name", "hitachi.yaml").variable("text", hitachi()).execute();
		}

		@Test
		void aValueMeasuredOnAPrintedMonthAnswersItsAsOfAsADayInIso8601() throws Exception {
			String dated = hitachi().replace("{type: ACTUAL, year: R5, value: \"23,751件\"}",
					"{type: ACTUAL, year: R5, value: \"23,751件\", asOf: \"R6.3時点\"}");
			editor().document(UPLOAD).variable("name", "hitachi.yaml").variable("text", dated).execute()
				.path("importDocument.dryRun").entity(Boolean.class).isEqualTo(false);
			// A month stands for its last day.
			anonymous().document("{ indicator(id: \"hitachi-navi-downloads\") { values(type: ACTUAL) { text asOf } } }")
				.execute()
				.path("indicator.values[?(@.text == '23,751件')].asOf").entityList(String.class).containsExactly("2024-03-31");
			editor().document(UPLOAD).variable("name", "hitachi.yaml").variable("text", hitachi()).execute();
		}

		@Test
		void thatIsMalformedIsRejectedWithItsLineAndNothingIsWritten() throws Exception {
			long changes = count("MATCH (c:Change) RETURN count(c)");
			String broken = hitachi().replace("year: R5, value: \"23,751件\"", "year: R5x, value: \"23,751件\"");
			editor().document(UPLOAD).variable("name", "hitachi.yaml").variable("text", broken).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).contains("hitachi.yaml, line 1115").contains("R5x");
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				}));
			assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(changes);
		}

		@Test
		void ofAnotherCityIsRefused() throws Exception {
			String yatsushiro = java.nio.file.Files.readString(java.nio.file.Path.of("neo4j/data/yatsushiro-priority-strategy-5.yaml"));
			editor().document(UPLOAD).variable("name", "yatsushiro.yaml").variable("text", yatsushiro).execute().errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN")));
		}

	}

	@Nested
	class WithoutAKey {

		@Test
		void noOneChangesAnything() {
			anonymous().document(RECORD)
				.variable("indicator", "hitachi-navi-downloads")
				.variable("year", "R6")
				.variable("value", "25,000件")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED")));
			assertThat(count("MATCH (c:Change {action: 'RECORD_ACTUAL', targetId: 'hitachi-navi-downloads'}) WHERE c.fields[0] CONTAINS 'R6' RETURN count(c)"))
				.isZero();
		}

		@Test
		void anUnknownKeyIsRefusedBeforeTheQueryRuns() {
			org.springframework.test.web.reactive.server.WebTestClient.bindToServer()
				.baseUrl("http://localhost:" + port + "/graphql")
				.build()
				.post()
				.header("Authorization", "Bearer no-such-key")
				.header("Content-Type", "application/json")
				.bodyValue("{\"query\": \"{ cities { edges { node { code } } } }\"}")
				.exchange()
				.expectStatus()
				.isUnauthorized();
		}

	}

	@Nested
	class AnAdmin {

		@Test
		void changesAnyCity() {
			admin().document("""
					mutation { recordPledgeProgress(input: {elementId: "annaka-mayor-pledges/facility-review", asOf: "2026-10-01", achieved: true}) {
					    changed element { pledgeStatus(asOf: "2026-11-21") } } }
					""")
				.execute()
				.path("recordPledgeProgress.changed").entity(Boolean.class).isEqualTo(true)
				.path("recordPledgeProgress.element.pledgeStatus").entity(String.class).isEqualTo("ACHIEVED");
		}

	}

}

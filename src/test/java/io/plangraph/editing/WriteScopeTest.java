package io.plangraph.editing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.plangraph.importer.GraphSnapshot;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may write what, by what a write touches rather than by who asks: every write path — each mutation,
 * an indicator table, a document upload — tried by an editor of 日立市 (082023) against 八代市's and
 * 安中市's data, by the same editor on 日立市's own data, by an admin and without a key. A refused write
 * leaves the whole graph as it was (compared as a snapshot). Same keys and context as {@link EditingTest}.
 */
@PlangraphTestWithKeys
class WriteScopeTest {

	static final String YATSUSHIRO_PLAN = "yatsushiro-priority-strategy-5";

	static final String YATSUSHIRO_ELEMENT = YATSUSHIRO_PLAN + "/strategy-5";

	static final String YATSUSHIRO_INDICATOR = "yatsushiro-residents-feeling-voice-heard";

	static final String UPLOAD = """
			mutation($name: String!, $text: String!, $dry: Boolean) {
			  importDocument(input: {name: $name, text: $text, dryRun: $dry}) { dryRun documents { documentId isNew } }
			}""";

	static final String TABLE = """
			mutation($city: ID!, $csv: String!) {
			  importIndicatorTable(input: {cityCode: $city, csv: $csv}) { added { indicatorId } changed { indicatorId } unchanged }
			}""";

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	HttpGraphQlTester hitachiEditor() {
		return GraphQlClient.withKey(port, "hitachi-key");
	}

	HttpGraphQlTester admin() {
		return GraphQlClient.withKey(port, "admin-key");
	}

	HttpGraphQlTester anonymous() {
		return GraphQlClient.over(port);
	}

	long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

	static String file(String path) {
		try {
			return Files.readString(Path.of(path));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A small document of 日立市 whose ids are filled in by each test. */
	static String hitachiDocument(String documentId, String planId, String indicatorId, String usedIndicatorId) {
		return """
				format: plangraph/1
				document: {id: %s, title: 日立市の小さな文書, source: test}
				city: {code: "082023", name: 日立市, prefecture: 茨城県}
				plans:
				  - id: %s
				    title: 小さな計画
				    kind: OTHER
				    elements:
				      - {key: a, kind: MEASURE, title: 施策A, indicators: [{ref: %s, role: KPI}]}
				indicators:
				  - id: %s
				    name: 小さな指標
				    direction: HIGHER_IS_BETTER
				    values:
				      - {type: TARGET, year: R8, value: 12件}
				""".formatted(documentId, planId, usedIndicatorId, indicatorId);
	}

	/** Sends the write and checks it is refused with {@code classification}, its message naming {@code named}, and nothing written. */
	void refusedAndNothingWritten(HttpGraphQlTester who, String document, java.util.Map<String, Object> variables,
			String classification, String named) {
		String before = GraphSnapshot.of(driver);
		var request = who.document(document);
		for (var variable : variables.entrySet()) {
			request = request.variable(variable.getKey(), variable.getValue());
		}
		request.execute().errors().satisfy(errors -> assertThat(errors).isNotEmpty().allSatisfy(error -> {
			assertThat(error.getErrorType().toString()).isEqualTo(classification);
			assertThat(error.getMessage()).contains(named);
		}));
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	/** Every mutation, aimed at another city's data: (mutation, what the refusal names). */
	static Stream<org.junit.jupiter.params.provider.Arguments> mutationsOnAnotherCity() {
		return Stream.of(
				of("recordActual(input: {indicatorId: \"" + YATSUSHIRO_INDICATOR + "\", fiscalYear: \"R6\", value: \"50%\"}) { changed }",
						YATSUSHIRO_INDICATOR),
				of("recordProgramResult(input: {elementId: \"" + YATSUSHIRO_ELEMENT + "\", fiscalYear: \"R6\", value: \"5件\"}) { changed }",
						YATSUSHIRO_ELEMENT),
				of("recordPledgeProgress(input: {elementId: \"annaka-mayor-pledges/facility-review\", asOf: \"2026-10-01\", achieved: true}) { changed }",
						"annaka-mayor-pledges/facility-review"),
				of("addElement(input: {planId: \"" + YATSUSHIRO_PLAN + "\", key: \"x\", kind: MEASURE, title: \"乗っ取り\"}) { changed }",
						YATSUSHIRO_PLAN),
				of("renameElement(input: {elementId: \"" + YATSUSHIRO_ELEMENT + "\", title: \"乗っ取り\"}) { changed }", YATSUSHIRO_ELEMENT),
				of("moveElement(input: {elementId: \"" + YATSUSHIRO_PLAN + "/priority-action-1\"}) { changed }",
						YATSUSHIRO_PLAN + "/priority-action-1"),
				of("removeElement(input: {elementId: \"" + YATSUSHIRO_PLAN + "/priority-action-1\"}) { changed }",
						YATSUSHIRO_PLAN + "/priority-action-1"),
				of("linkIndicator(input: {elementId: \"hitachi-growth-strategy/plan-10\", indicatorId: \"" + YATSUSHIRO_INDICATOR
						+ "\", role: KPI}) { changed }", YATSUSHIRO_INDICATOR),
				of("linkIndicator(input: {elementId: \"" + YATSUSHIRO_ELEMENT + "\", indicatorId: \"hitachi-navi-downloads\", role: KPI}) { changed }",
						YATSUSHIRO_ELEMENT),
				of("unlinkIndicator(input: {elementId: \"" + YATSUSHIRO_PLAN + "/priority-action-1\", indicatorId: \""
						+ YATSUSHIRO_INDICATOR + "\"}) { changed }", YATSUSHIRO_PLAN + "/priority-action-1"),
				of("setIndicatorConcept(input: {indicatorId: \"" + YATSUSHIRO_INDICATOR + "\", conceptId: \"official-sns-reach\"}) { changed }",
						YATSUSHIRO_INDICATOR),
				of("setThemes(input: {elementId: \"" + YATSUSHIRO_ELEMENT + "\", themeIds: [\"sdg-1\"]}) { changed }", YATSUSHIRO_ELEMENT),
				of("importIndicatorTable(input: {cityCode: \"432024\", csv: \"指標名,実績値(R6)\\n市政に意見を伝える環境が整っていると感じる市民の割合,50%\\n\"}) { unchanged }",
						"432024"));
	}

	static org.junit.jupiter.params.provider.Arguments of(String mutation, String named) {
		return org.junit.jupiter.params.provider.Arguments.of(mutation.substring(0, mutation.indexOf('(')), mutation, named);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutationsOnAnotherCity")
	void aMutationOnAnotherCitysDataByAnEditorIsForbiddenAndWritesNothing(String name, String mutation, String named) {
		refusedAndNothingWritten(hitachiEditor(), "mutation { " + mutation + " }", java.util.Map.of(), "FORBIDDEN", named);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("mutationsOnAnotherCity")
	void aMutationWithoutAKeyIsUnauthorizedAndWritesNothing(String name, String mutation, String named) {
		refusedAndNothingWritten(anonymous(), "mutation { " + mutation + " }", java.util.Map.of(), "UNAUTHORIZED", "API key");
	}

	@Test
	void anAdminChangesAnotherCitysElementAndAnEditorOfThatCityCouldToo() {
		admin().document("mutation { renameElement(input: {elementId: \"" + YATSUSHIRO_ELEMENT + "\", code: \"重点戦略 5\"}) { changed } }")
			.execute()
			.path("renameElement.changed").entity(Boolean.class).isEqualTo(true);
		admin().document("mutation { renameElement(input: {elementId: \"" + YATSUSHIRO_ELEMENT + "\", code: \"重点戦略5\"}) { changed } }")
			.execute()
			.path("renameElement.changed").entity(Boolean.class).isEqualTo(true);
		hitachiEditor().document("mutation { renameElement(input: {elementId: \"hitachi-growth-strategy/plan-10\", code: \"PLAN 10\"}) { changed } }")
			.execute()
			.path("renameElement.changed").entity(Boolean.class).isEqualTo(false);
	}

	@Nested
	class AnIndicatorTable {

		// R8: a year no other test of the shared database records, so each row is added, not changed.
		static final String YATSUSHIRO_CSV = "指標名,実績値(R8)\n市政に意見を伝える環境が整っていると感じる市民の割合,50%\n";

		@Test
		void ofItsOwnCityIsImportedByTheEditorAndOfAnotherCityByAnAdmin() {
			hitachiEditor().document(TABLE).variable("city", "082023").variable("csv", "指標名,実績値(R8)\n企業誘致件数,8件\n")
				.execute()
				.path("importIndicatorTable.added[*].indicatorId").entityList(String.class).containsExactly("hitachi-business-attraction");
			admin().document(TABLE).variable("city", "432024").variable("csv", YATSUSHIRO_CSV)
				.execute()
				.path("importIndicatorTable.added[*].indicatorId").entityList(String.class).containsExactly(YATSUSHIRO_INDICATOR);
		}

	}

	@Nested
	class ADocumentUpload {

		@Test
		void whoseDocumentIdIsAnotherCitysIsForbiddenEvenIfTheFileNamesTheEditorsCity() {
			refusedAndNothingWritten(hitachiEditor(), UPLOAD, java.util.Map.of("name", "takeover.yaml", "text",
					hitachiDocument(YATSUSHIRO_PLAN, "takeover-plan", "takeover-indicator", "takeover-indicator")), "FORBIDDEN",
					"document '" + YATSUSHIRO_PLAN + "' of city 432024");
		}

		@Test
		void whosePlanIdIsAnotherCitysIsForbidden() {
			refusedAndNothingWritten(hitachiEditor(), UPLOAD, java.util.Map.of("name", "takeover.yaml", "text",
					hitachiDocument("takeover-doc", YATSUSHIRO_PLAN, "takeover-indicator", "takeover-indicator")), "FORBIDDEN",
					"plan '" + YATSUSHIRO_PLAN + "' of city 432024");
		}

		@Test
		void whoseIndicatorIdIsAnotherCitysIsForbidden() {
			refusedAndNothingWritten(hitachiEditor(), UPLOAD, java.util.Map.of("name", "takeover.yaml", "text",
					hitachiDocument("takeover-doc", "takeover-plan", YATSUSHIRO_INDICATOR, YATSUSHIRO_INDICATOR)), "FORBIDDEN",
					"indicator '" + YATSUSHIRO_INDICATOR + "' of city 432024");
		}

		@Test
		void thatUsesAnotherCitysIndicatorIsForbidden() {
			refusedAndNothingWritten(hitachiEditor(), UPLOAD, java.util.Map.of("name", "takeover.yaml", "text",
					hitachiDocument("takeover-doc", "takeover-plan", "takeover-indicator", YATSUSHIRO_INDICATOR)), "FORBIDDEN",
					"indicator '" + YATSUSHIRO_INDICATOR + "' of city 432024");
		}

		@Test
		void ofAnotherCitysOwnFileIsForbiddenAlsoAsADryRun() {
			refusedAndNothingWritten(hitachiEditor(), UPLOAD, java.util.Map.of("name", "yatsushiro.yaml", "text",
					file("neo4j/data/yatsushiro-priority-strategy-5.yaml"), "dry", true), "FORBIDDEN", "city 432024");
		}

		@Test
		void withoutAKeyIsUnauthorized() {
			refusedAndNothingWritten(anonymous(), UPLOAD, java.util.Map.of("name", "hitachi.yaml", "text",
					file("neo4j/data/hitachi-growth-strategy-status-r5.yaml")), "UNAUTHORIZED", "API key");
		}

		@Test
		void ofAnApiEditsDocumentIsForbiddenToEveryoneTheAdminIncluded() {
			String text = hitachiDocument("api-edits-082023", "takeover-plan", "takeover-indicator", "takeover-indicator");
			refusedAndNothingWritten(hitachiEditor(), UPLOAD, java.util.Map.of("name", "api.yaml", "text", text), "FORBIDDEN",
					"api-edits-082023");
			refusedAndNothingWritten(admin(), UPLOAD, java.util.Map.of("name", "api.yaml", "text", text), "FORBIDDEN",
					"api-edits-082023");
		}

		@Test
		void ofASharedVocabularyIsForbiddenToAnEditorAndAllowedToAnAdmin() {
			String sdgs = file("neo4j/taxonomy/sdgs.yaml");
			String oneTheme = sdgs.substring(0, sdgs.indexOf("  - {id: sdg-2"));
			refusedAndNothingWritten(hitachiEditor(), UPLOAD, java.util.Map.of("name", "sdgs.yaml", "text", oneTheme), "FORBIDDEN",
					"shared vocabularies");
			refusedAndNothingWritten(hitachiEditor(), UPLOAD,
					java.util.Map.of("name", "concepts.yaml", "text", file("neo4j/taxonomy/concepts.yaml")), "FORBIDDEN",
					"shared vocabularies");
			long themes = count("MATCH (t:Theme) RETURN count(t)");
			admin().document(UPLOAD).variable("name", "sdgs.yaml").variable("text", sdgs).execute()
				.path("importDocument.dryRun").entity(Boolean.class).isEqualTo(false);
			assertThat(count("MATCH (t:Theme) RETURN count(t)")).isEqualTo(themes).isEqualTo(17);
		}

		@Test
		void ofTheEditorsOwnCityIsImportedAndOfAnotherCityByAnAdmin() {
			String text = hitachiDocument("hitachi-small-doc", "hitachi-small-plan", "hitachi-small-indicator", "hitachi-small-indicator");
			hitachiEditor().document(UPLOAD).variable("name", "small.yaml").variable("text", text).execute()
				.path("importDocument.documents[0].isNew").entity(Boolean.class).isEqualTo(true);
			assertThat(count("MATCH (:City {code: '082023'})-[:PUBLISHED]->(d:Document {id: 'hitachi-small-doc'}) RETURN count(d)")).isOne();
			admin().document(UPLOAD).variable("name", "yatsushiro.yaml")
				.variable("text", file("neo4j/data/yatsushiro-priority-strategy-5.yaml").replace("title: 重点戦略5 持続可能な",
						"title: 重点戦略５ 持続可能な"))
				.execute()
				.path("importDocument.documents[0].documentId").entity(String.class).isEqualTo(YATSUSHIRO_PLAN);
			assertThat(count("MATCH (d:Document {id: '" + YATSUSHIRO_PLAN + "'}) WHERE d.title STARTS WITH '重点戦略５' RETURN count(d)")).isOne();
			admin().document(UPLOAD).variable("name", "yatsushiro.yaml")
				.variable("text", file("neo4j/data/yatsushiro-priority-strategy-5.yaml")).execute();
		}

		@Test
		void thatChangesNothingWritesNothingAndNoHistory() {
			String hitachi = file("neo4j/data/hitachi-growth-strategy-status-r5.yaml");
			String before = GraphSnapshot.of(driver);
			long changes = count("MATCH (c:Change) RETURN count(c)");
			hitachiEditor().document(UPLOAD).variable("name", "hitachi.yaml").variable("text", hitachi).execute()
				.path("importDocument.dryRun").entity(Boolean.class).isEqualTo(false);
			assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(changes);
			assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
		}

	}

}

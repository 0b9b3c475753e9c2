package io.plangraph.editing;

import java.util.concurrent.atomic.AtomicReference;

import io.plangraph.importer.GraphSnapshot;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan document file imported through the API and an edit refuse the same bad input — a value in another
 * unit than its indicator's, a malformed id, a value that cannot be read — in the same words, each saying
 * where: the file its name, line and path, the edit its input path. Neither writes anything.
 */
@PlangraphTestWithKeys
class FilesAndEditsAreCheckedAlikeTest {

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	/** One GraphQL error: where in the input, and what it says. */
	record Refusal(String type, String inputPath, String message) {
	}

	static final String UPLOAD = """
			mutation($text: String!) { importDocument(input: {name: "rules.yaml", text: $text}) { dryRun } }""";

	static final String RECORD = """
			mutation($value: String!) {
			  recordActual(input: {indicatorId: "hitachi-navi-downloads", fiscalYear: "R6", value: $value}) { changed }
			}""";

	static final String ADD = """
			mutation($key: String!) {
			  addElement(input: {planId: "hitachi-growth-strategy", key: $key, kind: PROGRAM, title: "新規事業"}) { changed }
			}""";

	/** A new document of 日立市 with one element (line 9) and one indicator in 件 with one value (line 16). */
	static String document(String key, String value) {
		return """
				format: plangraph/1
				document: {id: rules-doc, title: 規則の文書, source: test}
				city: {code: "082023", name: 日立市, prefecture: 茨城県}
				plans:
				  - id: rules-plan
				    title: 規則の計画
				    kind: OTHER
				    elements:
				      - {key: %s, kind: PROGRAM, title: 新規事業, indicators: [{ref: rules-downloads, role: KPI}]}
				indicators:
				  - id: rules-downloads
				    name: ダウンロード数
				    unit: 件
				    direction: HIGHER_IS_BETTER
				    values:
				      - {type: ACTUAL, year: R6, value: "%s"}
				""".formatted(key, value);
	}

	Refusal refusal(String mutation, String variable, String value) {
		var refusal = new AtomicReference<Refusal>();
		GraphQlClient.withKey(port, "hitachi-key").document(mutation).variable(variable, value).execute().errors()
			.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> refusal.set(new Refusal(
					error.getErrorType().toString(), (String) error.getExtensions().get("inputPath"), error.getMessage()))));
		return refusal.get();
	}

	Refusal fileImport(String text) {
		return refusal(UPLOAD, "text", text);
	}

	@Test
	void aValueInAnotherUnitThanItsIndicatorsIsRefusedByAFileAndAnEditInTheSameWords() {
		String before = GraphSnapshot.of(driver);
		String refused = "the unit '人' is not the indicator's unit '件'";

		assertThat(fileImport(document("program-new", "5人"))).isEqualTo(new Refusal("BAD_REQUEST", "input.text",
				"input.text: rules.yaml, line 16 (indicators[0].values[0].value): " + refused));
		assertThat(refusal(RECORD, "value", "5人")).isEqualTo(new Refusal("BAD_REQUEST", "input.value",
				"input.value: " + refused));

		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void aMalformedIdIsRefusedByAFileAndAnEditInTheSameWords() {
		String before = GraphSnapshot.of(driver);
		String refused = "'Program_New' is not a valid id: use lower-case ASCII letters, digits and hyphens";

		assertThat(fileImport(document("Program_New", "5件"))).isEqualTo(new Refusal("BAD_REQUEST", "input.text",
				"input.text: rules.yaml, line 9 (plans[0].elements[0].key): " + refused));
		assertThat(refusal(ADD, "key", "Program_New")).isEqualTo(new Refusal("BAD_REQUEST", "input.key",
				"input.key: " + refused));

		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void aValueThatCannotBeReadIsRefusedByAFileAndAnEditInTheSameWords() {
		String before = GraphSnapshot.of(driver);
		String refused = "'たくさん' cannot be read as a printed value: it has no number and is not a marker of a value not "
				+ "published (—, －, ―, 指標未公表) or missing (-); declare a value in words as QUALITATIVE";

		assertThat(fileImport(document("program-new", "たくさん"))).isEqualTo(new Refusal("BAD_REQUEST", "input.text",
				"input.text: rules.yaml, line 16 (indicators[0].values[0].value): " + refused));
		assertThat(refusal(RECORD, "value", "たくさん")).isEqualTo(new Refusal("BAD_REQUEST", "input.value",
				"input.value: " + refused));

		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void anIndicatorTableRefusesAValueInAnotherUnitInTheSameWordsToo() {
		String before = GraphSnapshot.of(driver);
		String refused = "the unit '人' is not the indicator's unit '件'";
		String table = """
				指標名,単位,実績値(R6)
				ひたちナビダウンロード数,人,5人
				""";

		assertThat(refusal("""
				mutation($csv: String!) { importIndicatorTable(input: {cityCode: "082023", csv: $csv}) { dryRun } }""",
				"csv", table)).isEqualTo(new Refusal("BAD_REQUEST", "input.csv", "input.csv: row 2, column 単位: " + refused));

		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void theSameFileWithAGoodIdAndValueInItsIndicatorsUnitPassesTheChecks() {
		String before = GraphSnapshot.of(driver);
		// A dry run checks as the import does, and writes nothing.
		GraphQlClient.withKey(port, "hitachi-key")
			.document("""
					mutation($text: String!) {
					  importDocument(input: {name: "rules.yaml", text: $text, dryRun: true}) {
					    documents { documentId values { added { id label } } }
					  }
					}""")
			.variable("text", document("program-new", "5件"))
			.execute()
			.path("importDocument.documents[0].documentId").entity(String.class).isEqualTo("rules-doc")
			.path("importDocument.documents[0].values.added[0].label").entity(String.class).isEqualTo("5件");
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

}

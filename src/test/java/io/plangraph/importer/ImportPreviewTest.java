package io.plangraph.importer;

import java.util.List;

import io.plangraph.importer.ImportPreview.Change;
import io.plangraph.importer.ImportPreview.Item;
import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.importer.PlanImporter.PlanImportException;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** A dry run of an import, against a real Neo4j with the five bundled documents: what it reports, and that it writes nothing. */
@PlangraphTest
class ImportPreviewTest {

	@Autowired
	PlanImporter importer;

	@Autowired
	Driver driver;

	static final String HITACHI = "hitachi-growth-strategy-status-r5";

	static DocumentSource hitachi() {
		return DocumentFiles.matching("classpath:neo4j/data/" + HITACHI + ".yaml").getFirst();
	}

	/** Hitachi's document with a new R5 actual and an R6 one, a renamed program, a new program with its own indicator and one mark fewer. */
	static DocumentSource changedHitachi() {
		var original = hitachi();
		String text = replaceOnce(original.text(), "{type: ACTUAL, year: R5, value: \"23,751件\"}",
				"{type: ACTUAL, year: R5, value: \"24,000件\"}\n      - {type: ACTUAL, year: R6, value: \"25,000件\"}");
		text = replaceOnce(text, "{type: ACTUAL, year: R5, value: \"24,000件\"}\n      - {type: ACTUAL, year: R6, value: \"25,000件\"}\n"
				+ "    marks:\n      - {year: R5, mark: \"○基準値以上\"}\n      - {year: R4, mark: \"○基準値以上\"}\n",
				"{type: ACTUAL, year: R5, value: \"24,000件\"}\n      - {type: ACTUAL, year: R6, value: \"25,000件\"}\n"
						+ "    marks:\n      - {year: R5, mark: \"◎目標値以上\"}\n");
		text = replaceOnce(text, "title: \"空き家利活用促進事業\"", "title: \"空き家利活用促進事業（拡充）\"");
		text = replaceOnce(text, "              - key: program-yamagawa-danchi\n", """
				              - key: program-new
				                kind: PROGRAM
				                title: "新規事業"
				                indicators:
				                  - {ref: hitachi-new-program-results, role: PROGRAM_OUTPUT}
				              - key: program-yamagawa-danchi
				""");
		text = text + """
				  - id: hitachi-new-program-results
				    name: "新規事業の実績"
				    unit: "件"
				    direction: HIGHER_IS_BETTER
				    values:
				      - {type: ACTUAL, year: R5, value: "3件"}
				""";
		return new DocumentSource("changed.yaml", text);
	}

	static String replaceOnce(String text, String from, String to) {
		assertThat(text.split(java.util.regex.Pattern.quote(from), -1)).as("'%s' occurs once", from).hasSize(2);
		return text.replace(from, to);
	}

	@Test
	void aDryRunOfTheBundledFilesFindsNothingToChangeAndWritesNothing() {
		String before = GraphSnapshot.of(driver);
		var preview = importer.preview(DocumentFiles.matching(List.of("classpath:neo4j/taxonomy/*.yaml", "classpath:neo4j/data/*.yaml")));
		assertThat(preview.vocabularies()).containsExactly("concepts.yaml", "sdgs.yaml");
		assertThat(preview.documents()).hasSize(5).noneMatch(ImportPreview.DocumentChanges::changesAnything);
		assertThat(preview.changesAnything()).isFalse();
		var hitachi = preview.documents().stream().filter(d -> d.documentId().equals(HITACHI)).findFirst().orElseThrow();
		assertThat(hitachi.elements().unchanged()).isEqualTo(47);
		assertThat(hitachi.indicators().unchanged()).isEqualTo(51);
		assertThat(hitachi.values().unchanged()).isEqualTo(141);
		// 授業の内容がよく分かる割合 has its R4 mark once per school level (two marks, each for a row of groups)
		assertThat(hitachi.marks().unchanged()).isEqualTo(53);
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void aDryRunOfAChangedDocumentReportsWhatWouldBeAddedChangedAndRemovedAndWritesNothing() {
		String before = GraphSnapshot.of(driver);
		var preview = importer.preview(List.of(changedHitachi()));
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);

		var changes = preview.documents().getFirst();
		assertThat(changes.file()).isEqualTo("changed.yaml");
		assertThat(changes.documentId()).isEqualTo(HITACHI);
		assertThat(changes.isNew()).isFalse();
		assertThat(changes.document()).isEmpty();
		assertThat(changes.plans().isEmpty()).isTrue();
		assertThat(changes.elements().added()).containsExactly(new Item("hitachi-growth-strategy/program-new", "新規事業"));
		assertThat(changes.elements().changed()).containsExactly(
				new Change("hitachi-growth-strategy/plan-01", List.of("children"), "移住・定住支援", "移住・定住支援"),
				new Change("hitachi-growth-strategy/program-akiya", List.of("title"), "空き家利活用促進事業", "空き家利活用促進事業（拡充）"));
		assertThat(changes.elements().removed()).isEmpty();
		assertThat(changes.indicators().added()).containsExactly(new Item("hitachi-new-program-results", "新規事業の実績"));
		assertThat(changes.indicators().changed()).isEmpty();
		assertThat(changes.values().added()).containsExactlyInAnyOrder(
				new Item("hitachi-navi-downloads ACTUAL R6", "25,000件"), new Item("hitachi-new-program-results ACTUAL R5", "3件"));
		assertThat(changes.values().changed())
			.containsExactly(new Change("hitachi-navi-downloads ACTUAL R5", List.of("value"), "23,751件", "24,000件"));
		assertThat(changes.values().removed()).isEmpty();
		assertThat(changes.values().unchanged()).isEqualTo(140);
		assertThat(changes.marks().changed())
			.containsExactly(new Change("hitachi-navi-downloads R5", List.of("mark"), "○基準値以上", "◎目標値以上"));
		assertThat(changes.marks().removed()).containsExactly(new Item("hitachi-navi-downloads R4", "○基準値以上"));
		assertThat(preview.toString()).contains("~ hitachi-navi-downloads ACTUAL R5 (value): 23,751件 → 24,000件")
			.contains("+ hitachi-growth-strategy/program-new: 新規事業")
			.contains("- hitachi-navi-downloads R4: ○基準値以上");
	}

	@Test
	void aDryRunOfANewDocumentReportsEverythingAsAddedAndLeavesItOutOfTheGraph() {
		String before = GraphSnapshot.of(driver);
		var preview = importer.preview(List.of(new DocumentSource("new.yaml", """
				format: plangraph/1
				document: {id: new-doc, title: 新しい文書, source: test}
				city: {code: "082023", name: 日立市, prefecture: 茨城県}
				plans:
				  - id: new-plan
				    title: 新しい計画
				    kind: OTHER
				    elements:
				      - {key: a, kind: MEASURE, title: 施策A, indicators: [{ref: new-indicator, role: KPI}]}
				indicators:
				  - id: new-indicator
				    name: 指標
				    direction: HIGHER_IS_BETTER
				    values:
				      - {type: TARGET, year: R8, value: 12件}
				""")));
		var changes = preview.documents().getFirst();
		assertThat(changes.isNew()).isTrue();
		assertThat(changes.plans().added()).containsExactly(new Item("new-plan", "新しい計画"));
		assertThat(changes.elements().added()).containsExactly(new Item("new-plan/a", "施策A"));
		assertThat(changes.indicators().added()).containsExactly(new Item("new-indicator", "指標"));
		assertThat(changes.values().added()).containsExactly(new Item("new-indicator TARGET R8", "12件"));
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

	@Test
	void aDryRunOfAMalformedFileIsRefusedWithTheSameProblemsAsAnImport() {
		var broken = new DocumentSource("broken.yaml", """
				format: plangraph/1
				document: {id: broken-doc, title: 壊れた文書, source: test}
				city: {code: "082023", name: 日立市, prefecture: 茨城県}
				plans:
				  - id: broken-plan
				    title: 壊れた計画
				    kind: GROWTH_STRATEGY
				indicators:
				  - id: broken-indicator
				    name: 指標
				    direction: HIGHER_IS_BETTER
				    values:
				      - {type: ACTUAL, year: R99x, value: 12件}
				""");
		assertSameRefusal(broken, "broken.yaml, line 13 (indicators[0].values[0].year)");
	}

	@Test
	void aDryRunOfAFileThatOnlyTheDatabaseCanRefuseIsRefusedWithTheSameProblemsAsAnImport() {
		var takeover = new DocumentSource("takeover.yaml", """
				format: plangraph/1
				document: {id: takeover-doc, title: 文書, source: test}
				city: {code: "082023", name: 日立市, prefecture: 茨城県}
				plans:
				  - id: hitachi-growth-strategy
				    title: 計画
				    kind: OTHER
				""");
		assertSameRefusal(takeover, "plan 'hitachi-growth-strategy' already belongs to document '" + HITACHI + "'");
	}

	void assertSameRefusal(DocumentSource file, String problem) {
		String before = GraphSnapshot.of(driver);
		var previewed = catchThrowableOfType(PlanImportException.class, () -> importer.preview(List.of(file)));
		var imported = catchThrowableOfType(PlanImportException.class, () -> importer.importDocuments(List.of(file)));
		assertThat(previewed).hasMessageContaining(problem);
		assertThat(previewed.getMessage()).isEqualTo(imported.getMessage());
		assertThat(previewed.documents()).extracting(PlanDocumentException::file, PlanDocumentException::problems)
			.isEqualTo(imported.documents().stream()
				.map(d -> org.assertj.core.groups.Tuple.tuple(d.file(), d.problems()))
				.toList());
		assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
	}

}

package io.plangraph.importer;

import java.util.List;
import java.util.Map;

import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.importer.PlanImporter.PlanImportException;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The importer against a real Neo4j, with the five bundled documents loaded at start-up. */
@PlangraphTest
class PlanImporterTest {

	@Autowired
	PlanImporter importer;

	@Autowired
	Driver driver;

	long count(String cypher, Map<String, Object> parameters) {
		return driver.executableQuery(cypher).withParameters(parameters).execute().records().getFirst().get(0).asLong();
	}

	long count(String cypher) {
		return count(cypher, Map.of());
	}

	long elementsOfKind(String planId, String kind) {
		return count("MATCH (e:PlanElement {planId: $plan, kind: $kind}) RETURN count(e)", Map.of("plan", planId, "kind", kind));
	}

	@Nested
	class EachBundledDocumentLoads {

		@Test
		void allFiveDocumentsOfFourCitiesAreInTheGraph() {
			assertThat(count("MATCH (d:Document) RETURN count(d)")).isEqualTo(5);
			assertThat(count("MATCH (c:City) RETURN count(c)")).isEqualTo(4);
			assertThat(count("MATCH (p:Plan) RETURN count(p)")).isEqualTo(6);
		}

		@Test
		void hitachisGrowthStrategyHasFourProjectsFifteenPlansAndTwoProgramsPerSheet() {
			assertThat(elementsOfKind("hitachi-growth-strategy", "CROSS_CUTTING_PROJECT")).isEqualTo(4);
			assertThat(elementsOfKind("hitachi-growth-strategy", "FOCUS_AREA")).isEqualTo(15);
			// 14 sheets (PLAN 03 has none in the document), two programs each.
			assertThat(elementsOfKind("hitachi-growth-strategy", "PROGRAM")).isEqualTo(28);
			assertThat(count("""
					MATCH (:Plan {id: 'hitachi-growth-strategy'})-[:HAS_ELEMENT]->(project)-[:HAS_CHILD]->(plan:PlanElement {kind: 'FOCUS_AREA'})
					RETURN count(plan)""")).isEqualTo(15);
		}

		@Test
		void hachinohesStrategyPhasesHaveTheMeasuresTheDocumentCounts() {
			// 【第1期】9施策、25個別施策 ⇒ 【第2期】11施策、32個別施策
			assertThat(elementsOfKind("hachinohe-strategy-phase-1", "GOAL")).isEqualTo(4);
			assertThat(elementsOfKind("hachinohe-strategy-phase-1", "MEASURE")).isEqualTo(9);
			assertThat(elementsOfKind("hachinohe-strategy-phase-1", "SUB_MEASURE")).isEqualTo(25);
			assertThat(elementsOfKind("hachinohe-strategy-phase-2", "GOAL")).isEqualTo(4);
			assertThat(elementsOfKind("hachinohe-strategy-phase-2", "MEASURE")).isEqualTo(11);
			assertThat(elementsOfKind("hachinohe-strategy-phase-2", "SUB_MEASURE")).isEqualTo(32);
			assertThat(count("""
					MATCH (:Plan {id: 'hachinohe-strategy-phase-2'})-[:REVISES]->(:Plan {id: 'hachinohe-strategy-phase-1'})
					RETURN count(*)""")).isEqualTo(1);
		}

		@Test
		void yatsushirosPriorityStrategyHasNineActionsAndTwentyOutcomeIndicators() {
			assertThat(elementsOfKind("yatsushiro-priority-strategy-5", "PRIORITY_ACTION")).isEqualTo(9);
			assertThat(count("""
					MATCH (e:PlanElement {planId: 'yatsushiro-priority-strategy-5'})-[:USES {role: 'OUTCOME_INDICATOR'}]->(i)
					RETURN count(DISTINCT i)""")).isEqualTo(20);
		}

		@Test
		void annakasPledgeGroupHasElevenPledgesWithDeadlinesAndReports() {
			assertThat(elementsOfKind("annaka-mayor-pledges", "PLEDGE")).isEqualTo(11);
			assertThat(count("MATCH (e:PlanElement {planId: 'annaka-mayor-pledges', kind: 'PLEDGE'}) WHERE e.deadline IS NULL RETURN count(e)"))
				.isZero();
			assertThat(count("MATCH (:PlanElement {planId: 'annaka-mayor-pledges'})-[:HAS_PROGRESS]->(r {achieved: true}) RETURN count(r)"))
				.isEqualTo(7);
		}

		@Test
		void hachinohesTermReportKeepsInitiativesThatStandInSeveralSections() {
			assertThat(count("""
					MATCH (e:PlanElement {planId: 'hachinohe-first-term-report'})
					WHERE size([(p)-[:HAS_CHILD]->(e) | p]) > 1
					RETURN count(e)""")).isGreaterThanOrEqualTo(5);
		}

	}

	@Nested
	class ReimportingADocument {

		@Test
		void replacesItsFactsAndNeverDuplicatesThem() {
			String before = snapshot();
			importer.importDocuments(DocumentFiles.matching("classpath:neo4j/data/hitachi-growth-strategy-status-r5.yaml"));
			importer.importDocuments(DocumentFiles.matching("classpath:neo4j/data/*.yaml"));
			assertThat(snapshot()).isEqualTo(before);
		}

		@Test
		void dropsWhatTheDocumentNoLongerSays() {
			var original = DocumentFiles.matching("classpath:neo4j/data/annaka-mayor-pledges-vi.yaml").getFirst();
			var shorter = new DocumentSource(original.name(),
					original.text().replace("{asOf: \"令和5年9月30日\"", "{asOf: \"令和5年9月29日\""));
			try {
				importer.importDocuments(List.of(shorter));
				assertThat(count("MATCH (r:PledgeReport {asOfText: '令和5年9月29日'}) RETURN count(r)")).isPositive();
				assertThat(count("MATCH (r:PledgeReport {asOfText: '令和5年9月30日'}) RETURN count(r)")).isZero();
			}
			finally {
				importer.importDocuments(List.of(original));
			}
		}

	}

	@Nested
	class AMalformedFile {

		@Test
		void isRejectedWithTheFileThePlaceAndTheProblemAndNothingIsWritten() {
			String before = snapshot();
			var broken = new DocumentSource("broken.yaml", """
					format: plangraph/1
					document: {id: broken-doc, title: 壊れた文書, source: test}
					city: {code: "082023", name: 日立市, prefecture: 茨城県}
					plans:
					  - id: broken-plan
					    title: 壊れた計画
					    kind: GROWTH_STRATEGY
					    elements:
					      - key: a
					        kind: MEASURE
					        title: 施策A
					        indicators:
					          - {ref: no-such-indicator, role: KPI}
					indicators:
					  - id: broken-indicator
					    name: 指標
					    direction: HIGHER_IS_BETTER
					    values:
					      - {type: ACTUAL, year: R99x, value: 12件}
					""");
			assertThatThrownBy(() -> importer.importDocuments(List.of(broken)))
				.isInstanceOf(PlanImportException.class)
				.hasMessageContaining("broken.yaml, line 19 (indicators[0].values[0].year)")
				.hasMessageContaining("R99x");
			assertThat(snapshot()).isEqualTo(before);
		}

		@Test
		void withAnUnknownIndicatorIsRejectedAtWriteTimeAndNothingIsWritten() {
			String before = snapshot();
			var dangling = new DocumentSource("dangling.yaml", """
					format: plangraph/1
					document: {id: dangling-doc, title: 文書, source: test}
					city: {code: "082023", name: 日立市, prefecture: 茨城県}
					plans:
					  - id: dangling-plan
					    title: 計画
					    kind: OTHER
					    elements:
					      - {key: a, kind: MEASURE, title: 施策A, indicators: [{ref: no-such-indicator, role: KPI}]}
					""");
			assertThatThrownBy(() -> importer.importDocuments(List.of(dangling)))
				.isInstanceOf(PlanImportException.class)
				.hasMessageContaining("dangling.yaml")
				.hasMessageContaining("no-such-indicator");
			assertThat(snapshot()).isEqualTo(before);
		}

		@Test
		void withAMisspeltFieldIsRejectedNotSilentlyIgnored() {
			var typo = new DocumentSource("typo.yaml", """
					format: plangraph/1
					document: {id: typo-doc, title: 文書, source: test}
					city: {code: "082023", name: 日立市, prefecture: 茨城県}
					plans:
					  - id: typo-plan
					    title: 計画
					    kind: OTHER
					    elemnts: []
					""");
			assertThatThrownBy(() -> importer.importDocuments(List.of(typo)))
				.hasMessageContaining("typo.yaml, line 8")
				.hasMessageContaining("elemnts");
		}

		@Test
		void withAWrongCheckDigitNamesTheCode() {
			var wrongCity = new DocumentSource("city.yaml", """
					format: plangraph/1
					document: {id: city-doc, title: 文書, source: test}
					city: {code: "082024", name: 日立市, prefecture: 茨城県}
					plans: [{id: city-plan, title: 計画, kind: OTHER}]
					""");
			assertThatThrownBy(() -> importer.importDocuments(List.of(wrongCity)))
				.hasMessageContaining("city.yaml, line 3 (city.code)")
				.hasMessageContaining("082024");
		}

		@Test
		void thatMakesTheStructureCyclicIsRejected() {
			var cyclic = new DocumentSource("cycle.yaml", """
					format: plangraph/1
					document: {id: cycle-doc, title: 文書, source: test}
					city: {code: "082023", name: 日立市, prefecture: 茨城県}
					plans:
					  - id: cycle-plan
					    title: 計画
					    kind: OTHER
					    elements:
					      - key: a
					        kind: GOAL
					        title: A
					        alsoUnder: [b]
					        children:
					          - {key: b, kind: MEASURE, title: B}
					""");
			assertThatThrownBy(() -> importer.importDocuments(List.of(cyclic)))
				.hasMessageContaining("cycle.yaml")
				.hasMessageContaining("its own ancestor");
		}

	}

	/** Every node and relationship with all its properties, in a stable order (import times aside). */
	String snapshot() {
		return GraphSnapshot.of(driver);
	}

}

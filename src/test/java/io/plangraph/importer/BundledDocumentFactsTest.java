package io.plangraph.importer;

import java.util.List;

import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.importer.PlanImporter.PlanImportException;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Facts of the five bundled documents that an earlier encoding got wrong, each as the source text prints
 * it (see neo4j/data/README.md), in the graph and through the API.
 */
@PlangraphTest
class BundledDocumentFactsTest {

	@Autowired
	Driver driver;

	@Autowired
	PlanImporter importer;

	@Autowired
	DocumentExporter exporter;

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		graphQl = GraphQlClient.over(port);
	}

	Object single(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get(0).asObject();
	}

	@Nested
	class HachinohesReport {

		@Test
		void theTwoRunningTotalsAreCumulative() {
			// 来場者 50 万人達成 counts every visitor since the reopening; 全49事業 are those made "これまでに".
			assertThat(single("MATCH (i:Indicator {id: 'hachinohe-gyosai-market-visitors'}) RETURN i.cumulative"))
				.isEqualTo(true);
			assertThat(single("MATCH (i:Indicator {id: 'hachinohe-network-meeting-programs'}) RETURN i.cumulative"))
				.isEqualTo(true);
		}

		@Test
		void theCostSavedKeepsTheApproximationPrintedBeforeBothFigures() {
			// 年間約16,600時間・30,000千円のコスト削減: the 約 covers both figures.
			graphQl.document("""
					{ saved: indicator(id: "hachinohe-counter-reform-cost-saved") { values { text number approximate } }
					  hours: indicator(id: "hachinohe-counter-reform-hours-saved") { values { text approximate note } } }
					""")
				.execute()
				.path("saved.values[0].text").entity(String.class).isEqualTo("30,000千円")
				.path("saved.values[0].number").entity(Double.class).isEqualTo(30000.0)
				.path("saved.values[0].approximate").entity(Boolean.class).isEqualTo(true)
				.path("hours.values[0].approximate").entity(Boolean.class).isEqualTo(true)
				.path("hours.values[0].note").entity(String.class).isEqualTo("年間; (市試算)");
		}

		@Test
		void aValuePrintedWithoutAboutIsExact() {
			graphQl.document("{ indicator(id: \"hachinohe-premium-coupon-recipients\") { values { text approximate } } }")
				.execute()
				.path("indicator.values[0].text").entity(String.class).isEqualTo("19,591 人")
				.path("indicator.values[0].approximate").entity(Boolean.class).isEqualTo(false);
		}

		@Test
		void theKaeruProjectOriginatesFromTheMayorsOfficeDialogue() {
			graphQl.document("""
					{ element(id: "hachinohe-first-term-report/prog-kaeru-project") { title origins { element { title } note } } }
					""")
				.execute()
				.path("element.title").entity(String.class).isEqualTo("カエルプロジェクト")
				.path("element.origins[*].element.title").entityList(String.class).containsExactly("市長室ダイアログ")
				.path("element.origins[0].note").entity(String.class).isEqualTo("「カエルプロジェクト」による業務改善(変える×帰るで、職場改善)");
		}

		@Test
		void handedOutKitsCouponsAndSubsidiesAreNeutralAndNotJudged() {
			for (String id : List.of("hachinohe-covid-test-kits-distributed", "hachinohe-tourism-coupons-issued",
					"hachinohe-commercial-groups-subsidy-amount", "hachinohe-premium-gift-certificates-issued")) {
				graphQl.document("{ indicator(id: \"" + id + "\") { direction directionInferred achievements { status } } }")
					.execute()
					.path("indicator.direction").entity(String.class).isEqualTo("NEUTRAL")
					.path("indicator.directionInferred").entity(Boolean.class).isEqualTo(true)
					.path("indicator.achievements[*].status").entityList(String.class)
					.satisfies(statuses -> assertThat(statuses).isNotEmpty().containsOnly("NOT_JUDGED"));
			}
		}

		@Test
		void achievementsOfTheCityStayHigherIsBetter() {
			// Figures the city works to raise are not neutral: the decision is per indicator.
			assertThat(single("MATCH (i:Indicator {id: 'hachinohe-startups'}) RETURN i.direction")).isEqualTo("HIGHER_IS_BETTER");
			assertThat(single("MATCH (i:Indicator {id: 'hachinohe-counter-reform-cost-saved'}) RETURN i.direction"))
				.isEqualTo("HIGHER_IS_BETTER");
		}

		@Test
		void aUnitTheDocumentDoesNotPrintIsMarkedInferred() {
			// 「3つの国際大会」: the document counts in つ; 大会 is ours.
			graphQl.document("""
					{ skating: indicator(id: "hachinohe-international-skating-competitions") { unit unitInferred }
					  visitors: indicator(id: "hachinohe-gyosai-market-visitors") { unit unitInferred } }
					""")
				.execute()
				.path("skating.unit").entity(String.class).isEqualTo("大会")
				.path("skating.unitInferred").entity(Boolean.class).isEqualTo(true)
				.path("visitors.unitInferred").entity(Boolean.class).isEqualTo(false);
		}

	}

	@Nested
	class HachinohesStrategy {

		@Test
		void everyUnitIsInferredSinceTheTablePrintsNone() {
			assertThat(single("""
					MATCH (i:Indicator {documentId: 'hachinohe-revitalization-strategy'}) WHERE i.unit IS NOT NULL
					RETURN collect(DISTINCT i.unitInferred)""")).isEqualTo(List.of(true));
		}

	}

	@Nested
	class HitachisLessonUnderstanding {

		@Test
		void keepsItsTwoPrintedR4MarksOnePerSchoolLevel() {
			graphQl.document("""
					{ indicator(id: "hitachi-lesson-understanding") { reportedMarks { fiscalYear { label } group groups text } } }
					""")
				.execute()
				.path("indicator.reportedMarks[?(@.fiscalYear.label == 'R4')].groups")
				.entityList(List.class)
				.satisfies(groups -> assertThat(groups)
					.containsExactlyInAnyOrder(List.of("小6 国語", "小6 算数"), List.of("中3 国語", "中3 算数")));
		}

		@Test
		void eachGroupReadsTheR4MarkPrintedForItsRow() {
			graphQl.document("""
					{ indicator(id: "hitachi-lesson-understanding") {
					    sixth: reportedStatus(fiscalYear: "R4", group: "小6 算数")
					    ninth: reportedStatus(fiscalYear: "R4", group: "中3 国語")
					    r5: reportedStatus(fiscalYear: "R5", group: "中3 国語") } }
					""")
				.execute()
				.path("indicator.sixth").entity(String.class).isEqualTo("BASELINE_MET")
				.path("indicator.ninth").entity(String.class).isEqualTo("BASELINE_MET")
				.path("indicator.r5").entity(String.class).isEqualTo("BELOW_BASELINE");
		}

	}

	@Nested
	class TheFileFormat {

		DocumentSource file(String indicator) {
			return new DocumentSource("facts.yaml", """
					format: plangraph/1
					document: {id: facts-doc, title: 文書, source: test}
					city: {code: "082023", name: 日立市, prefecture: 茨城県}
					plans:
					  - id: facts-plan
					    title: 計画
					    kind: OTHER
					    elements:
					      - {key: a, kind: MEASURE, title: 施策A, indicators: [{ref: facts-indicator, role: KPI}]}
					indicators:
					""" + indicator);
		}

		@Test
		void refusesAnInferredUnitWhereThereIsNoUnit() {
			String before = GraphSnapshot.of(driver);
			assertThatThrownBy(() -> importer.importDocuments(List.of(file("""
					  - {id: facts-indicator, name: 指標, direction: NEUTRAL, unitInferred: true}
					"""))))
				.isInstanceOf(PlanImportException.class)
				.hasMessageContaining("indicators[0].unitInferred");
			assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
		}

		@Test
		void refusesAValueThatPrintsAboutButIsSaidToBeExact() {
			assertThatThrownBy(() -> importer.importDocuments(List.of(file("""
					  - id: facts-indicator
					    name: 指標
					    direction: HIGHER_IS_BETTER
					    values: [{type: ACTUAL, year: R5, value: "約1,000名", number: 1000, unit: 名, approximate: false}]
					"""))))
				.isInstanceOf(PlanImportException.class)
				.hasMessageContaining("indicators[0].values[0].approximate");
		}

		@Test
		void refusesAValueInAnotherUnitThanItsIndicatorsPointingAtTheUnitTheFileGives() {
			assertThatThrownBy(() -> importer.importDocuments(List.of(file("""
					  - id: facts-indicator
					    name: 指標
					    unit: 人
					    direction: HIGHER_IS_BETTER
					    values: [{type: ACTUAL, year: R5, value: "約1,000名", number: 1000, unit: 名}]
					"""))))
				.isInstanceOf(PlanImportException.class)
				.hasMessageContaining("facts.yaml, line 15 (indicators[0].values[0].unit): the unit '名' is not the indicator's unit '人'");
		}

		@Test
		void refusesAMarkForAGroupTheIndicatorDoesNotHave() {
			assertThatThrownBy(() -> importer.importDocuments(List.of(file("""
					  - id: facts-indicator
					    name: 指標
					    direction: HIGHER_IS_BETTER
					    groups: [小6 国語, 小6 算数]
					    marks: [{year: R4, groups: [小6 国語, 中3 国語], mark: ○基準値以上}]
					"""))))
				.isInstanceOf(PlanImportException.class)
				.hasMessageContaining("indicators[0].marks[0].groups")
				.hasMessageContaining("中3 国語");
		}

		@Test
		void theExportWritesTheCorrectedFactsBack() {
			var report = exporter.read("hachinohe-first-term-report").orElseThrow();
			var saved = report.indicators().stream().filter(i -> i.id().equals("hachinohe-counter-reform-cost-saved"))
				.findFirst().orElseThrow();
			assertThat(saved.values().getFirst().approximate()).isTrue();
			var hours = report.indicators().stream().filter(i -> i.id().equals("hachinohe-counter-reform-hours-saved"))
				.findFirst().orElseThrow();
			assertThat(hours.values().getFirst().approximate()).as("約 printed in the text is not repeated").isNull();
			var skating = report.indicators().stream()
				.filter(i -> i.id().equals("hachinohe-international-skating-competitions")).findFirst().orElseThrow();
			assertThat(skating.unitInferred()).isTrue();
			var hitachi = exporter.read("hitachi-growth-strategy-status-r5").orElseThrow();
			var lessons = hitachi.indicators().stream().filter(i -> i.id().equals("hitachi-lesson-understanding"))
				.findFirst().orElseThrow();
			assertThat(lessons.marks()).filteredOn(m -> m.year().equals("R4"))
				.extracting(PlanDocument.MarkEntry::groups)
				.containsExactlyInAnyOrder(List.of("小6 国語", "小6 算数"), List.of("中3 国語", "中3 算数"));
		}

	}

}

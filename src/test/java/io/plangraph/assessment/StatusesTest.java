package io.plangraph.assessment;

import java.util.List;
import java.util.Map;

import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Statuses computed on read, end to end over HTTP, checked against what the documents printed. */
@PlangraphTest
class StatusesTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		graphQl = GraphQlClient.over(port);
	}

	@Nested
	class HitachisIndicators {

		@SuppressWarnings("unchecked")
		List<Map<String, Object>> achievementsInR5() {
			return graphQl.document("""
					{ plan(id: "hitachi-growth-strategy") { allElements { indicatorUses { role indicator {
					    id name achievements(asOf: "R5") { group status reportedStatus } } } } } }
					""")
				.execute()
				.path("plan.allElements[*].indicatorUses[?(@.role == 'TARGET_INDICATOR')].indicator")
				.entityList(Map.class)
				.get()
				.stream()
				.distinct()
				.flatMap(indicator -> ((List<Map<String, Object>>) indicator.get("achievements")).stream()
					.map(a -> Map.of("indicator", indicator.get("name") + (a.get("group") == null ? "" : " " + a.get("group")),
							"status", a.get("status"), "reported", String.valueOf(a.get("reportedStatus")))))
				.toList();
		}

		@Test
		void everyComputedR5MarkEqualsThePrintedOne() {
			var rows = achievementsInR5();
			assertThat(rows).hasSize(28);
			assertThat(rows).allSatisfy(row -> assertThat(row.get("status")).as(row.get("indicator").toString())
				.isEqualTo(row.get("reported")));
		}

		@Test
		void thePlansRollUpCountsEachIndicatorSeriesOnce() {
			graphQl.document("""
					{ plan(id: "hitachi-growth-strategy") { rollup(asOf: "R5") { asOf { year label japanese } indicators { status count }
					    programs { total comparable atOrAboveLastYear share byTrend { trend count } } } } }
					""")
				.execute()
				.path("plan.rollup.asOf.year").entity(Integer.class).isEqualTo(2023)
				.path("plan.rollup.asOf.label").entity(String.class).isEqualTo("R5")
				.path("plan.rollup.asOf.japanese").entity(String.class).isEqualTo("令和5年度")
				.path("plan.rollup.indicators[?(@.status == 'TARGET_MET')].count").entityList(Integer.class).containsExactly(4)
				.path("plan.rollup.indicators[?(@.status == 'BASELINE_MET')].count").entityList(Integer.class).containsExactly(9)
				.path("plan.rollup.indicators[?(@.status == 'BELOW_BASELINE')].count").entityList(Integer.class).containsExactly(14)
				.path("plan.rollup.indicators[?(@.status == 'NOT_PUBLISHED')].count").entityList(Integer.class).containsExactly(1)
				.path("plan.rollup.programs.total").entity(Integer.class).isEqualTo(28);
		}

		@Test
		void aProjectsRollUpCountsWhatIsBelowItSoASharedIndicatorCountsInEachOfItsProjects() {
			var counts = graphQl.document("""
					{ plan(id: "hitachi-growth-strategy") { elements { code rollup(asOf: "R5") { indicators { count } } } } }
					""")
				.execute()
				.path("plan.elements[*].rollup.indicators[*].count").entityList(Integer.class).get();
			// ひたちナビダウンロード数 serves PLAN 10 (未来都市) and PLAN 15 (魅力・地域力強化): once in each project,
			// once in the plan's 28.
			assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(28 + 1);
		}

		@Test
		void judgesAgainstTheBaselineTheMarksUseAndTestsTheTargetFirst() {
			graphQl.document("""
					{ tourists: indicator(id: "hitachi-tourist-visitors") { achievement(asOf: "R5") { status baseline baselineYear { year label } } }
					  bus: indicator(id: "hitachi-bus-ridership") { achievement(asOf: "令和5年度") { status target baseline } } }
					""")
				.execute()
				.path("tourists.achievement.baseline").entity(Double.class).isEqualTo(3009.0)
				.path("tourists.achievement.baselineYear.year").entity(Integer.class).isEqualTo(2019)
				.path("tourists.achievement.baselineYear.label").entity(String.class).isEqualTo("R1")
				.path("tourists.achievement.status").entity(String.class).isEqualTo("BELOW_BASELINE")
				.path("bus.achievement.status").entity(String.class).isEqualTo("BELOW_BASELINE");
		}

		@Test
		void acceptsTheFiscalYearInEveryNotationAndRefusesNonsenseWithAClearError() {
			graphQl.document("""
					{ a: indicator(id: "hitachi-navi-downloads") { status(asOf: 2023) progress(asOf: "FY2023") }
					  b: indicator(id: "hitachi-navi-downloads") { status(asOf: "令和5年度") } }
					""")
				.execute()
				.path("a.status").entity(String.class).isEqualTo("BASELINE_MET")
				.path("b.status").entity(String.class).isEqualTo("BASELINE_MET")
				.path("a.progress").entity(Double.class).satisfies(p -> assertThat(p).isBetween(0.5, 0.52));
			graphQl.document("{ indicator(id: \"hitachi-navi-downloads\") { status(asOf: \"R99x\") } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement()
					.satisfies(error -> assertThat(error.getMessage()).contains("R99x")));
		}

		@Test
		void refusesAGroupTheIndicatorDoesNotHave() {
			graphQl.document("{ indicator(id: \"hitachi-navi-downloads\") { status(group: \"小学生\") } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getMessage()).contains("小学生");
					assertThat(error.getErrorType().toString()).isEqualTo("BAD_REQUEST");
				}));
		}

	}

	@Nested
	class HitachisPrograms {

		@Test
		void comparesAProgramsResultWithTheYearBefore() {
			graphQl.document("""
					{ plan(id: "hitachi-growth-strategy") { allElements { title yearOverYear { fiscalYear { year } previousFiscalYear { year } ratio reportedRatio trend atOrAboveLastYear } } } }
					""")
				.execute()
				.path("plan.allElements[?(@.title == '空き家利活用促進事業')].yearOverYear.trend").entityList(String.class)
				.containsExactly("BETTER")
				.path("plan.allElements[?(@.title == '山側住宅団地住み替え促進事業')].yearOverYear.trend").entityList(String.class)
				.containsExactly("WORSE")
				.path("plan.allElements[?(@.title == '空き家利活用促進事業')].yearOverYear.fiscalYear.year").entityList(Integer.class)
				.containsExactly(2023)
				.path("plan.allElements[?(@.title == '空き家利活用促進事業')].yearOverYear.previousFiscalYear.year").entityList(Integer.class)
				.containsExactly(2022);
		}

		@Test
		void listsThePrintedRatiosThatDisagreeWithTheirOwnNumbersAndNothingElse() {
			var response = graphQl.document("""
					{ discrepancies(cityCode: "082023") { kind element { title } fiscalYear { year } reported computed document { id } } }
					""").execute();
			assertThat(response.path("discrepancies[*].element.title").entityList(String.class).get())
				.containsExactlyInAnyOrder("産前・産後ママサポート事業", "まちなか空き店舗活用事業");
			response.path("discrepancies[?(@.element.title == '産前・産後ママサポート事業')].computed").entityList(String.class)
				.containsExactly("159.1%")
				.path("discrepancies[?(@.element.title == 'まちなか空き店舗活用事業')].reported").entityList(String.class)
				.containsExactly("144.4%")
				.path("discrepancies[*].fiscalYear.year").entityList(Integer.class).containsExactly(2023, 2023);
			graphQl.document("{ discrepancies { kind } }").execute().path("discrepancies").entityList(Object.class).hasSize(2);
		}

	}

	@Nested
	class AnnakasPledges {

		Map<String, Long> statusesOn(String date) {
			List<String> statuses = graphQl.document("""
					query($at: Date) { plan(id: "annaka-mayor-pledges") { allElements { kind pledgeStatus(asOf: $at) } } }
					""")
				.variable("at", date)
				.execute()
				.path("plan.allElements[?(@.kind == 'PLEDGE')].pledgeStatus").entityList(String.class).get();
			return statuses.stream().collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
		}

		@Test
		void resolveForAnyDate() {
			assertThat(statusesOn("2023-01-01")).containsExactlyInAnyOrderEntriesOf(Map.of("OVERDUE", 1L, "NOT_STARTED", 10L));
			assertThat(statusesOn("令和6年3月31日")).containsExactlyInAnyOrderEntriesOf(Map.of("ACHIEVED", 7L, "IN_PROGRESS", 4L));
			assertThat(statusesOn("2026-11-21")).containsExactlyInAnyOrderEntriesOf(
					Map.of("ACHIEVED", 7L, "OVERDUE", 3L, "IN_PROGRESS", 1L));
		}

		@Test
		void sayWhenTheLastReportIsStale() {
			graphQl.document("""
					{ plan(id: "annaka-mayor-pledges") { allElements { title pledgeAssessment(asOf: "2026-11-21") {
					    status stale deadline report { asOf } } } } }
					""")
				.execute()
				.path("plan.allElements[?(@.title == '廃校の跡地利用の推進')].pledgeAssessment.status").entityList(String.class)
				.containsExactly("IN_PROGRESS")
				.path("plan.allElements[?(@.title == '廃校の跡地利用の推進')].pledgeAssessment.stale").entityList(Boolean.class)
				.containsExactly(true)
				.path("plan.allElements[?(@.title == '廃校の跡地利用の推進')].pledgeAssessment.report.asOf").entityList(String.class)
				.containsExactly("2023-12-31");
		}

		@Test
		void todaysViewIsTheDefault() {
			graphQl.document("{ plan(id: \"annaka-mayor-pledges\") { rollup { pledges { status count } } } }")
				.execute()
				.path("plan.rollup.pledges[?(@.status == 'ACHIEVED')].count").entityList(Integer.class).containsExactly(7);
		}

	}

}

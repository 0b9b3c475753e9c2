package io.plangraph;

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

/** The analysts' questions across plans and cities, end to end over HTTP on the five documents. */
@PlangraphTest
class AnalysisTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		graphQl = GraphQlClient.over(port);
	}

	@Nested
	class Reuse {

		@Test
		void hitachiNaviDownloadsIsSharedByPlan10AndPlan15() {
			var response = graphQl.document("""
					{ sharedIndicators(cityCode: "082023") { id name usedBy { role element { code path { code } } } } }
					""").execute();
			assertThat(response.path("sharedIndicators[?(@.id == 'hitachi-navi-downloads')].usedBy[*].element.code")
				.entityList(String.class).get()).containsExactlyInAnyOrder("PLAN 10", "PLAN 15");
			assertThat(response.path("sharedIndicators[?(@.id == 'hitachi-navi-downloads')].usedBy[*].element.path[0].code")
				.entityList(String.class).get()).containsExactlyInAnyOrder("未来都市プロジェクト", "魅力・地域力強化プロジェクト");
		}

		@Test
		void listsTheInitiativesThatStandInSeveralSections() {
			graphQl.document("{ sharedElements(cityCode: \"022039\") { title parents { title } } }")
				.execute()
				.path("sharedElements[*].title").entityList(String.class).hasSizeGreaterThan(4);
		}

	}

	@Nested
	class HachinohesStrategyPhases {

		@SuppressWarnings("unchecked")
		Map<String, Object> diff() {
			return graphQl.document("""
					{ planDiff(from: "hachinohe-strategy-phase-1", to: "hachinohe-strategy-phase-2") {
					    counts { kind before after }
					    added { after { title } afterLocation inferred }
					    removed { before { title } beforeLocation }
					    renamed { before { title } after { title } change }
					    moved { before { title } beforeLocation afterLocation }
					    merged { before { title } after { title } } } }
					""").execute().path("planDiff").entity(Map.class).get();
		}

		@SuppressWarnings("unchecked")
		List<String> titles(Map<String, Object> diff, String list, String side) {
			return ((List<Map<String, Map<String, String>>>) diff.get(list)).stream().map(c -> c.get(side).get("title")).toList();
		}

		@Test
		void countsNineMeasuresAndTwentyFiveSubMeasuresBecomingElevenAndThirtyTwo() {
			graphQl.document("""
					{ planDiff(from: "hachinohe-strategy-phase-1", to: "hachinohe-strategy-phase-2") { counts { kind before after } } }
					""")
				.execute()
				.path("planDiff.counts[?(@.kind == 'MEASURE')].before").entityList(Integer.class).containsExactly(9)
				.path("planDiff.counts[?(@.kind == 'MEASURE')].after").entityList(Integer.class).containsExactly(11)
				.path("planDiff.counts[?(@.kind == 'SUB_MEASURE')].before").entityList(Integer.class).containsExactly(25)
				.path("planDiff.counts[?(@.kind == 'SUB_MEASURE')].after").entityList(Integer.class).containsExactly(32);
		}

		@Test
		void tellsWhichSubMeasuresMovedBetweenBasicGoals() {
			var diff = diff();
			assertThat(titles(diff, "moved", "before")).contains("女性活躍の促進", "観光ブランドの強化と誘客の推進",
					"協働のまちづくりの推進", "ハブツーリズムの推進");
			@SuppressWarnings("unchecked")
			var women = ((List<Map<String, Object>>) diff.get("moved")).stream()
				.filter(c -> ((Map<String, String>) c.get("before")).get("title").equals("女性活躍の促進"))
				.findFirst()
				.orElseThrow();
			assertThat((String) women.get("beforeLocation")).startsWith("基本目標1");
			assertThat((String) women.get("afterLocation")).startsWith("基本目標3");
		}

		@Test
		void tellsWhichAreRenamedNewAndGone() {
			var diff = diff();
			assertThat(titles(diff, "renamed", "after")).contains("中小企業及び小規模事業者の経営強化と企業の立地促進",
					"雇用・起業・事業承継の促進");
			assertThat(titles(diff, "added", "after")).contains("事業承継の促進", "地方創生SDGsの推進", "時代にあった個性あふれる地域の形成");
			assertThat(titles(diff, "removed", "before")).contains("シティプロモーションの推進", "生きる力を育む教育の推進");
			assertThat(titles(diff, "merged", "before")).containsExactlyInAnyOrder("アートのまちづくりの推進", "本のまち八戸の推進");
		}

	}

	@Nested
	class AcrossCities {

		@Test
		void putsTheCitiesThatMeasureAConceptSideBySide() {
			var response = graphQl.document("""
					{ compare(concept: "official-sns-reach") { concept { name }
					    cities { city { name } indicators { indicator { name } baseline baselineYear { year } target targetYear { year } latest progress status } } } }
					""").execute();
			assertThat(response.path("compare.cities[*].city.name").entityList(String.class).get())
				.containsExactly("八戸市", "日立市", "八代市");
			response.path("compare.cities[?(@.city.name == '日立市')].indicators[0].progress").entityList(Double.class)
				.satisfies(progress -> assertThat(progress.getFirst()).isBetween(0.06, 0.07));
		}

		@Test
		void countsEachCitysElementsAndStatusesOnAnSdgTheme() {
			var response = graphQl.document("""
					{ compare(theme: "sdg-11", asOf: "R5") { theme { code name nameEn }
					    cities { city { name } elementCount indicatorCount statuses { status count share } } } }
					""").execute();
			response.path("compare.theme.code").entity(String.class).isEqualTo("SDG 11");
			assertThat(response.path("compare.cities[*].city.name").entityList(String.class).get()).hasSize(4);
			assertThat(response.path("compare.cities[*].elementCount").entityList(Integer.class).get()).allMatch(n -> n > 0);
		}

		@Test
		void offersTheConceptsAndTheSeventeenSdgs() {
			graphQl.document("{ concepts { id indicators { id } } themes { code } }")
				.execute()
				.path("concepts[*].id").entityList(String.class).hasSize(5)
				.path("themes[*].code").entityList(String.class).hasSize(17);
		}

	}

	@Nested
	class JapaneseSearch {

		List<String> cities(String text) {
			return graphQl.document("query($t: String!) { search(text: $t, first: 100) { edges { node { title city { name } } } } }")
				.variable("t", text)
				.execute()
				.path("search.edges[*].node.city.name").entityList(String.class).get();
		}

		@Test
		void findsTourismAndDigitalInSeveralCities() {
			assertThat(cities("観光").stream().distinct().toList()).hasSizeGreaterThan(1);
			assertThat(cities("デジタル").stream().distinct().toList()).hasSizeGreaterThan(2);
		}

		@Test
		void aShortWordFindsItselfAndNothingLooser() {
			List<String> titles = graphQl.document("{ search(text: \"空き家\", first: 100) { edges { node { title kind } } } }")
				.execute()
				.path("search.edges[*].node.title").entityList(String.class).get();
			assertThat(titles).isNotEmpty().allMatch(title -> !title.contains("空き店舗") || title.contains("空き家"));
		}

		@Test
		void filtersByCityAndPages() {
			var first = graphQl.document("{ search(text: \"デジタル\", cityCode: \"082023\", first: 2) { edges { cursor node { title city { code } } } pageInfo { hasNextPage endCursor } } }")
				.execute();
			assertThat(first.path("search.edges[*].node.city.code").entityList(String.class).get()).containsOnly("082023");
			first.path("search.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		}

	}

}

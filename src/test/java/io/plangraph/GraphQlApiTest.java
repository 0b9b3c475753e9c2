package io.plangraph;

import java.util.List;
import java.util.Map;

import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The GraphQL API end to end, over HTTP, on the five bundled documents. */
@PlangraphTest
class GraphQlApiTest {

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		graphQl = GraphQlClient.over(port);
	}

	@Test
	void listsTheFourCitiesWithTheirPlans() {
		graphQl.document("{ cities { edges { node { code name prefecture plans { id kind } } } } }")
			.execute()
			.path("cities.edges[*].node.name").entityList(String.class).containsExactly("八戸市", "日立市", "安中市", "八代市")
			.path("cities.edges[0].node.plans[*].id").entityList(String.class)
			.contains("hachinohe-strategy-phase-1", "hachinohe-strategy-phase-2", "hachinohe-first-term-report");
	}

	@Test
	void returnsHitachisGrowthStrategyWithItsProjectsPlansProgramsAndIndicatorsInOneRequest() {
		var response = graphQl.documentName("planTree").variable("id", "hitachi-growth-strategy").execute();
		response.path("plan.title").entity(String.class).isEqualTo("ひたち成長戦略プラン");
		assertThat(response.path("plan.elements[*].kind").entityList(String.class).get())
			.hasSize(4).containsOnly("CROSS_CUTTING_PROJECT");
		assertThat(response.path("plan.elements[*].children[*].code").entityList(String.class).get())
			.hasSize(15).contains("PLAN 01", "PLAN 15");
		assertThat(response.path("plan.elements[*].children[*].children[*].kind").entityList(String.class).get())
			.hasSize(28).containsOnly("PROGRAM");
		List<String> plan10Indicators = response.path("plan.elements[*].children[?(@.code == 'PLAN 10')].indicators[*].name")
			.entityList(String.class).get();
		assertThat(plan10Indicators).containsExactly("ひたちナビダウンロード数");
	}

	@Test
	void showsHitachiNaviDownloadsAsOneIndicatorUsedByPlan10AndPlan15() {
		var response = graphQl.documentName("sharedIndicator").variable("id", "hitachi-navi-downloads").execute();
		assertThat(response.path("indicator.usedBy[*].element.code").entityList(String.class).get())
			.containsExactlyInAnyOrder("PLAN 10", "PLAN 15");
		assertThat(response.path("indicator.usedBy[*].role").entityList(String.class).get()).containsOnly("TARGET_INDICATOR");
		response.path("indicator.name").entity(String.class).isEqualTo("ひたちナビダウンロード数")
			.path("indicator.values[?(@.type == 'BASELINE')].fiscalYear.year").entityList(Integer.class).containsExactly(2021)
			.path("indicator.values[?(@.type == 'BASELINE')].fiscalYear.japanese").entityList(String.class).containsExactly("令和3年度")
			.path("indicator.values[?(@.type == 'BASELINE')].number").entityList(Double.class).containsExactly(14259.0)
			.path("indicator.values[?(@.type == 'BASELINE')].bound").entityList(String.class).containsExactly("AT_LEAST")
			.path("indicator.source.document.source").entity(String.class).isEqualTo("004_c84cf80cdf924460.txt");
	}

	@Test
	void hachinohesPhaseTwoRevisesPhaseOne() {
		graphQl.document("""
				{ plan(id: "hachinohe-strategy-phase-2") { phase revises { id phase revisedBy { id } }
				    elements { code title children { code title children { code title } } } } }
				""")
			.execute()
			.path("plan.revises.id").entity(String.class).isEqualTo("hachinohe-strategy-phase-1")
			.path("plan.revises.revisedBy[*].id").entityList(String.class).containsExactly("hachinohe-strategy-phase-2")
			.path("plan.elements[*].code").entityList(String.class).containsExactly("基本目標1", "基本目標2", "基本目標3", "基本目標4")
			.path("plan.elements[*].children[*].code").entityList(String.class).hasSize(11)
			.path("plan.elements[*].children[*].children[*].code").entityList(String.class).hasSize(32);
	}

	@Test
	void anElementListedInSeveralSectionsHasSeveralParents() {
		graphQl.document("""
				{ plan(id: "hachinohe-first-term-report") { allElements { id title parents { id } } } }
				""")
			.execute()
			.path("plan.allElements[?(@.parents.length() > 1)].id").entityList(String.class).hasSizeGreaterThan(4);
	}

	@Test
	void pagesThroughACitysIndicatorsWithCursors() {
		var first = graphQl.documentName("cityIndicators").variables(Map.of("code", "082023", "first", 5)).execute();
		List<String> firstPage = first.path("city.indicators.edges[*].node.id").entityList(String.class).hasSize(5).get();
		first.path("city.indicators.pageInfo.hasNextPage").entity(Boolean.class).isEqualTo(true);
		String cursor = first.path("city.indicators.pageInfo.endCursor").entity(String.class).get();

		List<String> secondPage = graphQl.documentName("cityIndicators")
			.variables(Map.of("code", "082023", "first", 5, "after", cursor))
			.execute()
			.path("city.indicators.edges[*].node.id").entityList(String.class).hasSize(5).get();
		List<String> firstTen = graphQl.documentName("cityIndicators")
			.variables(Map.of("code", "082023", "first", 10))
			.execute()
			.path("city.indicators.edges[*].node.id").entityList(String.class).get();
		assertThat(firstPage).containsExactlyElementsOf(firstTen.subList(0, 5));
		assertThat(secondPage).containsExactlyElementsOf(firstTen.subList(5, 10));
	}

	@Test
	void answersNullForAPlanThatDoesNotExist() {
		graphQl.document("{ plan(id: \"no-such-plan\") { id } }").execute().path("plan").valueIsNull();
	}

	@Test
	void keepsThePledgeSheetsDeadlinesAndProgress() {
		graphQl.document("""
				{ plan(id: "annaka-mayor-pledges") { elements { code children { title pledge { term deadline deadlineText
				    progress { asOf asOfText achieved } } } } } }
				""")
			.execute()
			.path("plan.elements[0].code").entity(String.class).isEqualTo("公約 VI")
			.path("plan.elements[0].children").entityList(Object.class).hasSize(11)
			.path("plan.elements[0].children[?(@.title == '機動力のある行政組織改革')].pledge.deadline")
			.entityList(String.class).containsExactly("2024-03-31");
	}

}

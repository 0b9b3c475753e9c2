package io.plangraph.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import graphql.introspection.IntrospectionQueryBuilder;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Abusive queries are refused with a clear GraphQL error before anything is fetched, and everything the
 * README and the tests ask for is answered: end to end, over HTTP, with the default limits.
 */
@PlangraphTest
class QueryLimitsTest {

	static final String EVERY_ELEMENT_OF_EVERY_PLAN_WITH_EVERY_VALUE = """
			{ cities { edges { node { plans { allElements { indicators { values { text } } } } } } } }""";

	static final String A_PAGE_OF_CITIES_WITH_A_PAGE_OF_INDICATORS_WITH_EVERY_VALUE = """
			{ cities(first: 100) { edges { node { indicators(first: 100) { edges { node { values { text } } } } } } } }""";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		graphQl = GraphQlClient.over(port);
	}

	/** plan { elements { children { parents { children { … title } } } } }, {@code depth} fields deep. */
	static String nested(int depth) {
		var query = new StringBuilder("{ plan(id: \"hitachi-growth-strategy\") { elements { ");
		for (int level = 3; level < depth; level++) {
			query.append(level % 2 == 1 ? "children { " : "parents { ");
		}
		return query.append("title").append(" }".repeat(depth - 1)).append(" }").toString();
	}

	ResponseError refusalOf(String query) {
		List<ResponseError> errors = new ArrayList<>();
		graphQl.document(query).execute().errors().satisfy(errors::addAll);
		assertThat(errors).hasSize(1);
		return errors.getFirst();
	}

	@Test
	void refusesAQueryThirtyLevelsDeepSayingHowDeepItIsAndHowDeepItMayBe() {
		ResponseError error = refusalOf(nested(30));
		assertThat(error.getExtensions()).containsEntry("classification", "QUERY_TOO_DEEP")
			.containsEntry("depth", 30)
			.containsEntry("maxDepth", 15);
		assertThat(error.getMessage()).contains("30 levels deep").contains("at most 15 levels");
	}

	/** plan { revises { id revises { id … } } }, {@code depth} fields deep: deep, but one object a level. */
	static String revisions(int depth) {
		return "{ plan(id: \"hachinohe-strategy-phase-2\") { " + "revises { id ".repeat(depth - 2) + "id" + " }".repeat(depth - 1) + " }";
	}

	@Test
	void answersAQueryAsDeepAsTheLimitAndRefusesOneLevelMore() {
		graphQl.document(revisions(15)).execute().path("plan.revises.id").entity(String.class).isEqualTo("hachinohe-strategy-phase-1");
		assertThat(refusalOf(revisions(16)).getExtensions()).containsEntry("classification", "QUERY_TOO_DEEP").containsEntry("depth", 16);
	}

	@Test
	void refusesACostlyQueryHiddenInAFragmentRepeatedThousandsOfTimes() {
		// 2^16 spreads of one costly fragment: counted as the one field they merge into, they neither slip
		// under the limit by overflowing the sum nor make the check itself slow.
		var bomb = new StringBuilder("{ ...f16 }\nfragment f0 on Query " + EVERY_ELEMENT_OF_EVERY_PLAN_WITH_EVERY_VALUE + "\n");
		for (int i = 1; i <= 16; i++) {
			bomb.append("fragment f").append(i).append(" on Query { ...f").append(i - 1).append(" ...f").append(i - 1).append(" }\n");
		}
		assertThat(refusalOf(bomb.toString()).getExtensions()).containsEntry("classification", "QUERY_TOO_COMPLEX");
	}

	@Test
	void refusesAQueryForEveryElementOfEveryPlanWithEveryValue() {
		ResponseError error = refusalOf(EVERY_ELEMENT_OF_EVERY_PLAN_WITH_EVERY_VALUE);
		assertThat(error.getExtensions()).containsEntry("classification", "QUERY_TOO_COMPLEX")
			.containsEntry("maxComplexity", 100_000);
		assertThat((Integer) error.getExtensions().get("complexity")).isGreaterThan(100_000);
		assertThat(error.getMessage()).contains("estimated cost is at least 500,000").contains("at most 100,000");
	}

	@Test
	void answersAPageOfCitiesWithAPageOfIndicatorsEachSinceBothPagesAreBounded() {
		// 100 cities × 100 indicators × their values: about 60,000, below the limit now that cities are paged.
		graphQl.document(A_PAGE_OF_CITIES_WITH_A_PAGE_OF_INDICATORS_WITH_EVERY_VALUE).execute()
			.path("cities.edges[*].node.indicators.edges").entityList(Object.class).hasSize(4);
	}

	@Test
	void measuresAQueryItAnsweredBeforeAgainWhenItsVariablesMakeItTooCostly() {
		String everyElementOfSomeCities = """
				query ($cities: Int) { cities(first: $cities) { edges { node { plans { allElements { indicators { values { text } } } } } } } }""";
		// A query that passed is remembered with its variables (the check is not repeated for the same
		// request), so the same document with larger pages must still be measured, and refused.
		for (int i = 0; i < 2; i++) {
			graphQl.document(everyElementOfSomeCities).variable("cities", 1).execute().path("cities.edges").entityList(Object.class).hasSize(1);
		}
		List<ResponseError> errors = new ArrayList<>();
		graphQl.document(everyElementOfSomeCities).variable("cities", 10).execute().errors().satisfy(errors::addAll);
		assertThat(errors).singleElement()
			.satisfies(error -> assertThat(error.getExtensions()).containsEntry("classification", "QUERY_TOO_COMPLEX"));
	}

	@Test
	void answersANormalQueryRightAfterRefusingAbusiveOnes() {
		refusalOf(nested(30));
		refusalOf(EVERY_ELEMENT_OF_EVERY_PLAN_WITH_EVERY_VALUE);
		graphQl.document("{ plan(id: \"hitachi-growth-strategy\") { title elements { code } } }")
			.execute()
			.path("plan.title").entity(String.class).isEqualTo("ひたち成長戦略プラン")
			.path("plan.elements[*].code").entityList(String.class).hasSize(4);
	}

	@Test
	void answersTheDashboardsPlanTreeWithAndWithoutStatusesForEveryPlan() {
		List<String> plans = graphQl.document("{ cities { edges { node { plans { id } } } } }").execute()
			.path("cities.edges[*].node.plans[*].id").entityList(String.class).get();
		assertThat(plans).hasSizeGreaterThanOrEqualTo(5);
		for (String plan : plans) {
			for (String document : List.of("planTree", "planTreeWithStatuses")) {
				graphQl.documentName(document).variable("id", plan).execute().path("plan.id").entity(String.class).isEqualTo(plan);
			}
		}
	}

	@Test
	void answersEveryExampleQueryOfTheReadme() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		var examples = Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme).results().map(m -> m.group(1)).toList();
		assertThat(examples).hasSizeGreaterThanOrEqualTo(6);
		// Mutations need an API key and change the data: EditingTest runs them.
		for (String example : examples.stream().filter(e -> !e.strip().startsWith("mutation")).toList()) {
			graphQl.document(example).execute().path("$").hasValue();
		}
	}

	@Test
	void answersGraphiQlsIntrospectionQueryByDefault() {
		// graphql-js asks for types nine ofType levels deep: 15 fields, the deepest query the limits admit.
		String introspection = IntrospectionQueryBuilder.build(IntrospectionQueryBuilder.Options.defaultOptions().typeRefFragmentDepth(9));
		graphQl.document(introspection)
			.execute()
			.path("__schema.queryType.name").entity(String.class).isEqualTo("Query")
			.path("__schema.types[*].name").entityList(String.class).contains("Plan", "PlanElement", "Indicator");
	}

	@Test
	void aRefusalIsAGraphQlResponseNeverAServerError() {
		var http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port + "/graphql").build();
		Map<String, String> body = Map.of("query", EVERY_ELEMENT_OF_EVERY_PLAN_WITH_EVERY_VALUE);
		http.post().contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON).bodyValue(body)
			.exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.data").doesNotExist()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("QUERY_TOO_COMPLEX")
			.jsonPath("$.errors[0].extensions.exception").doesNotExist();
		// GraphQL over HTTP: a request refused before execution is a bad request.
		http.post().contentType(MediaType.APPLICATION_JSON).accept(MediaType.parseMediaType("application/graphql-response+json"))
			.bodyValue(body)
			.exchange()
			.expectStatus().isBadRequest()
			.expectBody()
			.jsonPath("$.errors[0].extensions.classification").isEqualTo("QUERY_TOO_COMPLEX");
	}

}

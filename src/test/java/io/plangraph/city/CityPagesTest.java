package io.plangraph.city;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The cities as a Relay connection, over HTTP, on the four cities of the bundled documents. */
@PlangraphTest
class CityPagesTest {

	static final String CITIES = """
			query cities($first: Int, $after: String, $last: Int, $before: String, $prefecture: String, $name: String) {
			  cities(first: $first, after: $after, last: $last, before: $before, prefecture: $prefecture, name: $name) {
			    edges { cursor node { code name nameEn prefecture prefectureCode } }
			    pageInfo { hasPreviousPage hasNextPage startCursor endCursor }
			  }
			}""";

	@LocalServerPort
	int port;

	HttpGraphQlTester graphQl;

	@BeforeEach
	void connect() {
		graphQl = GraphQlClient.over(port);
	}

	GraphQlTester.Response cities(Object... arguments) {
		var variables = new HashMap<String, Object>();
		for (int i = 0; i < arguments.length; i += 2) {
			variables.put((String) arguments[i], arguments[i + 1]);
		}
		return graphQl.document(CITIES).variables(variables).execute();
	}

	static List<String> codes(GraphQlTester.Response response) {
		return response.path("cities.edges[*].node.code").entityList(String.class).get();
	}

	static boolean pageInfo(GraphQlTester.Response response, String field) {
		return response.path("cities.pageInfo." + field).entity(Boolean.class).get();
	}

	ResponseError refusal(Object... arguments) {
		var errors = new java.util.ArrayList<ResponseError>();
		cities(arguments).errors().satisfy(errors::addAll);
		assertThat(errors).hasSize(1);
		return errors.getFirst();
	}

	@Test
	void listsTheFourCitiesInMunicipalityCodeOrderWithTheirPrefecture() {
		var all = cities();
		assertThat(codes(all)).containsExactly("022039", "082023", "102113", "432024");
		all.path("cities.edges[*].node.name").entityList(String.class).containsExactly("八戸市", "日立市", "安中市", "八代市")
			.path("cities.edges[*].node.prefecture").entityList(String.class).containsExactly("青森県", "茨城県", "群馬県", "熊本県")
			.path("cities.edges[*].node.prefectureCode").entityList(String.class).containsExactly("02", "08", "10", "43");
		assertThat(pageInfo(all, "hasNextPage")).isFalse();
		assertThat(pageInfo(all, "hasPreviousPage")).isFalse();
	}

	@Test
	void pagesForwardWithAfterTheEndCursor() {
		var first = cities("first", 2);
		assertThat(codes(first)).containsExactly("022039", "082023");
		assertThat(pageInfo(first, "hasNextPage")).isTrue();
		assertThat(pageInfo(first, "hasPreviousPage")).isFalse();
		String end = first.path("cities.pageInfo.endCursor").entity(String.class).get();

		var second = cities("first", 2, "after", end);
		assertThat(codes(second)).containsExactly("102113", "432024");
		assertThat(pageInfo(second, "hasNextPage")).isFalse();
		assertThat(pageInfo(second, "hasPreviousPage")).isTrue();
	}

	@Test
	void pagesBackwardWithBeforeTheStartCursor() {
		var last = cities("last", 2);
		assertThat(codes(last)).containsExactly("102113", "432024");
		assertThat(pageInfo(last, "hasNextPage")).isFalse();
		assertThat(pageInfo(last, "hasPreviousPage")).isTrue();
		String start = last.path("cities.pageInfo.startCursor").entity(String.class).get();

		var before = cities("last", 2, "before", start);
		assertThat(codes(before)).containsExactly("022039", "082023");
		assertThat(pageInfo(before, "hasPreviousPage")).isFalse();
		assertThat(pageInfo(before, "hasNextPage")).isTrue();

		String hitachi = cities("first", 2).path("cities.edges[1].cursor").entity(String.class).get();
		assertThat(codes(cities("last", 3, "before", hitachi))).containsExactly("022039");
		String hachinohe = cities("first", 1).path("cities.edges[0].cursor").entity(String.class).get();
		// An empty page: Spring for GraphQL answers it with a pageInfo that is all false and null.
		assertThat(codes(cities("last", 2, "before", hachinohe))).isEmpty();
	}

	@Test
	void keepsOnePrefecturesCitiesByItsTwoDigitCode() {
		var ibaraki = cities("prefecture", "08");
		assertThat(codes(ibaraki)).containsExactly("082023");
		ibaraki.path("cities.edges[0].node.prefecture").entity(String.class).isEqualTo("茨城県");
		assertThat(codes(cities("prefecture", "02"))).containsExactly("022039");
		assertThat(codes(cities("prefecture", "13"))).isEmpty();
	}

	@Test
	void keepsTheCitiesWhoseJapaneseOrEnglishNameHoldsTheText() {
		assertThat(codes(cities("name", "日立"))).containsExactly("082023");
		assertThat(codes(cities("name", "八"))).containsExactly("022039", "432024");
		assertThat(codes(cities("name", "hachi"))).containsExactly("022039");
		assertThat(codes(cities("name", "八", "prefecture", "43"))).containsExactly("432024");
		assertThat(codes(cities("name", "横浜"))).isEmpty();
	}

	@Test
	void pagesThroughAFilteredList() {
		var first = cities("name", "八", "first", 1);
		assertThat(codes(first)).containsExactly("022039");
		assertThat(pageInfo(first, "hasNextPage")).isTrue();
		String end = first.path("cities.pageInfo.endCursor").entity(String.class).get();
		var second = cities("name", "八", "first", 1, "after", end);
		assertThat(codes(second)).containsExactly("432024");
		assertThat(pageInfo(second, "hasNextPage")).isFalse();
	}

	@Test
	void refusesAPrefectureThatIsNotATwoDigitCode() {
		for (String bad : List.of("48", "00", "8", "茨城県", "08a")) {
			ResponseError error = refusal("prefecture", bad);
			assertThat(error.getExtensions()).containsEntry("classification", "BAD_REQUEST").containsEntry("inputPath", "prefecture");
			assertThat(error.getMessage()).contains("'" + bad + "' is not a prefecture code").contains("01-47")
				.doesNotContain("Exception");
			assertThat(error.getPath()).isEqualTo("cities");
		}
	}

	@Test
	void refusesACursorItNeverGaveOutNamingTheArgument() {
		String forged = Base64.getEncoder().encodeToString("O_-3".getBytes());
		ResponseError after = refusal("first", 2, "after", forged);
		assertThat(after.getExtensions()).containsEntry("classification", "BAD_REQUEST").containsEntry("inputPath", "after");
		assertThat(after.getMessage()).contains("not a cursor this server gave out");
		ResponseError before = refusal("last", 2, "before", "!!!");
		assertThat(before.getExtensions()).containsEntry("classification", "BAD_REQUEST").containsEntry("inputPath", "before");
		assertThat(before.getMessage()).contains("not a cursor this server gave out").contains("startCursor");
	}

	@Test
	void refusesAPageLargerThanAHundredFromEitherEnd() {
		assertThat(refusal("first", 101).getExtensions()).containsEntry("inputPath", "first");
		assertThat(refusal("last", 0).getExtensions()).containsEntry("inputPath", "last");
	}

	@Test
	void listsTheFortySevenPrefecturesInCodeOrder() {
		graphQl.document("{ prefectures { code name } }").execute()
			.path("prefectures[*].code").entityList(String.class).hasSize(47)
			.path("prefectures[0]").entity(Map.class).isEqualTo(Map.of("code", "01", "name", "北海道"))
			.path("prefectures[7]").entity(Map.class).isEqualTo(Map.of("code", "08", "name", "茨城県"))
			.path("prefectures[46]").entity(Map.class).isEqualTo(Map.of("code", "47", "name", "沖縄県"));
	}

	@Test
	void stillFindsACityByItsCode() {
		graphQl.document("{ city(code: \"082023\") { name prefectureCode } }").execute()
			.path("city.name").entity(String.class).isEqualTo("日立市")
			.path("city.prefectureCode").entity(String.class).isEqualTo("08");
	}

}

package io.plangraph.caching;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.plangraph.importer.PlanImporter;
import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public dashboards read over GET, revalidate with ETags, and send persisted queries by hash: over real
 * HTTP, against the shared database with API keys (an editor of 日立市 writes in between).
 */
@PlangraphTestWithKeys
class DashboardCachingTest {

	static final String ELEMENT_TITLE = "query($id: ID!) { element(id: $id) { title } }";

	static final String ELEMENT = "hitachi-growth-strategy/plan-10";

	static final JsonMapper JSON = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	PlanImporter importer;

	record Answer(int status, Map<String, java.util.List<String>> headers, JsonNode body) {

		String header(String name) {
			return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name)).map(e -> e.getValue().getFirst())
				.findFirst().orElse(null);
		}

		String firstError() {
			return body.path("errors").path(0).path("message").asString();
		}

		String classification() {
			return body.path("errors").path(0).path("extensions").path("classification").asString();
		}

	}

	Answer get(Map<String, String> parameters, String... headers) throws IOException, InterruptedException {
		var query = new StringBuilder();
		parameters.forEach((name, value) -> query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql" + query)).GET();
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	Answer post(String body, String... headers) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return send(request.build());
	}

	Answer send(HttpRequest request) throws IOException, InterruptedException {
		var response = http.send(request, HttpResponse.BodyHandlers.ofString());
		JsonNode body = response.body().isEmpty() ? null : JSON.readTree(response.body());
		return new Answer(response.statusCode(), response.headers().map(), body);
	}

	static Map<String, String> params(String... pairs) {
		var map = new LinkedHashMap<String, String>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	static String sha256(String text) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	Answer rename(String title) throws IOException, InterruptedException {
		return post(json(Map.of("query", "mutation($id: ID!, $t: String) { renameElement(input: {elementId: $id, title: $t}) { changed } }",
				"variables", Map.of("id", ELEMENT, "t", title))), "Authorization", "Bearer hitachi-key");
	}

	@Nested
	class AQuerySentAsGet {

		@Test
		void isAnsweredWithItsVariablesAnETagAndNoCache() throws Exception {
			var answer = get(params("query", "query($code: ID!) { city(code: $code) { name } }", "variables", "{\"code\": \"082023\"}"));
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.body().path("data").path("city").path("name").asString()).isEqualTo("日立市");
			assertThat(answer.header("ETag")).matches("\"\\d+-[A-Za-z0-9_-]{22}\"");
			assertThat(answer.header("Cache-Control")).isEqualTo("no-cache");
			assertThat(answer.header("Content-Type")).startsWith("application/graphql-response+json");
		}

		@Test
		void isAnswered304WithoutABodyWhenTheClientHoldsTheCurrentETag() throws Exception {
			var query = params("query", ELEMENT_TITLE, "variables", json(Map.of("id", ELEMENT)));
			String etag = get(query).header("ETag");
			var again = get(query, "If-None-Match", etag);
			assertThat(again.status()).isEqualTo(304);
			assertThat(again.body()).isNull();
			assertThat(again.header("ETag")).isEqualTo(etag);
			assertThat(again.header("Cache-Control")).isEqualTo("no-cache");
			assertThat(get(query, "If-None-Match", "W/" + etag + ", \"other\"").status()).isEqualTo(304);
			assertThat(get(query, "If-None-Match", "\"0-stale\"").status()).isEqualTo(200);
		}

		@Test
		void getsAnotherETagForOtherVariablesAnotherOperationAnotherCallerOrAnotherType() throws Exception {
			String query = "query A($code: ID!) { city(code: $code) { name } } query B($code: ID!) { city(code: $code) { code } }";
			String hitachi = get(params("query", query, "variables", "{\"code\": \"082023\"}", "operationName", "A")).header("ETag");
			assertThat(get(params("query", query, "variables", "{\"code\": \"082023\"}", "operationName", "A")).header("ETag"))
				.isEqualTo(hitachi);
			assertThat(get(params("query", query, "variables", "{\"code\": \"022039\"}", "operationName", "A")).header("ETag"))
				.isNotEqualTo(hitachi);
			assertThat(get(params("query", query, "variables", "{\"code\": \"082023\"}", "operationName", "B")).header("ETag"))
				.isNotEqualTo(hitachi);
			assertThat(get(params("query", query, "variables", "{\"code\": \"082023\"}", "operationName", "A"), "Authorization",
					"Bearer admin-key").header("ETag")).isNotEqualTo(hitachi);
			var plainJson = get(params("query", query, "variables", "{\"code\": \"082023\"}", "operationName", "A"), "Accept",
					"application/json");
			assertThat(plainJson.header("ETag")).isNotEqualTo(hitachi);
			assertThat(plainJson.headers().get("Vary").toString()).contains("Accept").contains("Authorization").contains("X-API-Key");
		}

		@Test
		void getsTheNewDataAndANewETagRightAfterAWrite() throws Exception {
			var query = params("query", ELEMENT_TITLE, "variables", json(Map.of("id", ELEMENT)));
			var before = get(query);
			String title = "ダッシュボード " + UUID.randomUUID();
			assertThat(rename(title).body().path("data").path("renameElement").path("changed").asBoolean()).isTrue();
			var after = get(query, "If-None-Match", before.header("ETag"));
			assertThat(after.status()).isEqualTo(200);
			assertThat(after.body().path("data").path("element").path("title").asString()).isEqualTo(title);
			assertThat(after.header("ETag")).isNotNull().isNotEqualTo(before.header("ETag"));
		}

		@Test
		void getsANewETagRightAfterAnImportAsTheCommandLineRunsIt() throws Exception {
			var query = params("query", "{ city(code: \"102113\") { name plans { title } } }");
			var before = get(query);
			assertThat(get(query, "If-None-Match", before.header("ETag")).status()).isEqualTo(304);
			// The import command and uploads write through this importer; the document is imported as it is.
			String annaka = "annaka-mayor-pledges-vi.yaml";
			importer.importDocuments(List.of(new PlanImporter.DocumentSource(annaka, Files.readString(Path.of("neo4j/data", annaka)))));
			var after = get(query, "If-None-Match", before.header("ETag"));
			assertThat(after.status()).isEqualTo(200);
			assertThat(after.body().path("data").path("city").path("name").asString()).isEqualTo("安中市");
			assertThat(after.header("ETag")).isNotEqualTo(before.header("ETag"));
		}

		@Test
		void thatFailsCarriesNoETagAndIsNotStored() throws Exception {
			var answer = get(params("query", "{ cities { nickname } }"));
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.firstError()).contains("nickname");
			assertThat(answer.header("ETag")).isNull();
			assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
		}

		@Test
		void thatReadsTheApiKeysCarriesNoETagSinceTheirLastUseChangesWithoutAWrite() throws Exception {
			for (String query : List.of("{ apiKeys { name } }", "{ ...keys } fragment keys on Query { apiKeys { name } }")) {
				var answer = get(params("query", query), "Authorization", "Bearer admin-key");
				assertThat(answer.status()).isEqualTo(200);
				assertThat(answer.body().has("errors")).isFalse();
				assertThat(answer.header("ETag")).as(query).isNull();
				assertThat(answer.header("Cache-Control")).isEqualTo("no-store");
			}
		}

		@Test
		void isAnsweredAsPlainJsonWhenTheClientAsksForIt() throws Exception {
			var answer = get(params("query", "{ cities { nickname } }"), "Accept", "application/json");
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.header("Content-Type")).startsWith("application/json");
		}

	}

	@Nested
	class AGetThatMayNotBeAnswered {

		@Test
		void isAMutationRefused405WithAllowPostAndChangesNothing() throws Exception {
			String title = "GET で変更 " + UUID.randomUUID();
			var answer = get(params("query", "mutation { renameElement(input: {elementId: \"" + ELEMENT + "\", title: \"" + title
					+ "\"}) { changed } }"), "Authorization", "Bearer hitachi-key");
			assertThat(answer.status()).isEqualTo(405);
			assertThat(answer.header("Allow")).isEqualTo("POST");
			assertThat(answer.firstError()).contains("cannot be sent as GET").contains("POST");
			assertThat(answer.classification()).isEqualTo("METHOD_NOT_ALLOWED");
			assertThat(answer.body().has("data")).isFalse();
			var now = get(params("query", ELEMENT_TITLE, "variables", json(Map.of("id", ELEMENT))));
			assertThat(now.body().path("data").path("element").path("title").asString()).isNotEqualTo(title);
		}

		@Test
		void hasVariablesThatAreNotJson() throws Exception {
			var answer = get(params("query", ELEMENT_TITLE, "variables", "{id: plan-10}"));
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.firstError()).contains("parameter \"variables\" is not valid JSON");
			assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
			assertThat(answer.body().toString()).doesNotContain("Exception").doesNotContain("tools.jackson");
		}

		@Test
		void hasVariablesThatAreNotAnObject() throws Exception {
			var answer = get(params("query", ELEMENT_TITLE, "variables", "[1, 2]"));
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.firstError()).contains("\"variables\" must be a JSON object");
		}

		@Test
		void hasNoQuery() throws Exception {
			var answer = get(params("operationName", "A"));
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.firstError()).contains("no \"query\" parameter");
		}

		@Test
		void isLongerThanTheServerReadsAndIsToldSoAsAGraphQlError() throws Exception {
			var answer = get(params("query", "{ cities { name } }" + " ".repeat(20_000)));
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.header("Content-Type")).startsWith("application/json");
			assertThat(answer.firstError()).contains("server.max-http-request-header-size").contains("as POST");
			assertThat(answer.classification()).isEqualTo("BAD_REQUEST");
		}

		@Test
		void givesAParameterTwice() throws Exception {
			var answer = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql?query=%7Bcities%7Bname%7D%7D&query=x"))
				.GET().build());
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.firstError()).contains("\"query\" is given 2 times");
		}

		@Test
		void usesAnotherMethodThanGetOrPost() throws Exception {
			var answer = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
				.method("PATCH", HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", "application/json").build());
			assertThat(answer.status()).isEqualTo(405);
			assertThat(answer.header("Allow")).isEqualTo("GET, POST");
		}

	}

	@Nested
	class APersistedQuery {

		@Test
		void isUnknownUntilSentWithItsTextAndThenAnsweredByItsHashAlsoOverGet() throws Exception {
			// A text of its own, so that no other test has registered it.
			String query = "query Persisted($code: ID!) { city(code: $code) { name } } # " + UUID.randomUUID();
			String hash = sha256(query);
			var extensions = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
			var variables = Map.of("code", "082023");

			var unknown = post(json(Map.of("extensions", extensions, "variables", variables)));
			assertThat(unknown.firstError()).startsWith("PersistedQueryNotFound").contains(hash);
			assertThat(unknown.body().path("errors").path(0).path("extensions").path("code").asString()).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
			assertThat(get(params("extensions", json(extensions), "variables", json(variables))).firstError())
				.startsWith("PersistedQueryNotFound");

			var registered = post(json(Map.of("query", query, "extensions", extensions, "variables", variables)));
			assertThat(registered.body().path("data").path("city").path("name").asString()).isEqualTo("日立市");

			var byHash = post(json(Map.of("extensions", extensions, "variables", Map.of("code", "022039"))));
			assertThat(byHash.body().path("data").path("city").path("name").asString()).isEqualTo("八戸市");

			var overGet = get(params("extensions", json(extensions), "variables", json(variables)));
			assertThat(overGet.status()).isEqualTo(200);
			assertThat(overGet.body().path("data").path("city").path("name").asString()).isEqualTo("日立市");
			assertThat(get(params("extensions", json(extensions), "variables", json(variables)), "If-None-Match",
					overGet.header("ETag")).status()).isEqualTo(304);
		}

		@Test
		void whoseHashIsNotItsTextsIsRefused() throws Exception {
			String query = "{ cities { name } }";
			var answer = post(json(Map.of("query", query, "extensions",
					Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(query + " ")))))); 
			assertThat(answer.firstError()).startsWith("PersistedQueryIdInvalid").contains("not the SHA-256 hash");
			assertThat(answer.body().has("data")).isFalse();
		}

		@Test
		void mayNotBeAMutation() throws Exception {
			String title = "永続化で変更 " + UUID.randomUUID();
			String mutation = "mutation { renameElement(input: {elementId: \"" + ELEMENT + "\", title: \"" + title + "\"}) { changed } }";
			var answer = post(json(Map.of("query", mutation, "extensions",
					Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256(mutation))))), "Authorization", "Bearer hitachi-key");
			assertThat(answer.firstError()).contains("Persisted queries may only read");
			var now = get(params("query", ELEMENT_TITLE, "variables", json(Map.of("id", ELEMENT))));
			assertThat(now.body().path("data").path("element").path("title").asString()).isNotEqualTo(title);
		}

	}

	@Nested
	class AQueryWhoseDocumentIsKept {

		static final String INDICATOR_PAGES = """
				query($n: Int) { cities(first: $n) { edges { node { indicators(first: $n) {
				  edges { node { values { text } usedBy { role element { title } } } } } } } } }""";

		@Test
		void isStillCheckedAgainstTheLimitsWithEachRequestsVariables() throws Exception {
			for (int round = 0; round < 2; round++) {
				var tooMuch = post(json(Map.of("query", INDICATOR_PAGES, "variables", Map.of("n", 100))));
				assertThat(tooMuch.classification()).isEqualTo("QUERY_TOO_COMPLEX");
				var little = post(json(Map.of("query", INDICATOR_PAGES, "variables", Map.of("n", 1))));
				assertThat(little.body().has("errors")).as("n = 1 in round %d", round).isFalse();
				assertThat(little.body().path("data").path("cities").path("edges").isArray()).isTrue();
				var tooMuchAsGet = get(params("query", INDICATOR_PAGES, "variables", "{\"n\": 100}"));
				assertThat(tooMuchAsGet.classification()).isEqualTo("QUERY_TOO_COMPLEX");
				assertThat(tooMuchAsGet.header("ETag")).isNull();
			}
		}

		@Test
		void isStillRefusedWhenTooDeepEveryTime() throws Exception {
			String deep = "{ plan(id: \"hachinohe-strategy-phase-2\") { " + "revises { id ".repeat(14) + "id" + " }".repeat(15) + " }";
			for (int round = 0; round < 3; round++) {
				assertThat(post(json(Map.of("query", deep))).classification()).isEqualTo("QUERY_TOO_DEEP");
			}
		}

	}

}

package io.plangraph.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client sending what it should not, over plain HTTP: every bad input — at the HTTP level, in the
 * GraphQL document, in an argument, in an uploaded document or table — is answered with a GraphQL error
 * body whose message says what is wrong, with a classification and a sensible status, no Java class,
 * package or library name, and, for a write, nothing changed. Same keys as {@code EditingTest}, so the
 * two share one application context.
 */
@PlangraphTestWithKeys
class ErrorsAndLimitsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	/** What no answer may contain: names of Java classes, packages and libraries, stack traces. */
	private static final List<String> INTERNAL_NAMES = List.of("java.", "org.", "Exception", "tools.jackson", "jackson", "Jackson",
			"snakeyaml", "SnakeYAML", "commons", "CSVException", "StreamReadConstraints", "\tat ", "io.plangraph");

	@LocalServerPort
	int port;

	@Autowired
	Driver driver;

	/**
	 * One bad input: how it is sent, and the status, classification and words of its refusal.
	 *
	 * @param key the API key sent, or null
	 * @param writes whether it tries to change data (then nothing may have changed)
	 */
	record BadInput(String what, String method, String path, String contentType, byte[] body, String key, int status,
			String classification, String says, boolean writes) {

		@Override
		public String toString() {
			return what;
		}

	}

	static BadInput http(String what, String method, String contentType, byte[] body, int status, String classification,
			String says) {
		return new BadInput(what, method, "/graphql", contentType, body, null, status, classification, says, false);
	}

	static BadInput query(String what, String query, Map<String, Object> variables, String classification, String says) {
		return new BadInput(what, "POST", "/graphql", "application/json", request(query, variables), null, 200, classification, says,
				false);
	}

	static BadInput write(String what, String key, String query, Map<String, Object> variables, String classification,
			String says) {
		return new BadInput(what, "POST", "/graphql", "application/json", request(query, variables), key, 200, classification, says,
				true);
	}

	static byte[] request(String query, Map<String, Object> variables) {
		return JSON.writeValueAsBytes(Map.of("query", query, "variables", variables));
	}

	static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	static final String RECORD = """
			mutation($year: FiscalYear!, $value: String!, $note: String) {
			  recordActual(input: {indicatorId: "hitachi-navi-downloads", fiscalYear: $year, value: $value, note: $note}) { changed }
			}""";

	static final String RENAME = """
			mutation($title: String) { renameElement(input: {elementId: "hitachi-growth-strategy/plan-10", title: $title}) { changed } }""";

	static final String TABLE = """
			mutation($csv: String!) { importIndicatorTable(input: {cityCode: "082023", csv: $csv}) { added { row } } }""";

	static final String UPLOAD = """
			mutation($text: String!) { importDocument(input: {name: "upload.yaml", text: $text}) { report } }""";

	static final String SEARCH = """
			query($text: String!, $first: Int, $after: String) { search(text: $text, first: $first, after: $after) { edges { node { title } } } }""";

	/** A small plan document of 日立市 with one indicator; {@code %s} is where its values go. */
	static final String DOCUMENT = """
			format: plangraph/1
			document: {id: errors-test, title: 試験計画, source: generated}
			city: {code: "082023", name: 日立市, prefecture: 茨城県}
			plans:
			  - id: errors-test
			    title: 試験計画
			    kind: OTHER
			    elements:
			      - key: g0
			        kind: GOAL
			        title: 要素
			        indicators: [{ref: errors-test-i, role: KPI}]
			indicators:
			  - id: errors-test-i
			    name: 試験指標
			    unit: 件
			    direction: HIGHER_IS_BETTER
			    values:
			%s""";

	static String document(String... values) {
		return DOCUMENT.formatted(String.join("\n", Stream.of(values).map(v -> "      - " + v).toList()) + "\n");
	}

	static Stream<BadInput> badInputs() {
		String valid = "{\"query\": \"{ cities { edges { node { name } } } }\"}";
		var rows = new ArrayList<BadInput>();
		// HTTP: the body and the request itself.
		rows.add(http("malformed JSON", "POST", "application/json", utf8("{\"query\": \"{ cities { name } }\""), 400, "BAD_REQUEST",
				"not valid JSON (line 1"));
		rows.add(http("an empty body", "POST", "application/json", new byte[0], 400, "BAD_REQUEST", "body is empty"));
		rows.add(http("a JSON null body", "POST", "application/json", utf8("null"), 400, "BAD_REQUEST", "JSON null"));
		rows.add(http("a batch array", "POST", "application/json", utf8("[" + valid + "," + valid + "]"), 400, "BAD_REQUEST",
				"batches of requests are not answered"));
		rows.add(http("a number for a body", "POST", "application/json", utf8("42"), 400, "BAD_REQUEST", "not a request"));
		rows.add(http("a query that is not a text", "POST", "application/json", utf8("{\"query\": 5}"), 400, "BAD_REQUEST",
				"\"query\" must be a text"));
		rows.add(http("variables that are not an object", "POST", "application/json",
				utf8("{\"query\": \"{ cities { name } }\", \"variables\": \"x\"}"), 400, "BAD_REQUEST", "\"variables\" must be a JSON object"));
		rows.add(http("no query", "POST", "application/json", utf8("{\"variables\": {}}"), 400, "BAD_REQUEST", "has no \"query\""));
		rows.add(http("a key given twice in the body", "POST", "application/json",
				utf8("{\"query\": \"{ cities { name } }\", \"query\": \"{ themes { name } }\"}"), 400, "BAD_REQUEST", "query"));
		byte[] notUtf8 = utf8("{\"query\": \"{ search(text: \\\"XX\\\") { edges { cursor } } }\"}");
		int at = new String(notUtf8, StandardCharsets.UTF_8).indexOf("XX");
		notUtf8[at] = (byte) 0xff;
		notUtf8[at + 1] = (byte) 0xfe;
		rows.add(http("invalid UTF-8", "POST", "application/json", notUtf8, 400, "BAD_REQUEST", "not valid UTF-8 (at byte " + at + ")"));
		rows.add(http("JSON nested 3,000 deep", "POST", "application/json",
				utf8("{\"query\": \"{ cities { name } }\", \"variables\": {\"x\": " + "[".repeat(3000) + "]".repeat(3000) + "}}"), 400,
				"BAD_REQUEST", "not valid JSON"));
		rows.add(http("a body over plangraph.limits.request-body", "POST", "application/json",
				utf8("{\"query\": \"" + " ".repeat(4 * 1024 * 1024) + "{ cities { name } }\"}"), 413, "INPUT_TOO_LARGE",
				"plangraph.limits.request-body"));
		rows.add(http("PUT", "PUT", "application/json", utf8(valid), 405, "BAD_REQUEST", "does not answer PUT"));
		rows.add(http("DELETE", "DELETE", null, null, 405, "BAD_REQUEST", "does not answer DELETE"));
		rows.add(http("a wrong content type", "POST", "text/plain", utf8(valid), 415, "BAD_REQUEST", "content type 'text/plain'"));
		rows.add(http("no content type", "POST", null, utf8(valid), 415, "BAD_REQUEST", "content type is not given"));
		rows.add(new BadInput("an unknown address", "GET", "/nothing-here", null, null, null, 404, "NOT_FOUND", "nothing at /nothing-here",
				false));
		rows.add(new BadInput("an unknown API key", "POST", "/graphql", "application/json", utf8(valid), "no-such-key", 401,
				"UNAUTHORIZED", "Authorization: Bearer KEY", false));
		// GraphQL: the document.
		rows.add(query("a syntax error", "{ cities { name }", Map.of(), "InvalidSyntax", "Invalid syntax"));
		rows.add(query("an unknown field", "{ cities { nickname } }", Map.of(), "ValidationError", "nickname"));
		rows.add(query("a query nested 2,000 deep", "{ cities " + "{ plans ".repeat(2000) + "}".repeat(2001), Map.of(), "InvalidSyntax",
				"deep"));
		rows.add(query("a query of 20,000 fields", "{ cities { " + "name ".repeat(20000) + "} }", Map.of(), "InvalidSyntax", "tokens"));
		// Arguments: values, page sizes, cursors, text.
		rows.add(write("a fiscal year of 2023.5", "hitachi-key", RECORD, Map.of("year", 2023.5, "value", "26,100件"), "ValidationError",
				"'2023.5' is not a fiscal year"));
		rows.add(write("a fiscal year of '2023.5'", "hitachi-key", RECORD, Map.of("year", "2023.5", "value", "26,100件"),
				"ValidationError", "2023.5"));
		rows.add(query("first: -1", SEARCH, Map.of("text", "観光", "first", -1), "BAD_REQUEST", "first: a page holds 1 to 100 items, not -1"));
		rows.add(query("first: 0", SEARCH, Map.of("text", "観光", "first", 0), "BAD_REQUEST", "not 0"));
		rows.add(query("first: 101", SEARCH, Map.of("text", "観光", "first", 101), "BAD_REQUEST", "not 101"));
		rows.add(query("a cursor that is not base64", SEARCH, Map.of("text", "観光", "after", "!!!"), "BAD_REQUEST",
				"not a cursor this server gave out"));
		rows.add(query("a cursor with a negative offset", SEARCH,
				Map.of("text", "観光", "after", Base64.getEncoder().encodeToString(utf8("O_-5"))), "BAD_REQUEST",
				"not a cursor this server gave out"));
		rows.add(query("a cursor of another kind", SEARCH,
				Map.of("text", "観光", "after", Base64.getEncoder().encodeToString(utf8("K_{\"id\":1}"))), "BAD_REQUEST",
				"not a cursor this server gave out"));
		rows.add(write("a title with NUL", "hitachi-key", RENAME, Map.of("title", "日立\u0000市"), "BAD_REQUEST",
				"input.title: character 3 is the control character U+0000"));
		rows.add(write("a note with a lone surrogate", "hitachi-key", RECORD,
				Map.of("year", "R6", "value", "26,100件", "note", "a\ud800b"), "BAD_REQUEST", "input.note: character 2 is a lone surrogate"));
		rows.add(write("a title of a million characters", "hitachi-key", RENAME, Map.of("title", "長".repeat(1_000_000)),
				"INPUT_TOO_LARGE", "plangraph.limits.text-length"));
		rows.add(new BadInput("a note of 10 MB", "POST", "/graphql", "application/json",
				request(RECORD, Map.of("year", "R6", "value", "26,100件", "note", "x".repeat(10 * 1024 * 1024))), "hitachi-key", 413,
				"INPUT_TOO_LARGE", "plangraph.limits.request-body", true));
		rows.add(query("a search of 2,000 words", SEARCH, Map.of("text", "観光 ".repeat(2000)), "INPUT_TOO_LARGE",
				"plangraph.limits.search-length"));
		rows.add(query("a search of 40 short words", SEARCH, Map.of("text", "市 ".repeat(40).strip()), "INPUT_TOO_LARGE",
				"plangraph.limits.search-words"));
		// Tables.
		rows.add(write("a CSV with an unclosed quote", "hitachi-key", TABLE, Map.of("csv", "指標名,実績値(R6)\n\"企業誘致件数,3件\n"),
				"BAD_REQUEST", "a quoted cell (from line 2) is never closed"));
		rows.add(write("a CSV giving one value twice, differently", "hitachi-key", TABLE,
				Map.of("csv", "指標名,実績値(R6)\n企業誘致件数,3件\n企業誘致件数,4件\n"), "BAD_REQUEST",
				"row 3, column 実績値(R6): '企業誘致件数' has two different values for actual R6: '4件' here and '3件' in row 2, column 実績値(R6)"));
		rows.add(write("a CSV of 5,001 rows", "hitachi-key", TABLE,
				Map.of("csv", "指標名,実績値(R6)\n" + "企業誘致件数,3件\n".repeat(5001)), "BAD_REQUEST", "plangraph.limits.table-rows"));
		// Documents.
		String good = document("{type: ACTUAL, year: R5, value: 15件}");
		rows.add(write("YAML with two documents", "admin-key", UPLOAD, Map.of("text", good + "---\n" + good), "BAD_REQUEST",
				"more than 1 YAML document(s)"));
		rows.add(write("a YAML alias bomb", "admin-key", UPLOAD, Map.of("text", aliasBomb()), "BAD_REQUEST",
				"plangraph.limits.yaml-aliases"));
		rows.add(write("a YAML global tag", "admin-key", UPLOAD,
				Map.of("text", good.replace("title: 試験計画\n    kind", "title: !!python/object:os.system 試験計画\n    kind")), "BAD_REQUEST",
				"line 6: a tag (!…) is not part of the file format"));
		rows.add(write("YAML nested 100 deep", "admin-key", UPLOAD,
				Map.of("text", good + "extra: " + "[".repeat(100) + "]".repeat(100) + "\n"), "BAD_REQUEST", "plangraph.limits.yaml-depth"));
		rows.add(write("a key given twice in a YAML mapping", "admin-key", UPLOAD,
				Map.of("text", good.replace("    kind: OTHER\n", "    kind: OTHER\n    title: 別の題\n")), "BAD_REQUEST",
				"line 8 (plans[0].title): the key 'title' is given twice in the same mapping, on line 6 and on line 8"));
		rows.add(write("a document giving one value twice, differently", "admin-key", UPLOAD,
				Map.of("text", document("{type: ACTUAL, year: R5, value: 15件}", "{type: ACTUAL, year: 令和5年度, value: 16件}")), "BAD_REQUEST",
				"has two different actual values for 令和5年度: '16件' here and '15件' on line 19 (indicators[0].values[0])"));
		rows.add(write("an unreadable YAML", "admin-key", UPLOAD, Map.of("text", "format: [plangraph/1\n"), "BAD_REQUEST",
				"not valid YAML"));
		rows.add(write("an upload over plangraph.limits.upload-bytes", "admin-key", UPLOAD,
				Map.of("text", good + "#" + "x".repeat(2 * 1024 * 1024) + "\n"), "INPUT_TOO_LARGE", "plangraph.limits.upload-bytes"));
		return rows.stream();
	}

	/** Nine levels of ten aliases each: a billion strings once expanded. */
	static String aliasBomb() {
		var yaml = new StringBuilder(document("{type: ACTUAL, year: R5, value: 15件}")).append("a0: &a0 [\"lol\"]\n");
		for (int level = 1; level < 10; level++) {
			yaml.append("a").append(level).append(": &a").append(level).append(" [");
			for (int i = 0; i < 10; i++) {
				yaml.append(i == 0 ? "" : ", ").append("*a").append(level - 1);
			}
			yaml.append("]\n");
		}
		return yaml.toString();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badInputs")
	void everyBadInputIsRefusedWithAGraphQlErrorThatSaysWhatIsWrong(BadInput input) throws Exception {
		long before = footprint();
		var answer = send(input);
		assertThat(answer.statusCode()).as("status of %s: %s", input, answer.body()).isEqualTo(input.status());
		assertThat(INTERNAL_NAMES).as("no internal name in %s", answer.body()).noneMatch(answer.body()::contains);
		JsonNode body = JSON.readTree(answer.body());
		JsonNode error = body.path("errors").path(0);
		assertThat(error.path("message").asString()).as(answer.body()).contains(input.says());
		assertThat(error.path("extensions").path("classification").asString()).as(answer.body()).isEqualTo(input.classification());
		if (answer.statusCode() == 200) {
			// An answer GraphQL gave: the error has the place in the query it refers to.
			assertThat(error.path("locations").path(0).path("line").asInt()).as("locations in %s", answer.body()).isPositive();
			assertThat(body.path("data").isNull() || body.path("data").isMissingNode()
					|| body.path("data").properties().stream().allMatch(field -> field.getValue().isNull())).as(answer.body()).isTrue();
		}
		if (input.writes()) {
			assertThat(footprint()).as("nothing changed by %s", input).isEqualTo(before);
		}
	}

	@Test
	void aRefusalIsAnsweredInTheGraphQlResponseTypeWhenTheClientAsksForIt() throws Exception {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json")
			.POST(HttpRequest.BodyPublishers.ofString("null"))
			.build();
		var answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(400);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(type -> type.startsWith("application/graphql-response+json"));
	}

	@Test
	void aWrongMethodIsToldWhichMethodIsAnswered() throws Exception {
		var answer = send(http("PUT", "PUT", "application/json", utf8("{}"), 405, "", ""));
		assertThat(answer.statusCode()).isEqualTo(405);
		assertThat(answer.headers().firstValue("Allow")).hasValue("GET, POST");
	}

	@Test
	void aWholeYearAndACursorTheServerGaveOutAreStillTaken() throws Exception {
		String cursor = JSON.readTree(send(query("first page", "{ search(text: \"観光\", first: 1) { edges { cursor } } }", Map.of(), "", ""))
			.body())
			.path("data").path("search").path("edges").path(0).path("cursor").asString();
		var next = JSON.readTree(send(query("next page", "query($after: String) { search(text: \"観光\", first: 1, after: $after) "
				+ "{ edges { cursor } } }", Map.of("after", cursor), "", "")).body());
		assertThat(next.path("errors").isMissingNode()).as(next.toString()).isTrue();
		assertThat(next.path("data").path("search").path("edges").path(0).path("cursor").asString()).isNotEqualTo(cursor);
		var year = JSON.readTree(send(query("a whole year as 2023.0", "query($y: FiscalYear) { indicator(id: \"hitachi-navi-downloads\") "
				+ "{ status(asOf: $y) } }", Map.of("y", 2023.0), "", "")).body());
		assertThat(year.path("errors").isMissingNode()).as(year.toString()).isTrue();
	}

	/** What writes leave behind: values, history entries, documents. */
	long footprint() {
		return driver.executableQuery("""
				RETURN COUNT { (:IndicatorValue) } * 1000000 + COUNT { (:Change) } * 1000 + COUNT { (:Document) }
				""").execute().records().getFirst().get(0).asLong();
	}

	HttpResponse<String> send(BadInput input) throws IOException, InterruptedException {
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + input.path()));
		if (input.contentType() != null) {
			request.header("Content-Type", input.contentType());
		}
		if (input.key() != null) {
			request.header("Authorization", "Bearer " + input.key());
		}
		request.method(input.method(), input.body() == null ? HttpRequest.BodyPublishers.noBody()
				: HttpRequest.BodyPublishers.ofByteArray(input.body()));
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}

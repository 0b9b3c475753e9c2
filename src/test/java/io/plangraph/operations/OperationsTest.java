package io.plangraph.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;

import io.plangraph.neo4j.EmbeddedNeo4jProperties;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;

import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What an operator sees of a running server: probes and health with Neo4j, info, Prometheus metrics, CORS
 * for a dashboard on another origin, API keys managed at run time, the embedded database's Bolt port and
 * disk use. Shares EditingTest's context (same keys: "hitachi-key" an editor of 日立市, "admin-key" an admin).
 */
@PlangraphTestWithKeys
class OperationsTest {

	@LocalServerPort
	int port;

	@Autowired
	EmbeddedNeo4jProperties neo4j;

	@Autowired
	Driver driver;

	@Autowired
	DatabaseManagementService embedded;

	WebTestClient http;

	@BeforeEach
	void client() {
		http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(30)).build();
	}

	@Nested
	class Probes {

		@Test
		void healthIsUpAndShowsNeo4jWithItsVersionAndEdition() {
			http.get().uri("/actuator/health").exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.status").isEqualTo("UP")
				.jsonPath("$.components.neo4j.status").isEqualTo("UP")
				.jsonPath("$.components.neo4j.details.server").value(server -> assertThat((String) server).contains("2026."))
				.jsonPath("$.components.neo4j.details.edition").isEqualTo("community");
		}

		@Test
		void livenessAndReadinessAreUpOnceStarted() {
			http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk().expectBody()
				.jsonPath("$.status").isEqualTo("UP");
			http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
				.jsonPath("$.status").isEqualTo("UP");
		}

		@Test
		void infoNamesTheVersionTheCommitAndTheDocumentsLoaded() {
			http.get().uri("/actuator/info").exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.build.version").isEqualTo("0.1.0-SNAPSHOT")
				.jsonPath("$.git.commit.id").exists()
				.jsonPath("$.documents.count").value(count -> assertThat((Integer) count).isGreaterThanOrEqualTo(5))
				.jsonPath("$.documents.ids").value(ids -> assertThat(ids.toString()).contains("hitachi-growth-strategy-status-r5"));
		}

	}

	@Nested
	class Metrics {

		@Test
		void prometheusShowsGraphQlRequestTimingsAfterAQuery() {
			GraphQlClient.over(port).document("query citiesForMetrics { cities { edges { node { code } } } }").execute().path("cities").hasValue();
			String scrape = http.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer admin-key")
				.exchange()
				.expectStatus().isOk()
				.expectBody(String.class)
				.returnResult()
				.getResponseBody();
			// Per-field observations are off by default (application.yaml): they cost a large tree a tenth of its time.
			assertThat(scrape).doesNotContain("graphql_datafetcher_seconds_count{");
			assertThat(scrape).contains("graphql_request_seconds_count{")
				.contains("http_server_requests_seconds_count{")
				.contains("jvm_memory_used_bytes{")
				.containsPattern("(?m)^plangraph_import_duration_seconds_count(\\{[^}]*})? [1-9]")
				.containsPattern("(?m)^plangraph_import_size_nodes_count(\\{[^}]*})? [1-9]")
				.containsPattern("(?m)^plangraph_graph_queries_total(\\{[^}]*})? [1-9]")
				.contains("graphql_request_seconds_bucket{")
				.contains("disk_free_bytes{")
				.containsPattern("(?m)^neo4j_bolt_client_exchange_duration_seconds_count\\{");
		}

		@Test
		void errorsAreCountedByClassification() {
			GraphQlClient.withKey(port, "admin-key")
				.document("mutation { createApiKey(input: {name: \"x\", role: EDITOR, cities: [\"nowhere\"]}) { key } }")
				.execute()
				.errors().expect(error -> "BAD_REQUEST".equals(String.valueOf(error.getErrorType()))).verify();
			assertThat(scrape()).containsPattern("plangraph_graphql_errors_total\\{classification=\"BAD_REQUEST\"\\} [1-9]");
		}

		String scrape() {
			return http.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer admin-key")
				.exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
		}

		@Test
		void metricsAreForAnAdminKeyOnly() {
			http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
			http.get().uri("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, "Bearer hitachi-key").exchange()
				.expectStatus().isForbidden();
		}

	}

	@Nested
	@ExtendWith(OutputCaptureExtension.class)
	class RequestLog {

		@Test
		void eachRequestIsLoggedWithItsOperationDurationAndOutcomeButNotItsVariables(CapturedOutput output) {
			GraphQlClient.withKey(port, "hitachi-key")
				.document("""
						mutation noteForTheLog($note: String) {
						  recordActual(input: {indicatorId: "no-such-indicator", fiscalYear: "R6", value: "1件", note: $note}) { changed }
						}""")
				.variable("note", "a confidential remark 7c1e")
				.execute();
			assertThat(output).containsPattern("GraphQL noteForTheLog \\d+ ms 1 error\\(s\\): NOT_FOUND")
				.doesNotContain("confidential remark 7c1e");
		}

	}

	@Nested
	class CrossOrigin {

		WebTestClient.ResponseSpec preflightFrom(String origin) {
			return http.options().uri("/graphql")
				.header(HttpHeaders.ORIGIN, origin)
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
				.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type, authorization")
				.exchange();
		}

		@Test
		void aPreflightFromTheAllowedOriginGetsTheCorsHeaders() {
			preflightFrom("https://dashboard.example.org").expectStatus().isOk()
				.expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://dashboard.example.org")
				.expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods -> assertThat(methods).contains("POST"))
				.expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
						headers -> assertThat(headers.toLowerCase()).contains("authorization"));
		}

		@Test
		void aPreflightFromAnotherOriginGetsNone() {
			preflightFrom("https://elsewhere.example.com").expectStatus().isForbidden()
				.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
		}

	}

	@Nested
	class ApiKeys {

		static final String CREATE = """
				mutation($name: String!, $role: ApiKeyRole!, $cities: [ID!]) {
				  createApiKey(input: {name: $name, role: $role, cities: $cities}) {
				    key apiKey { id name role cities created createdBy lastUsed revoked }
				  }
				}""";

		static final String RECORD = """
				mutation { recordActual(input: {indicatorId: "hitachi-sns-likes", fiscalYear: "R4", value: "90,000件/年"}) {
				  change { by } } }""";

		@Test
		void revokingAKeyThatDoesNotExistIsNotFoundAndChangesNothing() {
			long keys = driver.executableQuery("MATCH (k:ApiKey) WHERE k.revoked IS NULL RETURN count(k) AS n").execute().records()
				.getFirst().get("n").asLong();
			GraphQlClient.withKey(port, "admin-key").document("mutation { revokeApiKey(id: \"no-such-key\") { revoked } }")
				.execute()
				.errors()
				.satisfy(errors -> assertThat(errors).singleElement().satisfies(error -> {
					assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND");
					assertThat(error.getMessage()).contains("no-such-key");
				}));
			assertThat(driver.executableQuery("MATCH (k:ApiKey) WHERE k.revoked IS NULL RETURN count(k) AS n").execute().records()
				.getFirst().get("n").asLong()).isEqualTo(keys);
		}

		@Test
		void anAdminCreatesAKeyThatWorksAtOnceAndIsRefusedOnTheNextRequestOnceRevoked() {
			var created = GraphQlClient.withKey(port, "admin-key").document(CREATE)
				.variable("name", "hitachi-dashboard-" + System.nanoTime())
				.variable("role", "EDITOR")
				.variable("cities", java.util.List.of("082023"))
				.execute();
			String key = created.path("createApiKey.key").entity(String.class).get();
			String id = created.path("createApiKey.apiKey.id").entity(String.class).get();
			created.path("createApiKey.apiKey.createdBy").entity(String.class).isEqualTo("admin");
			created.path("createApiKey.apiKey.lastUsed").valueIsNull();
			assertThat(key).startsWith("pg_").hasSizeGreaterThan(40);

			// Only the key's SHA-256 is in the graph.
			assertThat(driver.executableQuery("MATCH (k:ApiKey {id: $id}) RETURN k.sha256 AS h, k.key AS key")
				.withParameters(Map.of("id", id)).execute().records().getFirst().get("key").isNull()).isTrue();

			GraphQlClient.withKey(port, key).document("{ cities { edges { node { code } } } }").execute().path("cities").hasValue();
			GraphQlClient.withKey(port, "admin-key").document("{ apiKeys { id lastUsed revoked } }").execute()
				.path("apiKeys[?(@.id == '" + id + "')].lastUsed").entityList(String.class).satisfies(used -> assertThat(used).doesNotContainNull().hasSize(1));

			GraphQlClient.withKey(port, "admin-key").document("mutation($id: ID!) { revokeApiKey(id: $id) { revoked } }")
				.variable("id", id)
				.execute()
				.path("revokeApiKey.revoked").hasValue();

			http.post().uri("/graphql").header(HttpHeaders.AUTHORIZATION, "Bearer " + key)
				.header(HttpHeaders.CONTENT_TYPE, "application/json")
				.bodyValue(Map.of("query", "{ cities { edges { node { code } } } }"))
				.exchange()
				.expectStatus().isUnauthorized();
		}

		@Test
		void aKeyCreatedForACityChangesThatCityOnly() {
			String key = GraphQlClient.withKey(port, "admin-key").document(CREATE)
				.variable("name", "annaka-only-" + System.nanoTime())
				.variable("role", "EDITOR")
				.variable("cities", java.util.List.of("102113"))
				.execute()
				.path("createApiKey.key").entity(String.class).get();
			GraphQlClient.withKey(port, key).document(RECORD).execute()
				.errors().expect(error -> "FORBIDDEN".equals(String.valueOf(error.getErrorType())))
				.verify();
		}

		@Test
		void onlyAnAdminManagesKeys() {
			GraphQlClient.withKey(port, "hitachi-key").document(CREATE)
				.variable("name", "self-made")
				.variable("role", "ADMIN")
				.execute()
				.errors().expect(error -> "FORBIDDEN".equals(String.valueOf(error.getErrorType()))
						&& error.getMessage().contains("needs an ADMIN key"))
				.verify();
			assertThat(driver.executableQuery("MATCH (k:ApiKey {name: 'self-made'}) RETURN count(k)").execute().records()
				.getFirst().get(0).asLong()).isZero();
			GraphQlClient.over(port).document("{ apiKeys { id } }").execute()
				.errors().expect(error -> "UNAUTHORIZED".equals(String.valueOf(error.getErrorType())))
				.verify();
		}

		@Test
		void aKeyMayNotTakeTheNameOfAnotherKey() {
			String name = "twice-" + System.nanoTime();
			GraphQlClient.withKey(port, "admin-key").document(CREATE).variable("name", name).variable("role", "ADMIN")
				.execute().path("createApiKey.key").hasValue();
			GraphQlClient.withKey(port, "admin-key").document(CREATE).variable("name", name).variable("role", "ADMIN")
				.execute()
				.errors().expect(error -> error.getMessage().equals("input.name: a key named '" + name + "' exists already"))
				.verify();
			GraphQlClient.withKey(port, "admin-key").document(CREATE).variable("name", "hitachi-editor").variable("role", "ADMIN")
				.execute()
				.errors().expect(error -> error.getMessage().contains("is the name of a configured key"))
				.verify();
		}

		@Test
		void anEditorKeyWithoutCitiesOrABadCityCodeIsRefusedWithWhereItIsWrong() {
			GraphQlClient.withKey(port, "admin-key").document(CREATE)
				.variable("name", "no-cities")
				.variable("role", "EDITOR")
				.execute()
				.errors().expect(error -> error.getMessage().startsWith("input.cities: an EDITOR key needs the cities"))
				.verify();
			GraphQlClient.withKey(port, "admin-key").document(CREATE)
				.variable("name", "bad-city")
				.variable("role", "EDITOR")
				.variable("cities", java.util.List.of("Hitachi"))
				.execute()
				.errors().expect(error -> error.getMessage().contains("'Hitachi' is not a municipality code"))
				.verify();
		}

	}

	@Nested
	class TheDatabase {

		@Test
		void boltRefusesAConnectionWithoutThePassword() {
			var bolt = ((GraphDatabaseAPI) embedded.database("neo4j")).getDependencyResolver()
				.resolveDependency(ConnectorPortRegister.class)
				.getLocalAddress(ConnectorType.BOLT);
			String uri = bolt.getHost() + ":" + bolt.getPort();
			try (var stranger = GraphDatabase.driver("bolt://" + uri, AuthTokens.none())) {
				assertThatThrownBy(stranger::verifyConnectivity).isInstanceOfAny(AuthenticationException.class, ClientException.class);
			}
			try (var guesser = GraphDatabase.driver("bolt://" + uri, AuthTokens.basic("neo4j", "neo4j"))) {
				assertThatThrownBy(guesser::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}
		}

		@Test
		void theStoreOfTheBundledDocumentsTakesTensOfMegabytesNotHundreds() throws IOException {
			long bytes;
			try (Stream<Path> files = Files.walk(neo4j.dataDirectory())) {
				bytes = files.filter(Files::isRegularFile).mapToLong(file -> file.toFile().length()).sum();
			}
			assertThat(bytes).isLessThan(100L * 1024 * 1024);
		}

	}

}

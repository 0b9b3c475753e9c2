package io.plangraph.operations;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import io.plangraph.PlangraphApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A server starting on an empty database, watched from outside: while the start-up import has not run,
 * the readiness probe says OUT_OF_SERVICE and /graphql answers 503 with a GraphQL error; once it has, both
 * are up. The embedded Bolt port with a configured password refuses anyone without it; a second server on
 * the same database stops with a plain message; no generated password is logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupTest {

	static final String BOLT_PASSWORD = "a-bolt-password-for-tests";

	@Test
	void readinessIsDownAndGraphQlRefusesUntilTheStartUpImportIsDoneThenBothAreUp(CapturedOutput output) throws Exception {
		Path data = Path.of("target/test-neo4j", UUID.randomUUID().toString());
		var beforeImport = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		var port = new AtomicInteger();
		var context = new AtomicReference<ConfigurableApplicationContext>();
		// Runs before the start-up import (order 0) and holds the start there until the test has looked.
		ApplicationRunner holdBeforeImport = new HeldRunner(beforeImport, release);
		var application = new SpringApplicationBuilder(PlangraphApplication.class)
			.initializers(ctx -> {
				context.set(ctx);
				ctx.getBeanFactory().registerSingleton("holdBeforeImport", holdBeforeImport);
			})
			.listeners(event -> {
				if (event instanceof WebServerInitializedEvent web) {
					port.set(web.getWebServer().getPort());
				}
			});
		// Logging is set up once per JVM and left alone while (cached) test contexts live: start afresh, so this
		// application's own logging (ECS JSON) applies; closing it cleans up again for whoever comes next.
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		// The application's own configuration only (not the tests' config/application.yaml): CORS as shipped.
		// Logs as JSON (Elastic Common Schema), as an operator's log collector would have them.
		var started = CompletableFuture.supplyAsync(() -> application.run("--spring.config.location=classpath:/application.yaml",
				"--logging.structured.format.console=ecs", "--server.port=0",
				"--plangraph.neo4j.embedded.data-directory=" + data, "--plangraph.neo4j.embedded.bolt-port=0",
				"--plangraph.neo4j.embedded.bolt-password=" + BOLT_PASSWORD));
		try {
			assertThat(beforeImport.await(3, TimeUnit.MINUTES)).as("the server reached its runners").isTrue();
			var http = WebTestClient.bindToServer().baseUrl("http://localhost:" + port.get())
				.responseTimeout(Duration.ofSeconds(30)).build();
			String bolt = boltAddress(context.get());

			// The web server is open, the import has not run: not ready, and /graphql says why.
			try (var driver = GraphDatabase.driver("bolt://" + bolt, AuthTokens.basic("neo4j", BOLT_PASSWORD))) {
				assertThat(driver.executableQuery("MATCH (d:Document) RETURN count(d)").execute().records().getFirst()
					.get(0).asLong()).isZero();
			}
			http.get().uri("/actuator/health/readiness").exchange().expectStatus().isEqualTo(503).expectBody()
				.jsonPath("$.status").isEqualTo("OUT_OF_SERVICE");
			http.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
			http.post().uri("/graphql").header(HttpHeaders.CONTENT_TYPE, "application/json")
				.bodyValue(Map.of("query", "{ cities { edges { node { code } } } }"))
				.exchange()
				.expectStatus().isEqualTo(503)
				.expectHeader().exists("Retry-After")
				.expectBody()
				.jsonPath("$.errors[0].message").value(message -> assertThat((String) message).startsWith("The server is starting"))
				.jsonPath("$.errors[0].extensions.classification").isEqualTo("SERVER_NOT_READY");

			// The Bolt port asks for the configured password.
			try (var stranger = GraphDatabase.driver("bolt://" + bolt, AuthTokens.none())) {
				assertThatThrownBy(stranger::verifyConnectivity).isInstanceOfAny(AuthenticationException.class, ClientException.class);
			}
			try (var guesser = GraphDatabase.driver("bolt://" + bolt, AuthTokens.basic("neo4j", "neo4j"))) {
				assertThatThrownBy(guesser::verifyConnectivity).isInstanceOf(AuthenticationException.class);
			}

			release.countDown();
			try (var running = started.get(3, TimeUnit.MINUTES)) {
				http.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
					.jsonPath("$.status").isEqualTo("UP");
				http.post().uri("/graphql").header(HttpHeaders.CONTENT_TYPE, "application/json")
					.bodyValue(Map.of("query", "query citiesOnceReady { cities { edges { node { code } } } }"))
					.exchange()
					.expectStatus().isOk()
					.expectBody().jsonPath("$.data.cities.edges.length()").isEqualTo(4);

				assertThat(output).contains("Imported 5/5 ").containsPattern("Committed 5/5 document\\(s\\) in \\d+\\.\\d s")
					.doesNotContain("Using generated security password")
					// one JSON object a line, the request's operation a field of its own
					.containsPattern("\\{\"@timestamp\":\"[^\"]+\".*\"message\":\"GraphQL citiesOnceReady \\d+ ms ok\"")
					.containsPattern("\"(graphql\\.)?operation\":\"citiesOnceReady\"");

				// CORS is off unless origins are configured: a preflight gets no CORS header.
				http.options().uri("/graphql")
					.header(HttpHeaders.ORIGIN, "https://dashboard.example.org")
					.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
					.exchange()
					.expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

				secondServerOnTheSameDatabaseStopsWithAPlainMessage(data, output);
			}
		}
		finally {
			release.countDown();
		}
	}

	void secondServerOnTheSameDatabaseStopsWithAPlainMessage(Path data, CapturedOutput output) {
		int before = output.getAll().length();
		assertThatThrownBy(() -> new SpringApplicationBuilder(PlangraphApplication.class).run("--server.port=0",
				"--plangraph.neo4j.embedded.data-directory=" + data, "--plangraph.neo4j.embedded.bolt-port=0"))
			.hasStackTraceContaining("DatabaseInUseException");
		String report = output.getAll().substring(before);
		assertThat(report).contains("APPLICATION FAILED TO START")
			.contains("is in use: another plangraph server (or command) is running on it")
			.doesNotContain("\tat org.neo4j");
	}

	static String boltAddress(ConfigurableApplicationContext context) {
		var bolt = ((GraphDatabaseAPI) context.getBean(DatabaseManagementService.class).database("neo4j"))
			.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		return bolt.getHost() + ":" + bolt.getPort();
	}

	/** An application runner that signals it was reached and waits to be released. */
	record HeldRunner(CountDownLatch reached, CountDownLatch release) implements ApplicationRunner, Ordered {

		@Override
		public void run(org.springframework.boot.ApplicationArguments args) throws Exception {
			reached.countDown();
			release.await(3, TimeUnit.MINUTES);
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE;
		}

	}

}

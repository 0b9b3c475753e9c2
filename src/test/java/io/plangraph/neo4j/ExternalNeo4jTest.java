package io.plangraph.neo4j;

import java.time.Duration;
import java.util.Map;

import io.plangraph.importer.PlanImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.Driver;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code spring.neo4j.uri} set, the same application uses that server — here a separate Neo4j
 * (neo4j-harness) standing in for a production server — and starts no database of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
class ExternalNeo4jTest {

	static final Neo4j server = Neo4jBuilders.newInProcessBuilder()
		.withDisabledServer()
		// Closed by the test, after the last query: Bolt's two thread groups need not wait Netty's quiet period
		// (5 s each) for work that cannot come (as the tests' embedded databases, config/application.yaml).
		.withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ZERO)
		.build();

	@DynamicPropertySource
	static void pointAtTheExternalServer(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", server::boltURI);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", () -> "unused-auth-is-off");
	}

	@AfterAll
	static void stopServer() {
		server.close();
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	Driver driver;

	@Autowired
	PlanImporter importer;

	@Test
	void startsNoEmbeddedDatabaseAndMigratesAndFillsTheExternalOne() {
		assertThat(context.getBeanNamesForType(DatabaseManagementService.class)).isEmpty();
		var external = server.defaultDatabaseService();
		try (var tx = external.beginTx()) {
			assertThat(tx.execute("MATCH (d:Document) RETURN count(d) AS n").<Long>columnAs("n").next()).isEqualTo(5L);
			assertThat(tx.execute("SHOW CONSTRAINTS YIELD name WHERE name = 'indicator_id' RETURN count(*) AS n")
				.<Long>columnAs("n").next()).isEqualTo(1L);
		}
		assertThat(importer.isEmpty()).isFalse();
		assertThat(driver.executableQuery("RETURN $x AS x").withParameters(Map.of("x", 1)).execute().records()).hasSize(1);
	}

}

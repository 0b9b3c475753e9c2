package io.plangraph.neo4j;

import io.plangraph.importer.PlanImporter;
import org.junit.jupiter.api.Test;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.neo4j.Neo4jContainer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against a real Neo4j server in Docker, as in production. Skipped where no Docker engine runs.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@Testcontainers(disabledWithoutDocker = true)
class Neo4jContainerTest {

	@Container
	static final Neo4jContainer neo4j = new Neo4jContainer("neo4j:2026.08").withAdminPassword("plangraph-test");

	@DynamicPropertySource
	static void neo4jProperties(DynamicPropertyRegistry registry) {
		registry.add("spring.neo4j.uri", neo4j::getBoltUrl);
		registry.add("spring.neo4j.authentication.username", () -> "neo4j");
		registry.add("spring.neo4j.authentication.password", neo4j::getAdminPassword);
	}

	@Autowired
	PlanImporter importer;

	@Test
	void migratesAndImportsTheBundledDocumentsIntoAServer() {
		assertThat(importer.isEmpty()).isFalse();
	}

}

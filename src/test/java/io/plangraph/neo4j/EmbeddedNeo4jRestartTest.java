package io.plangraph.neo4j;

import java.nio.file.Path;

import io.plangraph.PlangraphApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database keeps its data across restarts, and a crash while migrating does not block the next
 * start. Four starts of a whole application: run with the kill-and-restart tests ({@code mvn test -Pdurability}).
 */
@Tag("durability")
class EmbeddedNeo4jRestartTest {

	@TempDir
	Path dataDirectory;

	ConfigurableApplicationContext start() {
		// Command-line arguments, so they win over the test configuration's random data directory.
		return new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.NONE)
			.run("--plangraph.neo4j.embedded.data-directory=" + dataDirectory, "--plangraph.neo4j.embedded.bolt-port=0",
					// A configured password, the same at every start: a restart must not trip over it.
					"--plangraph.neo4j.embedded.bolt-password=the-same-password");
	}

	long count(ConfigurableApplicationContext context, String cypher) {
		return context.getBean(Driver.class).executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

	@Test
	void restartsOnTheSameDataWithoutImportingOrMigratingTwice() {
		long documents;
		long migrations;
		try (var first = start()) {
			documents = count(first, "MATCH (d:Document) RETURN count(d)");
			migrations = count(first, "MATCH (m:__Neo4jMigration) RETURN count(m)");
			first.getBean(Driver.class).executableQuery("CREATE (:Marker {survives: true})").execute();
			assertThat(count(first, "MATCH (m:Marker) RETURN count(m)")).isEqualTo(1);
		}
		try (var second = start()) {
			assertThat(count(second, "MATCH (d:Document) RETURN count(d)")).isEqualTo(documents).isEqualTo(5);
			assertThat(count(second, "MATCH (m:__Neo4jMigration) RETURN count(m)")).isEqualTo(migrations);
			assertThat(count(second, "MATCH (m:Marker) RETURN count(m)")).isEqualTo(1);
		}
	}

	@Test
	void startsAfterAProcessDiedWhileMigratingAndLeftItsLockBehind() {
		try (var first = start()) {
			// What neo4j-migrations leaves when the process is killed between taking and releasing its lock.
			first.getBean(Driver.class)
				.executableQuery("CREATE (:__Neo4jMigrationsLock {id: randomUUID(), name: 'John Doe'})")
				.execute();
		}
		try (var second = start()) {
			assertThat(count(second, "MATCH (l:__Neo4jMigrationsLock) RETURN count(l)")).isZero();
			assertThat(second.getBean(SchemaMigrations.class).version()).isNotNull();
		}
	}

}

package io.plangraph.neo4j;

import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded database does not report its use to Neo4j: a city's closed network has no route out. */
@PlangraphTest
class NothingLeavesTheMachineTest {

	@Autowired
	DatabaseManagementService embeddedNeo4j;

	@Test
	void theEmbeddedDatabaseSendsNoUsageReport() {
		var database = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		Config config = database.getDependencyResolver().resolveDependency(Config.class);

		assertThat(config.get(GraphDatabaseSettings.udc_enabled)).isFalse();
	}

}

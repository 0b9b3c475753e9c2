package io.plangraph.neo4j;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j inside this process when no external server is configured ({@code spring.neo4j.uri}
 * unset), and points the application's driver at it over Bolt.
 *
 * <p>Only Bolt is started: Neo4j's HTTP server needs Jersey and javax APIs that clash with Spring Boot 4.
 * Bolt on loopback is enough for Neo4j Browser or cypher-shell to look at the same graph.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isEmpty()")
class EmbeddedNeo4jConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

	@Bean(destroyMethod = "shutdown")
	DatabaseManagementService embeddedNeo4j(EmbeddedNeo4jProperties properties) {
		log.info("Starting embedded Neo4j in {} (Bolt on {}:{})", properties.dataDirectory().toAbsolutePath(),
				properties.boltAddress(), properties.boltPort());
		return new DatabaseManagementServiceBuilder(properties.dataDirectory())
			.setConfig(BoltConnector.enabled, true)
			.setConfig(BoltConnector.listen_address,
					new SocketAddress(properties.boltAddress(), properties.boltPort()))
			.setConfig(HttpConnector.enabled, false)
			.setConfig(HttpsConnector.enabled, false)
			.setConfig(GraphDatabaseSettings.auth_enabled, false)
			.build();
	}

	@Bean(destroyMethod = "close")
	Driver neo4jDriver(DatabaseManagementService embeddedNeo4j) {
		var database = (GraphDatabaseAPI) embeddedNeo4j.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		var bolt = database.getDependencyResolver()
			.resolveDependency(ConnectorPortRegister.class)
			.getLocalAddress(ConnectorType.BOLT);
		String uri = "bolt://" + bolt.getHost() + ":" + bolt.getPort();
		log.info("Embedded Neo4j is listening on {}", uri);
		return GraphDatabase.driver(uri, AuthTokens.none(), Config.defaultConfig());
	}

}

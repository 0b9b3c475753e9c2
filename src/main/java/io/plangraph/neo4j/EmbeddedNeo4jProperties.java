package io.plangraph.neo4j;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the in-process Neo4j runs when no external server is configured.
 *
 * @param dataDirectory the directory that holds the database; it survives restarts
 * @param boltAddress the address Bolt listens on; loopback keeps the database private to this machine
 * @param boltPort the Bolt port (7687 like a Neo4j server, so Neo4j Browser and cypher-shell find it);
 *     0 picks a free port
 */
@ConfigurationProperties("plangraph.neo4j.embedded")
public record EmbeddedNeo4jProperties(
		@DefaultValue("data/neo4j") Path dataDirectory,
		@DefaultValue("127.0.0.1") String boltAddress,
		@DefaultValue("7687") int boltPort) {
}

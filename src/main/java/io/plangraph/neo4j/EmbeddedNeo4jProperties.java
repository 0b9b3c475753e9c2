package io.plangraph.neo4j;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where and how the in-process Neo4j runs when no external server is configured.
 *
 * @param dataDirectory the directory that holds the database; it survives restarts
 * @param boltAddress the address Bolt listens on; loopback keeps the database private to this machine
 * @param boltPort the Bolt port (7687 like a Neo4j server, so Neo4j Browser and cypher-shell find it);
 *     0 picks a free port
 * @param boltPassword the password of the database user {@code neo4j} for whoever else connects over
 *     Bolt (Neo4j Browser, cypher-shell); unset, a random one that only this process knows, so nobody else
 *     gets in
 * @param settings Neo4j's own settings by their Neo4j names ({@code server.memory.pagecache.size},
 *     {@code db.tx_log.rotation.size}, …), applied as given
 */
@ConfigurationProperties("plangraph.neo4j.embedded")
public record EmbeddedNeo4jProperties(
		@DefaultValue("data/neo4j") Path dataDirectory,
		@DefaultValue("127.0.0.1") String boltAddress,
		@DefaultValue("7687") int boltPort,
		String boltPassword,
		@DefaultValue Map<String, String> settings) {

	public EmbeddedNeo4jProperties {
		if (boltPassword != null && boltPassword.length() < 8) {
			throw new IllegalArgumentException(
					"plangraph.neo4j.embedded.bolt-password must have 8 characters at least (Neo4j's minimum)");
		}
	}

	/** Without the password: properties end up in logs and error messages. */
	@Override
	public String toString() {
		return "EmbeddedNeo4jProperties[dataDirectory=%s, boltAddress=%s, boltPort=%d, boltPassword=%s, settings=%s]"
			.formatted(dataDirectory, boltAddress, boltPort, boltPassword == null ? "(random)" : "(set)", settings);
	}

}

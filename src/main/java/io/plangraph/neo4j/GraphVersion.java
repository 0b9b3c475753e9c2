package io.plangraph.neo4j;

import java.util.Map;

import org.neo4j.driver.SimpleQueryRunner;

import org.springframework.stereotype.Component;

/**
 * The version of the data: a counter that every write transaction of plangraph raises, in the same
 * transaction, whichever process writes (the server, a command-line import against an external database).
 * What is kept in memory across requests is kept for one version, so the very next read after a write
 * commits sees it. Writes made outside plangraph (Cypher in Neo4j Browser) must raise it too, or be
 * followed by a restart: {@code MERGE (v:GraphVersion {id: 'graph'}) SET v.value = coalesce(v.value, 0) + 1}.
 */
@Component
public final class GraphVersion {

	private static final String RAISE = """
			MERGE (v:GraphVersion {id: 'graph'})
			SET v.value = coalesce(v.value, 0) + 1
			""";

	private final GraphReader graph;

	GraphVersion(GraphReader graph) {
		this.graph = graph;
	}

	/**
	 * Raises the version inside a write transaction. Called first in every write transaction, so that its lock
	 * orders plangraph's writes one after another and two writes never wait for each other's locks.
	 */
	public static void raise(SimpleQueryRunner tx) {
		tx.run(RAISE).consume();
	}

	/** The version now: one small round trip. */
	public long current() {
		return graph.one("OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN coalesce(v.value, 0) AS value", Map.of(),
				r -> r.get("value").asLong()).orElse(0L);
	}

}

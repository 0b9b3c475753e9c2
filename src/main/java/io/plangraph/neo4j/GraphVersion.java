package io.plangraph.neo4j;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.driver.SimpleQueryRunner;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.event.TransactionData;
import org.neo4j.graphdb.event.TransactionEventListenerAdapter;

import org.springframework.beans.factory.ObjectProvider;

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

	private static final Label VERSION = Label.label("GraphVersion");

	private static final String CURRENT = "OPTIONAL MATCH (v:GraphVersion {id: 'graph'}) RETURN coalesce(v.value, 0) AS value";

	private final GraphReader graph;

	private final GraphDatabaseService embedded;

	/** Write transactions committed in the embedded database since start, however they came in (Bolt included). */
	private final AtomicLong commits = new AtomicLong();

	/** The version last read, and how many commits there had been just before it was read. */
	private volatile Known known;

	GraphVersion(GraphReader graph, ObjectProvider<DatabaseManagementService> embeddedNeo4j) {
		this.graph = graph;
		var service = embeddedNeo4j.getIfAvailable();
		this.embedded = service == null ? null : service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		if (service != null) {
			service.registerTransactionEventListener(GraphDatabaseSettings.DEFAULT_DATABASE_NAME,
					new TransactionEventListenerAdapter<>() {

						@Override
						public void afterCommit(TransactionData data, Object state, GraphDatabaseService database) {
							commits.incrementAndGet();
						}

					});
		}
	}

	private record Known(long commits, long version) {
	}

	/**
	 * Raises the version inside a write transaction. Called first in every write transaction, so that its lock
	 * orders plangraph's writes one after another and two writes never wait for each other's locks.
	 */
	public static void raise(SimpleQueryRunner tx) {
		tx.run(RAISE).consume();
	}

	/**
	 * The version now. Every cached read asks it, so it is read the cheapest way there is: from the embedded
	 * database in the process itself when there is one (no Bolt round trip), else one small query.
	 */
	public long current() {
		if (embedded != null) {
			// The version can only change when a write commits, and the database tells of every commit (from
			// this process or over Bolt from another): until the next one, the version read last is current.
			// Counting before reading means a commit that races the read only causes one more read.
			long committed = commits.get();
			Known last = known;
			if (last != null && last.commits() == committed) {
				return last.version();
			}
			long version = readEmbedded();
			known = new Known(committed, version);
			return version;
		}
		return graph.one(CURRENT, Map.of(), r -> r.get("value").asLong()).orElse(0L);
	}

	/** The kernel's own API: one index seek, no Cypher to plan or run. */
	private long readEmbedded() {
		try (var tx = embedded.beginTx()) {
			var version = tx.findNode(VERSION, "id", "graph");
			return version == null ? 0L : ((Number) version.getProperty("value", 0L)).longValue();
		}
	}

}

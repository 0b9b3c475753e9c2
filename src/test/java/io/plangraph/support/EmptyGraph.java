package io.plangraph.support;

import io.plangraph.neo4j.GraphVersion;
import org.neo4j.driver.Driver;

/**
 * Empties the shared test database, as a fresh data directory would be, so a command test can run its
 * command in-process against the shared context instead of starting an application on a new database.
 * The migrations' own nodes stay (a fresh database has them too, after the start), and the data version is
 * raised in the same transaction, so nothing kept in memory for the old graph is read again.
 */
public final class EmptyGraph {

	private EmptyGraph() {
	}

	public static void of(Driver driver) {
		try (var session = driver.session()) {
			session.executeWriteWithoutResult(tx -> {
				GraphVersion.raise(tx);
				tx.run("""
						MATCH (n)
						WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration' OR l = 'GraphVersion')
						DETACH DELETE n
						""").consume();
			});
		}
	}

}

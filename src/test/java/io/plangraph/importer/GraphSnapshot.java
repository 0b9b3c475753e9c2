package io.plangraph.importer;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

/** The whole graph as text, to compare before and after: what "changes nothing" means in a test. */
public final class GraphSnapshot {

	private GraphSnapshot() {
	}

	/**
	 * Every node and relationship with all its properties, in a stable order — bookkeeping aside: import times,
	 * the migrations' own nodes and the data version (which every write raises, even one that changes nothing).
	 */
	public static String of(Driver driver) {
		var nodes = driver.executableQuery("""
				MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration' OR l = 'GraphVersion')
				RETURN labels(n) AS labels, properties(n) AS properties
				""").execute().records().stream()
			.map(r -> r.get("labels").asList().toString() + new TreeMap<>(withoutImportTime(r.get("properties").asMap())))
			.sorted()
			.toList();
		var relationships = driver.executableQuery("""
				MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__Neo4jMigration')
				RETURN coalesce(a.id, a.code, a.text, a.asOfText, '?') + '-' + type(r) + '->'
				       + coalesce(b.id, b.code, b.text, b.asOfText, '?') AS link,
				       properties(r) AS properties
				""").execute().records().stream()
			.map(r -> r.get("link").asString() + new TreeMap<>(r.get("properties").asMap()))
			.sorted()
			.toList();
		return nodes.size() + " nodes, " + relationships.size() + " relationships\n" + String.join("\n", nodes) + "\n"
				+ String.join("\n", relationships);
	}

	private static Map<String, Object> withoutImportTime(Map<String, Object> properties) {
		var copy = new HashMap<>(properties);
		copy.remove("importedAt");
		return copy;
	}

}

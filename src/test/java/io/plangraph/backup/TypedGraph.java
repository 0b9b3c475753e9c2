package io.plangraph.backup;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** The whole graph as text, each property with its Cypher type, in a stable order: "the same graph" in a test. */
final class TypedGraph {

	private TypedGraph() {
	}

	static String of(Driver driver) {
		var nodes = driver.executableQuery("""
				MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
				RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties""").execute().records();
		var described = new HashMap<String, String>();
		nodes.forEach(r -> described.put(r.get("id").asString(),
				r.get("labels").asList().toString() + typed(r.get("properties").asMap(v -> v))));
		var relationships = driver.executableQuery("""
				MATCH (a)-[r]->(b) WHERE NOT any(l IN labels(a) WHERE l STARTS WITH '__Neo4jMigration')
				RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS properties""")
			.execute().records().stream()
			.map(r -> described.get(r.get("a").asString()) + " -" + r.get("type").asString()
					+ typed(r.get("properties").asMap(v -> v)) + "-> " + described.get(r.get("b").asString()))
			.sorted()
			.toList();
		return described.size() + " nodes, " + relationships.size() + " relationships\n"
				+ String.join("\n", described.values().stream().sorted().toList()) + "\n" + String.join("\n", relationships);
	}

	private static String typed(Map<String, Value> properties) {
		var sorted = new TreeMap<String, String>();
		properties.forEach((name, value) -> sorted.put(name, value.type().name() + ":" + value.asObject()));
		return sorted.toString();
	}

}

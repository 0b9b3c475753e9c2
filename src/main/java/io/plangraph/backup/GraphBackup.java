package io.plangraph.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.plangraph.neo4j.SchemaMigrations;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.QueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;

/**
 * A backup of the whole graph as JSON lines — every node with its labels and typed properties, every
 * relationship — read in one read transaction, so it is a consistent snapshot even while the server
 * answers and writes: documents, values and progress reports recorded through the API, API key records
 * (hashes only), the change history. The schema (constraints, indexes) is not in it: migrations make it.
 *
 * <p>A restore writes such a file into a database with no data, in one transaction: all or nothing.
 */
@Service
public class GraphBackup {

	private static final Logger log = LoggerFactory.getLogger(GraphBackup.class);

	static final String FORMAT = "plangraph-backup";

	/** neo4j-migrations' own bookkeeping: made by the migrations when the restored database starts. */
	private static final String SCHEMA_BOOKKEEPING = "ANY(l IN labels(%s) WHERE l STARTS WITH '__Neo4jMigration')";

	private static final int BATCH = 1000;

	private final ObjectMapper json = JsonMapper.builder().build();

	private final Driver driver;

	private final SchemaMigrations schema;

	private final Clock clock;

	GraphBackup(Driver driver, SchemaMigrations schema, Clock clock) {
		this.driver = driver;
		this.schema = schema;
		this.clock = clock;
	}

	/** How many nodes and relationships a backup or restore handled. */
	public record Counts(long nodes, long relationships) {
	}

	/** A restore refused before anything was written. */
	public static final class RestoreRefused extends RuntimeException {

		RestoreRefused(String message) {
			super(message);
		}

	}

	public Counts backup(Path file) {
		try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			return backup(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the backup to " + file + ": " + ex.getMessage(), ex);
		}
	}

	public Counts backup(Writer out) throws IOException {
		long nodes = 0;
		long relationships = 0;
		var session = driver.session(SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build());
		try (session; var tx = session.beginTransaction()) {
			var header = json.createObjectNode()
				.put("format", FORMAT)
				.put("version", 1)
				.put("schema", schema.version() == null ? null : schema.version().getValue())
				.put("created", OffsetDateTime.now(clock).toString());
			line(out, header);
			var nodeRecords = tx.run("MATCH (n) WHERE NOT " + SCHEMA_BOOKKEEPING.formatted("n")
					+ " RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties");
			while (nodeRecords.hasNext()) {
				var node = nodeRecords.next();
				var line = json.createObjectNode().put("node", node.get("id").asString());
				var labels = line.putArray("labels");
				node.get("labels").asList(org.neo4j.driver.Value::asString).forEach(labels::add);
				line.set("properties", PropertyValues.toJson(node.get("properties").asMap(v -> v)));
				line(out, line);
				nodes++;
			}
			var relationshipRecords = tx.run("MATCH (a)-[r]->(b) WHERE NOT " + SCHEMA_BOOKKEEPING.formatted("a") + " AND NOT "
					+ SCHEMA_BOOKKEEPING.formatted("b")
					+ " RETURN elementId(a) AS from, type(r) AS type, elementId(b) AS to, properties(r) AS properties");
			while (relationshipRecords.hasNext()) {
				var relationship = relationshipRecords.next();
				var line = json.createObjectNode()
					.put("relationship", relationship.get("type").asString())
					.put("from", relationship.get("from").asString())
					.put("to", relationship.get("to").asString());
				line.set("properties", PropertyValues.toJson(relationship.get("properties").asMap(v -> v)));
				line(out, line);
				relationships++;
			}
			tx.commit();
		}
		out.flush();
		log.info("Backed up {} nodes and {} relationships", nodes, relationships);
		return new Counts(nodes, relationships);
	}

	private void line(Writer out, JsonNode line) throws IOException {
		out.write(json.writeValueAsString(line));
		out.write('\n');
	}

	/**
	 * Writes a backup into this database, which must hold no data (only the schema a start makes).
	 *
	 * @throws RestoreRefused if the database holds data, or the file is not a plangraph backup; nothing is
	 *     written then
	 */
	public Counts restore(Path file) {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); var session = driver.session()) {
			String first = in.readLine();
			JsonNode header;
			try {
				header = first == null ? null : json.readTree(first);
			}
			catch (RuntimeException ex) {
				header = null;
			}
			if (header == null || !FORMAT.equals(header.path("format").asString(null))) {
				throw new RestoreRefused(file + " is not a plangraph backup (its first line should name the format "
						+ FORMAT + ")");
			}
			long present = driver.executableQuery("MATCH (n) WHERE NOT " + SCHEMA_BOOKKEEPING.formatted("n") + " RETURN count(n)")
				.execute().records().getFirst().get(0).asLong();
			if (present > 0) {
				throw new RestoreRefused("The database is not empty (" + present + " nodes): a backup is restored only into "
						+ "an empty one. Start the restore on a new data directory (or an empty external database).");
			}
			// An explicit transaction, not executeWrite: a retry could not read the file again.
			try (var tx = session.beginTransaction()) {
				Counts counts = write(tx, in);
				tx.commit();
				return counts;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the backup " + file + ": " + ex.getMessage(), ex);
		}
	}

	private Counts write(QueryRunner tx, BufferedReader in) {
		var ids = new HashMap<String, String>();
		var nodes = new ArrayList<Map<String, Object>>();
		var relationships = new ArrayList<Map<String, Object>>();
		long nodeCount = 0;
		long relationshipCount = 0;
		try {
			int number = 1;
			for (String text = in.readLine(); text != null; text = in.readLine()) {
				number++;
				if (text.isBlank()) {
					continue;
				}
				JsonNode line = parse(text, number);
				if (line.has("node")) {
					nodes.add(Map.of("id", line.get("node").asString(), "labels",
							json.convertValue(line.get("labels"), List.class), "properties",
							PropertyValues.fromJson(line.get("properties"))));
					nodeCount++;
					if (nodes.size() == BATCH) {
						createNodes(tx, nodes, ids);
					}
				}
				else if (line.has("relationship")) {
					createNodes(tx, nodes, ids);
					String from = ids.get(line.get("from").asString());
					String to = ids.get(line.get("to").asString());
					if (from == null || to == null) {
						throw new RestoreRefused("line " + number + ": the relationship joins a node the backup does not hold");
					}
					relationships.add(Map.of("from", from, "to", to, "type", line.get("relationship").asString(),
							"properties", PropertyValues.fromJson(line.get("properties"))));
					relationshipCount++;
					if (relationships.size() == BATCH) {
						createRelationships(tx, relationships);
					}
				}
				else {
					throw new RestoreRefused("line " + number + ": neither a node nor a relationship");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalArgumentException ex) {
			throw new RestoreRefused("The backup holds a value it cannot restore: " + ex.getMessage());
		}
		createNodes(tx, nodes, ids);
		createRelationships(tx, relationships);
		log.info("Restored {} nodes and {} relationships", nodeCount, relationshipCount);
		return new Counts(nodeCount, relationshipCount);
	}

	private static void createNodes(QueryRunner tx, List<Map<String, Object>> nodes, Map<String, String> ids) {
		if (nodes.isEmpty()) {
			return;
		}
		tx.run("""
				UNWIND $nodes AS node
				CREATE (n:$(node.labels))
				SET n = node.properties
				RETURN node.id AS backupId, elementId(n) AS id""", Map.of("nodes", nodes))
			.forEachRemaining(r -> ids.put(r.get("backupId").asString(), r.get("id").asString()));
		nodes.clear();
	}

	private static void createRelationships(QueryRunner tx, List<Map<String, Object>> relationships) {
		if (relationships.isEmpty()) {
			return;
		}
		tx.run("""
				UNWIND $relationships AS relationship
				MATCH (a) WHERE elementId(a) = relationship.from
				MATCH (b) WHERE elementId(b) = relationship.to
				CREATE (a)-[r:$(relationship.type)]->(b)
				SET r = relationship.properties""", Map.of("relationships", relationships)).consume();
		relationships.clear();
	}

	private JsonNode parse(String text, int number) {
		try {
			return json.readTree(text);
		}
		catch (RuntimeException ex) {
			throw new RestoreRefused("line " + number + " of the backup is not JSON: " + ex.getMessage());
		}
	}

}

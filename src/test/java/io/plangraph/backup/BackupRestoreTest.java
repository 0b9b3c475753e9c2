package io.plangraph.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Backup, wipe, restore: the graph, the README's queries and the change history are exactly as before.
 * Shares EditingTest's context ("admin-key" an admin), and leaves its data as it found it.
 */
@PlangraphTestWithKeys
class BackupRestoreTest {

	static final String HACHINOHE = "022039";

	@LocalServerPort
	int port;

	@Autowired
	GraphBackup backup;

	@Autowired
	Driver driver;

	@TempDir
	Path directory;

	/** Every README query, the history of a city and of what changed in it, and the key records. */
	List<String> answers() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		var queries = new ArrayList<>(Pattern.compile("```graphql\\n(.*?)```", Pattern.DOTALL).matcher(readme).results()
			.map(m -> m.group(1))
			.filter(query -> !query.strip().startsWith("mutation"))
			.toList());
		assertThat(queries).hasSizeGreaterThanOrEqualTo(6);
		queries.add("{ history(cityCode: \"" + HACHINOHE + "\") { edges { node { id at by action cityCode targetId fields { field before after } } } } }");
		queries.add("{ history(indicatorId: \"hachinohe-job-placement-rate\") { edges { node { id at by action } } } }");
		queries.add("{ indicator(id: \"hachinohe-job-placement-rate\") { values { text } status(asOf: \"R5\") history { by action } } }");
		queries.add("{ apiKeys { id name role cities created createdBy revoked } }");
		var answers = new ArrayList<String>();
		for (String query : queries) {
			answers.add(query + "\n=> " + new String(http().post().uri("/graphql")
				.header(HttpHeaders.AUTHORIZATION, "Bearer admin-key")
				.header(HttpHeaders.CONTENT_TYPE, "application/json")
				.bodyValue(Map.of("query", query))
				.exchange()
				.expectStatus().isOk()
				.expectBody().returnResult().getResponseBody(), java.nio.charset.StandardCharsets.UTF_8));
		}
		// A query the server refuses would compare equal to itself and prove nothing.
		assertThat(answers).noneMatch(answer -> answer.contains("\"errors\""));
		return answers;
	}

	WebTestClient http() {
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(60))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(64 * 1024 * 1024)).build();
	}

	String graph() {
		return TypedGraph.of(driver);
	}

	@Test
	void backupWipeRestoreAnswersEveryReadmeQueryAndTheHistoryExactlyAsBefore() throws IOException {
		// Something recorded through the API, a key made at run time: both must come back.
		GraphQlClient.withKey(port, "admin-key").document("""
				mutation { recordActual(input: {indicatorId: "hachinohe-job-placement-rate", fiscalYear: "R5", value: "97.5%"}) {
				  change { by } } }""").execute().path("recordActual.change.by").entity(String.class).isEqualTo("admin");
		GraphQlClient.withKey(port, "admin-key").document("""
				mutation { createApiKey(input: {name: "backup-test-key", role: EDITOR, cities: ["022039"]}) { key } }""")
			.execute().path("createApiKey.key").hasValue();

		String graphBefore = graph();
		freshSearchIndex();
		List<String> answersBefore = answers();
		assertThat(String.join("\n", answersBefore)).contains("97.5").contains("backup-test-key").contains("RECORD_ACTUAL");

		Path file = directory.resolve("plangraph.backup");
		var counts = backup.backup(file);
		assertThat(counts.nodes()).isGreaterThan(500);
		assertThat(counts.relationships()).isGreaterThan(1000);
		assertThat(Files.readAllLines(file).getFirst()).contains("\"format\":\"plangraph-backup\"");

		assertThatThrownBy(() -> backup.restore(file)).isInstanceOf(GraphBackup.RestoreRefused.class)
			.hasMessageContaining("The database is not empty");
		assertThat(graph()).isEqualTo(graphBefore);

		driver.executableQuery("MATCH (n) WHERE NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') DETACH DELETE n")
			.execute();
		assertThat(graph()).startsWith("0 nodes, 0 relationships");

		var restored = backup.restore(file);
		assertThat(restored).isEqualTo(counts);
		assertThat(graph()).isEqualTo(graphBefore);
		freshSearchIndex();
		assertThat(answers()).isEqualTo(answersBefore);
	}

	/**
	 * Search ranks by the full-text index's scores, which count the entries a wipe or an update deleted until
	 * the index is compacted: the same data can rank two near-equal hits the other way round. Both sides are
	 * compared on a freshly built index, as a restore into a new database has.
	 */
	void freshSearchIndex() throws IOException {
		String create = Files.readString(Path.of("neo4j/migrations/V0003__Japanese_full_text_search.cypher"))
			.replaceAll("(?m)^//.*\\n", "").strip();
		driver.executableQuery("DROP INDEX plan_text IF EXISTS").execute();
		driver.executableQuery(create.endsWith(";") ? create.substring(0, create.length() - 1) : create).execute();
		driver.executableQuery("CALL db.awaitIndexes(300)").execute();
	}

	@Test
	void aRunningServerIsBackedUpOverHttpWithAnAdminKeyOnly() {
		http().get().uri("/actuator/backup").exchange().expectStatus().isUnauthorized();
		String body = http().get().uri("/actuator/backup").header(HttpHeaders.AUTHORIZATION, "Bearer admin-key").exchange()
			.expectStatus().isOk()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(body.lines().findFirst().orElseThrow()).contains("\"format\":\"plangraph-backup\"");
		assertThat(body).contains("\"labels\":[\"Document\"]").contains("\"relationship\":");
	}

	@Test
	void aFileThatIsNotABackupIsRefusedWithNothingWritten() throws IOException {
		Path file = Files.writeString(directory.resolve("not-a-backup.yaml"), "document:\n  id: x\n");
		String before = graph();
		assertThatThrownBy(() -> backup.restore(file)).isInstanceOf(GraphBackup.RestoreRefused.class)
			.hasMessageContaining("is not a plangraph backup");
		assertThat(graph()).isEqualTo(before);
	}

}

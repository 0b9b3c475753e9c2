package io.plangraph.neo4j;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.plangraph.PlangraphApplication;
import io.plangraph.importer.PlanImporter;
import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plan trees and comparisons are kept in memory across requests, and still every read sees the write
 * before it: a write through the API, an import in the server, and an import run by the command line
 * (another application, writing over Bolt) each show in the very next read of a tree and a comparison.
 */
@PlangraphTestWithKeys
class CachedReadsSeeEveryWriteTest {

	static final String READ = """
			{ plan(id: "cache-check") { elements { indicators { values(type: ACTUAL) { text } } } }
			  compare(concept: "business-attraction", cityCodes: ["082023"]) {
			    cities { indicators { indicator { id } latest latestYear { year } } } } }""";

	@LocalServerPort
	int port;

	@Autowired
	PlanImporter importer;

	@Autowired
	DatabaseManagementService database;

	@Autowired
	EmbeddedNeo4jConfiguration.BoltPassword password;

	@TempDir
	Path folder;

	@Test
	void aTreeAndAComparisonReadTwiceShowTheWriteThatCameBetween() throws Exception {
		importer.importDocuments(List.of(new DocumentSource("cache-check.yaml", document("3件"))));
		assertActuals(List.of("3件"), 3.0, 2023);
		assertActuals(List.of("3件"), 3.0, 2023);

		GraphQlClient.withKey(port, "hitachi-key").document("""
				mutation { recordActual(input: {indicatorId: "cache-check-attraction", fiscalYear: "R6", value: "4件"}) { changed } }""")
			.execute()
			.path("recordActual.changed").entity(Boolean.class).isEqualTo(true);
		assertActuals(List.of("3件", "4件"), 4.0, 2024);

		importer.importDocuments(List.of(new DocumentSource("cache-check.yaml", document("5件"))));
		assertActuals(List.of("5件", "4件"), 4.0, 2024);

		Path file = Files.writeString(folder.resolve("cache-check.yaml"), document("5件", "{type: ACTUAL, year: R7, value: 8件}"));
		try (var command = new SpringApplicationBuilder(PlangraphApplication.class).web(WebApplicationType.NONE)
			.profiles("import")
			.run("import", file.toString(), "--spring.neo4j.uri=bolt://127.0.0.1:" + boltPort(),
					"--spring.neo4j.authentication.username=neo4j",
					"--spring.neo4j.authentication.password=" + password.value())) {
			assertThat(SpringApplication.exit(command)).isZero();
		}
		assertActuals(List.of("5件", "4件", "8件"), 8.0, 2025);
	}

	private void assertActuals(List<String> tree, double latest, int latestYear) {
		var response = GraphQlClient.over(port).document(READ).execute();
		response.path("plan.elements[0].indicators[0].values[*].text").entityList(String.class).containsExactly(tree.toArray(String[]::new));
		// ordered by city, then id: cache-check-attraction before hitachi-business-attraction
		response.path("compare.cities[0].indicators[0].indicator.id").entity(String.class).isEqualTo("cache-check-attraction");
		response.path("compare.cities[0].indicators[0].latest").entity(Double.class).isEqualTo(latest);
		response.path("compare.cities[0].indicators[0].latestYear.year").entity(Integer.class).isEqualTo(latestYear);
	}

	private int boltPort() {
		var api = (GraphDatabaseAPI) database.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
		return api.getDependencyResolver().resolveDependency(ConnectorPortRegister.class).getLocalAddress(ConnectorType.BOLT).getPort();
	}

	/** A one-element plan of 日立市 with one indicator of the concept 企業誘致件数. */
	private static String document(String actualR5, String... moreValues) {
		var more = new StringBuilder();
		for (String value : moreValues) {
			more.append("      - ").append(value).append('\n');
		}
		return """
				format: plangraph/1
				document: {id: cache-check, title: 確認用計画, source: generated}
				city: {code: "082023", name: 日立市, prefecture: 茨城県}
				plans:
				  - id: cache-check
				    title: 確認用計画
				    kind: OTHER
				    elements:
				      - key: goal
				        kind: GOAL
				        title: 確認用の目標
				        indicators: [{ref: cache-check-attraction, role: KPI}]
				indicators:
				  - id: cache-check-attraction
				    name: 確認用の企業誘致件数
				    unit: 件
				    direction: HIGHER_IS_BETTER
				    concept: business-attraction
				    values:
				      - {type: BASELINE, year: R3, value: 2件}
				      - {type: TARGET, year: R8, value: 10件以上}
				      - {type: ACTUAL, year: R5, value: %s}
				%s""".formatted(actualR5, more);
	}

}

package io.plangraph.neo4j;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema the migrations leave behind: what is unique, and what reads can find without a scan. */
@PlangraphTest
class GraphSchemaTest {

	@Autowired
	Driver driver;

	@Autowired
	SchemaMigrations migrations;

	List<String> names(String show) {
		return driver.executableQuery(show + " YIELD name RETURN name").execute().records().stream()
			.map(r -> r.get("name").asString())
			.toList();
	}

	@Test
	void themesTaxonomiesAndChangesAreUniqueByTheirIds() {
		assertThat(names("SHOW CONSTRAINTS")).contains("theme_id", "taxonomy_id", "change_id", "graph_version_id");
	}

	@Test
	void readsByCityPlanAndHistoryTargetAreIndexed() {
		assertThat(names("SHOW INDEXES")).contains("plan_city", "plan_element_city", "plan_element_plan",
				"indicator_city", "change_target", "change_city", "change_at");
	}

	@Test
	void everyMigrationFileIsAppliedExactlyOnce() throws IOException {
		var files = Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath:neo4j/migrations/V*.cypher"))
			.map(file -> file.getFilename().substring(1, file.getFilename().indexOf("__")))
			.sorted()
			.toList();
		var applied = driver.executableQuery("MATCH (m:__Neo4jMigration) WHERE m.version <> 'BASELINE' RETURN m.version AS version")
			.execute().records().stream()
			.map(r -> r.get("version").asString())
			.sorted()
			.toList();
		assertThat(applied).isEqualTo(files).contains("0005");
		assertThat(migrations.version().getValue()).isEqualTo(files.getLast());
	}

}

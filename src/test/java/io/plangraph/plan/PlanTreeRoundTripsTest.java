package io.plangraph.plan;

import java.util.List;

import io.plangraph.importer.PlanImporter;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.GraphVersion;
import org.neo4j.driver.Driver;
import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
import io.plangraph.support.SyntheticPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole plan tree costs the same number of database round trips however large it is: children,
 * indicators and values are loaded once per level, never once per element. Round trips are counted as
 * the queries the API's one read path sends to Neo4j.
 */
@PlangraphTest(properties = "plangraph.import.on-empty-database=false")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanTreeRoundTripsTest {

	@Autowired
	PlanImporter importer;

	@Autowired
	GraphReader reader;

	@Autowired
	Driver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	void importASmallAndALargeTree() {
		importer.importDocuments(List.of(SyntheticPlan.of("small-tree", 1, 1, 1, 1), SyntheticPlan.of("large-tree", 4, 5, 5, 4)));
	}

	long roundTripsFor(String planId, int expectedLeaves) {
		return roundTripsFor("planTree", planId, expectedLeaves);
	}

	long roundTripsFor(String document, String planId, int expectedLeaves) {
		long before = queries();
		GraphQlClient.over(port)
			.documentName(document)
			.variable("id", planId)
			.execute()
			.path("plan.elements[*].children[*].children[*].children[*].indicators[*].values[*].text")
			.entityList(String.class)
			.hasSize(expectedLeaves * 3);
		return queries() - before;
	}

	@Test
	void aPlanTreeFourLevelsDeepCostsTheSameRoundTripsWithFourElementsAsWithFiveHundred() {
		newVersion();
		long small = roundTripsFor("small-tree", 1);
		newVersion();
		long large = roundTripsFor("large-tree", 4 * 5 * 5 * 4);
		assertThat(small).isPositive().isLessThanOrEqualTo(3);
		assertThat(large).isEqualTo(small);
	}

	@Test
	void everyStatusAndRollUpInTheTreeCostsNoRoundTripBeyondTheTreeItself() {
		newVersion();
		long without = roundTripsFor("planTree", "large-tree", 4 * 5 * 5 * 4);
		newVersion();
		long with = roundTripsFor("planTreeWithStatuses", "large-tree", 4 * 5 * 5 * 4);
		assertThat(with).isEqualTo(without);
	}

	@Test
	void aTreeReadAgainIsAnsweredFromMemoryWithoutARoundTrip() {
		newVersion();
		long first = roundTripsFor("large-tree", 4 * 5 * 5 * 4);
		long again = roundTripsFor("large-tree", 4 * 5 * 5 * 4);
		long withStatuses = roundTripsFor("planTreeWithStatuses", "large-tree", 4 * 5 * 5 * 4);
		// The plan and its city the first time; then nothing but the data version, which the embedded database
		// answers in the process.
		assertThat(first).isEqualTo(2);
		assertThat(again).isZero();
		assertThat(withStatuses).isZero();
	}

	@Test
	void anIndicatorWithItsUsersReadAgainIsAnsweredFromMemoryWithoutARoundTrip() {
		newVersion();
		long first = indicatorWithUsers();
		long again = indicatorWithUsers();
		assertThat(first).isEqualTo(3);
		assertThat(again).isZero();
	}

	private long indicatorWithUsers() {
		long before = queries();
		GraphQlClient.over(port)
			.document("{ indicator(id: \"large-tree-g1-m2\") { name usedBy { role element { title plan { title } } } } }")
			.execute()
			.path("indicator.usedBy[*].element.title").entityList(String.class).containsExactly("要素 g1-m2")
			.path("indicator.usedBy[*].element.plan.title").entityList(String.class).containsExactly("試験計画");
		return queries() - before;
	}

	@Test
	void aWriteIsSeenByTheVeryNextReadOfAKeptTree() {
		roundTripsFor("small-tree", 1);
		roundTripsFor("small-tree", 1);
		importer.importDocuments(List.of(SyntheticPlan.of("small-tree", 1, 1, 1, 2)));
		roundTripsFor("small-tree", 2);
		importer.importDocuments(List.of(SyntheticPlan.of("small-tree", 1, 1, 1, 1)));
		roundTripsFor("small-tree", 1);
	}

	/** What any write does to the data version: whatever was kept in memory is read afresh. */
	private void newVersion() {
		try (var session = driver.session()) {
			session.executeWrite(tx -> {
				GraphVersion.raise(tx);
				return null;
			});
		}
	}

	private long queries() {
		return reader.queriesRun();
	}

}

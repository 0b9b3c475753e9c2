package io.plangraph.plan;

import java.util.List;

import io.plangraph.importer.PlanImporter;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.importer.PlanImporter.DocumentSource;
import io.plangraph.support.GraphQlClient;
import io.plangraph.support.PlangraphTest;
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
		long small = roundTripsFor("small-tree", 1);
		long large = roundTripsFor("large-tree", 4 * 5 * 5 * 4);
		assertThat(small).isPositive().isLessThanOrEqualTo(3);
		assertThat(large).isEqualTo(small);
	}

	@Test
	void everyStatusAndRollUpInTheTreeCostsNoRoundTripBeyondTheTreeItself() {
		long without = roundTripsFor("planTree", "large-tree", 4 * 5 * 5 * 4);
		long with = roundTripsFor("planTreeWithStatuses", "large-tree", 4 * 5 * 5 * 4);
		assertThat(with).isEqualTo(without);
	}

	private long queries() {
		return reader.queriesRun();
	}

	/** A generated plan document of a given shape: every element has one indicator with three values. */
	static final class SyntheticPlan {

		static DocumentSource of(String id, int goals, int measures, int subMeasures, int programs) {
			var yaml = new StringBuilder("""
					format: plangraph/1
					document: {id: %s, title: 試験計画, source: generated}
					city: {code: "011002", name: 札幌市, prefecture: 北海道}
					plans:
					  - id: %s
					    title: 試験計画
					    kind: OTHER
					    elements:
					""".formatted(id, id));
			var indicators = new StringBuilder("indicators:\n");
			for (int g = 0; g < goals; g++) {
				element(yaml, indicators, id, "g" + g, "GOAL", 6);
				yaml.append("        children:\n");
				for (int m = 0; m < measures; m++) {
					element(yaml, indicators, id, "g" + g + "-m" + m, "MEASURE", 10);
					yaml.append("            children:\n");
					for (int s = 0; s < subMeasures; s++) {
						element(yaml, indicators, id, "g" + g + "-m" + m + "-s" + s, "SUB_MEASURE", 14);
						yaml.append("                children:\n");
						for (int p = 0; p < programs; p++) {
							element(yaml, indicators, id, "g" + g + "-m" + m + "-s" + s + "-p" + p, "PROGRAM", 18);
						}
					}
				}
			}
			return new DocumentSource(id + ".yaml", yaml.append(indicators).toString());
		}

		private static void element(StringBuilder yaml, StringBuilder indicators, String plan, String key, String kind, int indent) {
			String pad = " ".repeat(indent);
			String indicator = plan + "-" + key;
			yaml.append(pad).append("- key: ").append(key).append('\n')
				.append(pad).append("  kind: ").append(kind).append('\n')
				.append(pad).append("  title: 要素 ").append(key).append('\n')
				.append(pad).append("  indicators: [{ref: ").append(indicator).append(", role: KPI}]\n");
			indicators.append("  - id: ").append(indicator).append('\n')
				.append("    name: 指標 ").append(key).append('\n')
				.append("    unit: 件\n    direction: HIGHER_IS_BETTER\n    values:\n")
				.append("      - {type: BASELINE, year: R3, value: 10件}\n")
				.append("      - {type: TARGET, year: R8, value: 20件以上}\n")
				.append("      - {type: ACTUAL, year: R5, value: 15件}\n");
		}

	}

}

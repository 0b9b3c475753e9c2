package io.plangraph.importer;

import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** What holds for every plan in the graph, whichever document it came from. */
@PlangraphTest
class ModelInvariantsTest {

	@Autowired
	Driver driver;

	long count(String cypher) {
		return driver.executableQuery(cypher).execute().records().getFirst().get(0).asLong();
	}

	@Test
	void everyElementBelongsToExactlyOnePlanAndItsIdSaysWhich() {
		assertThat(count("MATCH (e:PlanElement) WHERE COUNT { (e)-[:PART_OF]->(:Plan) } <> 1 RETURN count(e)")).isZero();
		assertThat(count("MATCH (e:PlanElement)-[:PART_OF]->(p:Plan) WHERE NOT e.id STARTS WITH p.id + '/' RETURN count(e)"))
			.isZero();
	}

	@Test
	void everyElementIsReachableFromItsPlansTopLevel() {
		assertThat(count("""
				MATCH (e:PlanElement)-[:PART_OF]->(p:Plan)
				WHERE NOT EXISTS { (p)-[:HAS_ELEMENT]->()-[:HAS_CHILD*0..]->(e) }
				RETURN count(e)""")).isZero();
	}

	@Test
	void theStructureIsADagWithinEachPlan() {
		assertThat(count("MATCH (e:PlanElement) WHERE EXISTS { (e)-[:HAS_CHILD*1..]->(e) } RETURN count(e)")).isZero();
		assertThat(count("MATCH (a:PlanElement)-[:HAS_CHILD]->(b:PlanElement) WHERE a.planId <> b.planId RETURN count(*)"))
			.isZero();
	}

	@Test
	void everyIndicatorIsMeasuredByTheCityOfItsDocumentAndUsedBySomeElement() {
		assertThat(count("""
				MATCH (i:Indicator) WHERE NOT EXISTS { (:City {code: i.cityCode})-[:MEASURES]->(i) } RETURN count(i)""")).isZero();
		assertThat(count("MATCH (i:Indicator) WHERE NOT EXISTS { (:PlanElement)-[:USES]->(i) } RETURN count(i)")).isZero();
	}

	@Test
	void everyValueAndMarkKeepsTheDocumentItCameFromAndItsText() {
		assertThat(count("""
				MATCH (n) WHERE (n:IndicatorValue OR n:ReportedMark OR n:ReportedRatio OR n:PledgeReport)
				  AND (n.documentId IS NULL OR NOT EXISTS { (:Document {id: n.documentId}) })
				RETURN count(n)""")).isZero();
		assertThat(count("MATCH (v:IndicatorValue) WHERE v.text IS NULL RETURN count(v)")).isZero();
	}

	@Test
	void aNumericValueHasANumberAndNoOtherDoes() {
		assertThat(count("""
				MATCH (v:IndicatorValue) WHERE (v.state = 'NUMERIC') <> (v.number IS NOT NULL) RETURN count(v)""")).isZero();
	}

	@Test
	void aDirectionIsStoredForEveryIndicatorAndMarkedWhereItWasInferred() {
		assertThat(count("MATCH (i:Indicator) WHERE i.direction IS NULL OR i.directionInferred IS NULL RETURN count(i)")).isZero();
		assertThat(count("MATCH (i:Indicator {id: 'hitachi-navi-downloads'}) WHERE NOT i.directionInferred RETURN count(i)"))
			.isEqualTo(1);
		assertThat(count("MATCH (i:Indicator) WHERE i.id STARTS WITH 'yatsushiro-' AND NOT i.directionInferred RETURN count(i)"))
			.isZero();
	}

	@Test
	void sharedSeriesAreOneIndicatorWithSeveralUsers() {
		assertThat(count("""
				MATCH (e:PlanElement)-[:USES]->(i:Indicator {name: 'ひたちナビダウンロード数'}) RETURN count(DISTINCT i) * 100 + count(e)"""))
			.isEqualTo(102);
		assertThat(count("""
				MATCH (e:PlanElement)-[u:USES]->(:Indicator {id: 'hitachi-decarbonization-subsidies'})
				RETURN count(DISTINCT u.role)""")).isEqualTo(2);
	}

}

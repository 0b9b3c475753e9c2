package io.plangraph.plan;

import java.util.List;
import java.util.Map;

import io.plangraph.neo4j.GraphReader;
import io.plangraph.neo4j.Keyed;
import io.plangraph.neo4j.Properties;
import io.plangraph.plan.PlanElement.Pledge;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Plan elements and their place in the DAG: parents, children, origins, the plan they belong to, and
 * the facts printed for them. One query per field and level, however many elements there are.
 */
@Controller
class PlanElementController {

	private final GraphReader graph;

	PlanElementController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	PlanElement element(@Argument String id) {
		return graph.one("MATCH (e:PlanElement {id: $id}) RETURN e", Map.of("id", id),
				r -> PlanElement.of(r.get("e").asNode())).orElse(null);
	}

	@BatchMapping
	Map<PlanElement, Plan> plan(List<PlanElement> elements) {
		var rows = graph.keyed("MATCH (p:Plan) WHERE p.id IN $ids RETURN p.id AS key, p",
				Map.of("ids", elements.stream().map(PlanElement::planId).distinct().toList()),
				r -> Plan.of(r.get("p").asNode()));
		return Keyed.single(elements, PlanElement::planId, rows);
	}

	@BatchMapping
	Map<PlanElement, List<PlanElement>> children(List<PlanElement> elements) {
		// Children listed in place come in document order; those placed here by alsoUnder follow them.
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[r:HAS_CHILD]->(child:PlanElement) WHERE e.id IN $ids
				RETURN e.id AS key, child ORDER BY r.position IS NULL, r.position, child.id
				""", Map.of("ids", ids(elements)), r -> PlanElement.of(r.get("child").asNode()));
		return Keyed.grouped(elements, PlanElement::id, rows);
	}

	@BatchMapping
	Map<PlanElement, List<PlanElement>> parents(List<PlanElement> elements) {
		// The parent the document lists the element under first, then the others.
		var rows = graph.keyed("""
				MATCH (parent:PlanElement)-[r:HAS_CHILD]->(e:PlanElement) WHERE e.id IN $ids
				RETURN e.id AS key, parent ORDER BY r.position IS NULL, parent.id
				""", Map.of("ids", ids(elements)), r -> PlanElement.of(r.get("parent").asNode()));
		return Keyed.grouped(elements, PlanElement::id, rows);
	}

	@BatchMapping
	Map<PlanElement, List<Origin>> origins(List<PlanElement> elements) {
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[r:ORIGINATES_FROM]->(origin:PlanElement) WHERE e.id IN $ids
				RETURN e.id AS key, origin, r.note AS note ORDER BY origin.id
				""", Map.of("ids", ids(elements)),
				r -> new Origin(PlanElement.of(r.get("origin").asNode()), r.get("note").asString(null)));
		return Keyed.grouped(elements, PlanElement::id, rows);
	}

	@BatchMapping
	Map<PlanElement, List<ReportedRatio>> reportedRatios(List<PlanElement> elements) {
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[:HAS_RATIO]->(r:ReportedRatio) WHERE e.id IN $ids
				RETURN e.id AS key, r ORDER BY r.fiscalYear
				""", Map.of("ids", ids(elements)), r -> {
					var node = r.get("r").asNode();
					return new ReportedRatio(Properties.fiscalYear(node, "fiscalYear"), node.get("text").asString(),
							node.get("ratio").asDouble());
				});
		return Keyed.grouped(elements, PlanElement::id, rows);
	}

	@BatchMapping
	Map<PlanElement, List<ReportedShare>> reportedShares(List<PlanElement> elements) {
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[:HAS_SHARE]->(s:ReportedShare) WHERE e.id IN $ids
				RETURN e.id AS key, s ORDER BY s.fiscalYear
				""", Map.of("ids", ids(elements)), r -> {
					var node = r.get("s").asNode();
					return new ReportedShare(Properties.fiscalYear(node, "fiscalYear"), node.get("text").asString(),
							node.get("atLeast").isNull() ? null : node.get("atLeast").asDouble());
				});
		return Keyed.grouped(elements, PlanElement::id, rows);
	}

	@BatchMapping(typeName = "Pledge", field = "progress")
	Map<Pledge, List<PledgeProgress>> progress(List<Pledge> pledges) {
		var rows = graph.keyed("""
				MATCH (e:PlanElement)-[:HAS_PROGRESS]->(r:PledgeReport) WHERE e.id IN $ids
				RETURN e.id AS key, r ORDER BY r.asOf, r.position
				""", Map.of("ids", pledges.stream().map(Pledge::elementId).toList()), r -> {
					var node = r.get("r").asNode();
					return new PledgeProgress(node.get("asOf").asLocalDate(), node.get("asOfText").asString(),
							node.get("stage").isNull() ? null : node.get("stage").asDouble(),
							node.get("achieved").asBoolean());
				});
		return Keyed.grouped(pledges, Pledge::elementId, rows);
	}

	private static List<String> ids(List<PlanElement> elements) {
		return elements.stream().map(PlanElement::id).toList();
	}

	/** An element another came from, and what the document says about it. */
	record Origin(PlanElement element, String note) {
	}

	/** A 前年度比 as printed. */
	record ReportedRatio(io.plangraph.calendar.FiscalYearValue fiscalYear, String text, double ratio) {
	}

	/** A share as printed (「前年度以上の実績 7割以上」). */
	record ReportedShare(io.plangraph.calendar.FiscalYearValue fiscalYear, String text, Double atLeast) {
	}

	/** One progress report of a pledge. */
	record PledgeProgress(java.time.LocalDate asOf, String asOfText, Double stage, boolean achieved) {
	}

}

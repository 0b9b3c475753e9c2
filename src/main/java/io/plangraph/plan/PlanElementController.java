package io.plangraph.plan;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorUse;
import io.plangraph.neo4j.GraphReader;
import io.plangraph.plan.PlanGraph.IndicatorInRole;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Plan elements and their place in the DAG — parents, children, origins, indicators — answered from
 * the element's {@link PlanGraph}: a whole tree, any depth, costs one load of its plan.
 */
@Controller
class PlanElementController {

	private final GraphReader graph;

	PlanElementController(GraphReader graph) {
		this.graph = graph;
	}

	@QueryMapping
	CompletableFuture<PlanElement> element(@Argument String id, DataLoader<String, PlanGraph> plans) {
		return plans.load(PlanElement.planOf(id)).thenApply(plan -> plan == null ? null : plan.element(id));
	}

	/** Elements that stand under more than one parent: one initiative listed in several sections. */
	@QueryMapping
	CompletableFuture<List<PlanElement>> sharedElements(@Argument String cityCode, DataLoader<String, PlanGraph> plans) {
		var parameters = new java.util.HashMap<String, Object>();
		parameters.put("city", cityCode);
		// A city's elements are found through the index on their city; "$city IS NULL OR …" would scan them all.
		var ids = graph.list("""
				%s
				MATCH (parent:PlanElement)-[:HAS_CHILD]->(e)
				WITH e, count(parent) AS parents WHERE parents > 1
				RETURN e.id AS id ORDER BY e.cityCode, e.id
				""".formatted(cityCode == null ? "MATCH (e:PlanElement)" : "MATCH (e:PlanElement {cityCode: $city})"),
				parameters, r -> r.get("id").asString());
		var elements = ids.stream().map(id -> plans.load(PlanElement.planOf(id)).thenApply(plan -> plan.element(id))).toList();
		return CompletableFuture.allOf(elements.toArray(CompletableFuture[]::new))
			.thenApply(done -> elements.stream().map(CompletableFuture::join).toList());
	}

	@SchemaMapping
	CompletableFuture<List<PlanElement>> path(PlanElement element, DataLoader<String, PlanGraph> plans) {
		return plans.load(element.planId()).thenApply(plan -> plan.path(element.id()));
	}

	@SchemaMapping
	CompletableFuture<Plan> plan(PlanElement element, DataLoader<String, PlanGraph> plans) {
		return plans.load(element.planId()).thenApply(PlanGraph::plan);
	}

	@SchemaMapping
	CompletableFuture<List<PlanElement>> children(PlanElement element, DataLoader<String, PlanGraph> plans) {
		return plans.load(element.planId()).thenApply(plan -> plan.children(element.id()));
	}

	@SchemaMapping
	CompletableFuture<List<PlanElement>> parents(PlanElement element, DataLoader<String, PlanGraph> plans) {
		return plans.load(element.planId()).thenApply(plan -> plan.parents(element.id()));
	}

	@SchemaMapping
	CompletableFuture<List<Indicator>> indicators(PlanElement element, DataLoader<String, PlanGraph> plans) {
		return plans.load(element.planId()).thenApply(plan -> plan.indicators(element.id()));
	}

	@SchemaMapping
	CompletableFuture<List<IndicatorInRole>> indicatorUses(PlanElement element, DataLoader<String, PlanGraph> plans) {
		return plans.load(element.planId()).thenApply(plan -> plan.uses(element.id()));
	}

	@SchemaMapping(typeName = "ElementOrigin", field = "element")
	CompletableFuture<PlanElement> origin(PlanElement.Origin origin, DataLoader<String, PlanGraph> plans) {
		return plans.load(PlanElement.planOf(origin.elementId())).thenApply(plan -> plan.element(origin.elementId()));
	}

	@SchemaMapping(typeName = "IndicatorUse", field = "element")
	CompletableFuture<PlanElement> user(IndicatorUse use, DataLoader<String, PlanGraph> plans) {
		return plans.load(use.planId()).thenApply(plan -> plan.element(use.elementId()));
	}

}

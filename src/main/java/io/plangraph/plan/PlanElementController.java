package io.plangraph.plan;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.plangraph.indicator.Indicator;
import io.plangraph.indicator.IndicatorUse;
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

	private final PlanQueries queries;

	PlanElementController(PlanQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	CompletableFuture<PlanElement> element(@Argument String id, DataLoader<String, PlanGraph> plans) {
		return plans.load(PlanElement.planOf(id)).thenApply(plan -> plan == null ? null : plan.element(id));
	}

	/** Elements that stand under more than one parent: one initiative listed in several sections. */
	@QueryMapping
	CompletableFuture<List<PlanElement>> sharedElements(@Argument String cityCode, DataLoader<String, PlanGraph> plans) {
		var elements = queries.sharedElementIds(cityCode).stream().map(id -> plans.load(PlanElement.planOf(id)).thenApply(plan -> plan.element(id))).toList();
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

package io.plangraph.plan;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.execution.DataFetcherResult;
import org.dataloader.DataLoader;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Plan elements by id, and those shared by several parents. An element hands its plan's graph down to the
 * fields below it ({@link PlanFields}): a whole tree, any depth, costs one load of its plan.
 */
@Controller
class PlanElementController {

	private final PlanQueries queries;

	PlanElementController(PlanQueries queries) {
		this.queries = queries;
	}

	@QueryMapping
	CompletableFuture<DataFetcherResult<PlanElement>> element(@Argument String id, DataLoader<String, PlanGraph> plans) {
		return plans.load(PlanElement.planOf(id)).thenApply(plan -> {
			PlanElement element = plan == null ? null : plan.element(id);
			return element == null ? null : FromPlanGraph.handingDown(element, plan);
		});
	}

	/** Elements that stand under more than one parent: one initiative listed in several sections. */
	@QueryMapping
	CompletableFuture<List<PlanElement>> sharedElements(@Argument String cityCode, DataLoader<String, PlanGraph> plans) {
		var elements = queries.sharedElementIds(cityCode).stream().map(id -> plans.load(PlanElement.planOf(id)).thenApply(plan -> plan.element(id))).toList();
		return CompletableFuture.allOf(elements.toArray(CompletableFuture[]::new))
			.thenApply(done -> elements.stream().map(CompletableFuture::join).toList());
	}

}

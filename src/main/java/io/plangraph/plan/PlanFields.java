package io.plangraph.plan;

import java.util.function.BiFunction;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.plangraph.indicator.IndicatorUse;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * How a plan hangs together — its elements, their children, parents, path and indicators — mapped as
 * plain data fetchers that answer from the plan's graph in memory ({@link FromPlanGraph}), like a
 * controller's methods hand off in a line. Plain, because these are the fields a dashboard's tree asks
 * hundreds of times in one request; an annotated method costs each call its argument binding and a future.
 */
@Component
class PlanFields implements RuntimeWiringConfigurer {

	@Override
	public void configure(RuntimeWiring.Builder wiring) {
		wiring.type("Plan", type -> type
			.dataFetcher("elements", ofPlan((plan, env) -> plan.topLevel()))
			.dataFetcher("allElements", ofPlan((plan, env) -> plan.allElements())));
		wiring.type("PlanElement", type -> type
			.dataFetcher("children", ofElement((plan, element) -> plan.children(element.id())))
			.dataFetcher("parents", ofElement((plan, element) -> plan.parents(element.id())))
			.dataFetcher("path", ofElement((plan, element) -> plan.path(element.id())))
			.dataFetcher("plan", ofElement((plan, element) -> plan.plan()))
			.dataFetcher("indicators", ofElement((plan, element) -> plan.indicators(element.id())))
			.dataFetcher("indicatorUses", ofElement((plan, element) -> plan.uses(element.id()))));
		wiring.type("ElementOrigin", type -> type.dataFetcher("element", FromPlanGraph.of(
				env -> PlanElement.planOf(env.<PlanElement.Origin>getSource().elementId()),
				(plan, env) -> plan.element(env.<PlanElement.Origin>getSource().elementId()))));
		wiring.type("IndicatorUse", type -> type.dataFetcher("element", FromPlanGraph.of(
				env -> env.<IndicatorUse>getSource().planId(),
				(plan, env) -> plan.element(env.<IndicatorUse>getSource().elementId()))));
	}

	private static FromPlanGraph ofPlan(BiFunction<PlanGraph, DataFetchingEnvironment, ?> answer) {
		return FromPlanGraph.of(env -> env.<Plan>getSource().id(), answer);
	}

	private static FromPlanGraph ofElement(BiFunction<PlanGraph, PlanElement, ?> answer) {
		return FromPlanGraph.of(env -> env.<PlanElement>getSource().planId(), (plan, env) -> answer.apply(plan, env.getSource()));
	}

}

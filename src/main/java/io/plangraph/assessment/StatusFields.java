package io.plangraph.assessment;

import java.util.concurrent.CompletableFuture;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.plan.Plan;
import io.plangraph.plan.PlanElement;
import io.plangraph.plan.PlanGraph;
import org.dataloader.DataLoader;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The status fields a dashboard's tree asks hundreds of times in one request — an indicator's status, reported
 * status and progress, a program's year over year, roll-ups — mapped as plain data fetchers that hand off in a
 * line to {@link AssessmentQueries}, like a controller's methods. Plain, because an annotated controller
 * method costs each call its argument binding, which a tree of hundreds of status fields pays hundreds of
 * times; the arguments here are already what the schema's scalars made of them.
 */
@Component
class StatusFields implements RuntimeWiringConfigurer {

	private final AssessmentQueries statuses;

	StatusFields(AssessmentQueries statuses) {
		this.statuses = statuses;
	}

	@Override
	public void configure(graphql.schema.idl.RuntimeWiring.Builder wiring) {
		wiring.type("Indicator", type -> type
			.dataFetcher("status", env -> statuses.status(env.<Indicator>getSource(), year(env, "asOf"), env.getArgument("group")))
			.dataFetcher("reportedStatus",
					env -> statuses.reportedStatus(env.<Indicator>getSource(), year(env, "fiscalYear"), env.getArgument("group")))
			.dataFetcher("progress", env -> statuses.progress(env.<Indicator>getSource(), year(env, "asOf"), env.getArgument("group"))));
		wiring.type("PlanElement", type -> type
			.dataFetcher("yearOverYear", withPlan(env -> env.<PlanElement>getSource().planId(),
					(plan, env) -> statuses.yearOverYear(plan, env.getSource(), year(env, "fiscalYear"))))
			.dataFetcher("rollup", withPlan(env -> env.<PlanElement>getSource().planId(),
					(plan, env) -> statuses.rollup(plan, env.<PlanElement>getSource(), year(env, "asOf")))));
		wiring.type("Plan", type -> type.dataFetcher("rollup",
				withPlan(env -> env.<Plan>getSource().id(), (plan, env) -> statuses.rollup(plan, year(env, "asOf")))));
	}

	private static FiscalYear year(DataFetchingEnvironment env, String argument) {
		return env.getArgument(argument);
	}

	/** A field answered from its plan's graph, which the request's data loader loads once for all of them. */
	private static <T> DataFetcher<CompletableFuture<T>> withPlan(java.util.function.Function<DataFetchingEnvironment, String> planId,
			java.util.function.BiFunction<PlanGraph, DataFetchingEnvironment, T> answer) {
		return env -> {
			DataLoader<String, PlanGraph> plans = env.getDataLoader(PlanGraph.class.getName());
			return plans.load(planId.apply(env)).thenApply(plan -> answer.apply(plan, env));
		};
	}

}

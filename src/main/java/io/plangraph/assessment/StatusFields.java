package io.plangraph.assessment;

import graphql.TrivialDataFetcher;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.plangraph.calendar.FiscalYear;
import io.plangraph.indicator.Indicator;
import io.plangraph.plan.Plan;
import io.plangraph.plan.PlanElement;
import io.plangraph.plan.FromPlanGraph;

import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Component;

/**
 * The status fields a dashboard's tree asks hundreds of times in one request — an indicator's status, reported
 * status and progress, a program's year over year, roll-ups — mapped as plain data fetchers that hand off in a
 * line to {@link AssessmentQueries}, like a controller's methods. Plain, because an annotated controller
 * method costs each call its argument binding, which a tree of hundreds of status fields pays hundreds of
 * times; the arguments here are already what the schema's scalars made of them. Fields that need the plan
 * answer from the graph the request already holds ({@link FromPlanGraph}).
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
			.dataFetcher("status", inMemory(env -> statuses.status(env.<Indicator>getSource(), year(env, "asOf"), env.getArgument("group"))))
			.dataFetcher("reportedStatus", inMemory(
					env -> statuses.reportedStatus(env.<Indicator>getSource(), year(env, "fiscalYear"), env.getArgument("group"))))
			.dataFetcher("progress",
					inMemory(env -> statuses.progress(env.<Indicator>getSource(), year(env, "asOf"), env.getArgument("group")))));
		wiring.type("PlanElement", type -> type
			.dataFetcher("yearOverYear", FromPlanGraph.of(env -> env.<PlanElement>getSource().planId(),
					(plan, env) -> statuses.yearOverYear(plan, env.getSource(), year(env, "fiscalYear"))))
			.dataFetcher("rollup", FromPlanGraph.of(env -> env.<PlanElement>getSource().planId(),
					(plan, env) -> statuses.rollup(plan, env.<PlanElement>getSource(), year(env, "asOf")))));
		wiring.type("Plan", type -> type.dataFetcher("rollup",
				FromPlanGraph.of(env -> env.<Plan>getSource().id(), (plan, env) -> statuses.rollup(plan, year(env, "asOf")))));
	}

	/**
	 * An indicator's status, worked out from the indicator in hand (kept by {@link StatusMemo}): no I/O, so
	 * trivial in graphql-java's sense, and Spring for GraphQL does not wrap each call to carry thread-local
	 * context it does not use.
	 */
	private static TrivialDataFetcher<Object> inMemory(DataFetcher<?> answer) {
		return answer::get;
	}

	private static FiscalYear year(DataFetchingEnvironment env, String argument) {
		return env.getArgument(argument);
	}

}

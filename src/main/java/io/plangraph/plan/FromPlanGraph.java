package io.plangraph.plan;

import java.util.function.BiFunction;
import java.util.function.Function;

import graphql.TrivialDataFetcher;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;

/**
 * A field answered from its plan's {@link PlanGraph}, in memory. The graph travels down the request as
 * graphql-java's local context: the first field of a plan loads it through the request's data loader and
 * hands it to the fields below, which then answer at once instead of each waiting on a future for a graph
 * the request already holds. A dashboard's tree asks such fields hundreds of times in one request.
 *
 * <p>Trivial in graphql-java's sense (no I/O of its own: at most a data loader's batched load), so
 * Spring for GraphQL does not wrap each call to propagate thread-local context, which these fields do not
 * use.
 */
public final class FromPlanGraph implements TrivialDataFetcher<Object> {

	private final Function<DataFetchingEnvironment, String> planId;

	private final BiFunction<PlanGraph, DataFetchingEnvironment, ?> answer;

	private FromPlanGraph(Function<DataFetchingEnvironment, String> planId, BiFunction<PlanGraph, DataFetchingEnvironment, ?> answer) {
		this.planId = planId;
		this.answer = answer;
	}

	/** A field of a source that knows its plan's id, answered by {@code answer} from that plan's graph. */
	public static FromPlanGraph of(Function<DataFetchingEnvironment, String> planId,
			BiFunction<PlanGraph, DataFetchingEnvironment, ?> answer) {
		return new FromPlanGraph(planId, answer);
	}

	@Override
	public Object get(DataFetchingEnvironment env) {
		String id = planId.apply(env);
		if (env.getLocalContext() instanceof PlanGraph kept && kept.plan().id().equals(id)) {
			return answer.apply(kept, env);
		}
		DataLoader<String, PlanGraph> plans = env.getDataLoader(PlanGraph.class.getName());
		return plans.load(id).thenApply(plan -> plan == null ? null : handingDown(answer.apply(plan, env), plan));
	}

	/** A field's answer, with its plan's graph for the fields below it. */
	public static <T> DataFetcherResult<T> handingDown(T answer, PlanGraph plan) {
		return DataFetcherResult.<T>newResult().data(answer).localContext(plan).build();
	}

}

package io.plangraph.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * Limits on what one request may ask for: how deep it nests, how much it can cost, how long it may run.
 * Depth and cost are checked by graphql-java's own instrumentations before anything is fetched (Spring
 * Boot hands every {@code Instrumentation} bean to the GraphQL engine); a refused query gets one error,
 * classified {@link QueryRefusal}, with the limit and the query's value in its {@code extensions}. A query
 * that passed is not measured again when it comes back with the same variables ({@link PassedOperations}).
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	@Bean
	@Order(1)
	MaxQueryDepthInstrumentation maxQueryDepth(QueryLimitSettings settings) {
		var passed = new PassedOperations();
		return new MaxQueryDepthInstrumentation(settings.maxDepth()) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
					InstrumentationState state) {
				return measuredOnce(passed, parameters, () -> super.beginExecuteOperation(parameters, state));
			}

			@Override
			protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
				return refusal(QueryRefusal.QUERY_TOO_DEEP, "The query nests fields " + depth
						+ " levels deep, and this server answers queries at most " + maxDepth
						+ " levels deep. Ask for fewer nested levels, or fetch a deeper part on its own (element(id: …)).",
						Map.of("depth", depth, "maxDepth", maxDepth));
			}

		};
	}

	@Bean
	@Order(2)
	MaxQueryComplexityInstrumentation maxQueryComplexity(QueryLimitSettings settings) {
		var cost = new QueryCost(settings.listSize(), settings.listSizes());
		var passed = new PassedOperations();
		return new MaxQueryComplexityInstrumentation(settings.maxComplexity(), cost) {

			@Override
			public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
					InstrumentationState state) {
				return measuredOnce(passed, parameters, () -> super.beginExecuteOperation(parameters, state));
			}

			@Override
			protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
				String estimate = (complexity >= QueryCost.CEILING ? "at least " : "") + thousands(complexity);
				return refusal(QueryRefusal.QUERY_TOO_COMPLEX, "The query could return too much: its estimated cost is "
						+ estimate + ", and this server answers queries costing at most " + thousands(maxComplexity)
						+ ". Every field counts 1, and a list multiplies what it selects by the items it can return (a page by its first). "
						+ "Ask for fewer fields or smaller pages, or query one city or plan at a time.",
						Map.of("complexity", complexity, "maxComplexity", maxComplexity));
			}

		};
	}

	/**
	 * The instrumentations Spring Boot hands to the engine (these limits, {@link ArgumentChecks}, metrics), in
	 * the same order, chained so that per-field hooks none of them implements cost nothing ({@link FieldHooks}).
	 */
	@Bean
	GraphQlSourceBuilderCustomizer fieldHooks(ObjectProvider<Instrumentation> instrumentations) {
		return builder -> builder.configureGraphQl(
				graphQl -> graphQl.instrumentation(new FieldHooks(instrumentations.orderedStream().toList())));
	}

	@Bean
	WebGraphQlInterceptor requestTimeout(QueryLimitSettings settings) {
		return new RequestTimeout(settings.timeout());
	}

	/** Measures a query (the limit throws if it is over) unless the same query passed before. */
	private static InstrumentationContext<ExecutionResult> measuredOnce(PassedOperations passed,
			InstrumentationExecuteOperationParameters parameters, Supplier<InstrumentationContext<ExecutionResult>> measure) {
		ExecutionContext execution = parameters.getExecutionContext();
		if (passed.passedBefore(execution)) {
			return SimpleInstrumentationContext.noOp();
		}
		InstrumentationContext<ExecutionResult> context = measure.get();
		passed.passes(execution);
		return context;
	}

	private static String thousands(int number) {
		return String.format(Locale.ROOT, "%,d", number);
	}

	private static AbortExecutionException refusal(QueryRefusal why, String message, Map<String, Object> extensions) {
		GraphQLError error = GraphqlErrorBuilder.newError().errorType(why).message(message).extensions(extensions).build();
		return new AbortExecutionException(List.of(error));
	}

}

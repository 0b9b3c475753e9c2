package io.plangraph.system;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns a refused argument (an unknown group, a bad year) into a GraphQL error that says what is wrong
 * and where, classified BAD_REQUEST, and a refused edit into one error per problem with its input path
 * and classification. A field given up on because its request was cancelled (it timed out, see
 * {@link RequestTimeout}) ends quietly: nobody waits for its answer any more. Anything else stays an
 * INTERNAL_ERROR without details: no stack trace leaves the server.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	@Override
	protected java.util.List<GraphQLError> resolveToMultipleErrors(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof io.plangraph.editing.EditRefused refused) {
			return refused.problems().stream()
				.map(problem -> (GraphQLError) GraphqlErrorBuilder.newError(env)
					.errorType(classification(refused.reason()))
					.message(problem.inputPath().isEmpty() ? problem.message() : problem.inputPath() + ": " + problem.message())
					.extensions(java.util.Map.of("inputPath", problem.inputPath()))
					.build())
				.toList();
		}
		GraphQLError single = resolveToSingleError(ex, env);
		return single == null ? null : java.util.List.of(single);
	}

	private static graphql.ErrorClassification classification(io.plangraph.editing.EditRefused.Reason reason) {
		return switch (reason) {
			case BAD_REQUEST -> ErrorType.BAD_REQUEST;
			case UNAUTHORIZED -> ErrorType.UNAUTHORIZED;
			case FORBIDDEN -> ErrorType.FORBIDDEN;
			case NOT_FOUND -> ErrorType.NOT_FOUND;
			case WRITE_TIMED_OUT -> QueryRefusal.WRITE_TIMED_OUT;
		};
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof AbortExecutionException cancelled) {
			return cancelled;
		}
		if (ex instanceof IllegalArgumentException) {
			return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST).message(ex.getMessage()).build();
		}
		return null;
	}

}

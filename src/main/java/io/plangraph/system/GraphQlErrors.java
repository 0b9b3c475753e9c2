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
 * and where, classified BAD_REQUEST. A field given up on because its request was cancelled (it timed out,
 * see {@link RequestTimeout}) ends quietly: nobody waits for its answer any more. Anything else stays an
 * INTERNAL_ERROR without details: no stack trace leaves the server.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

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

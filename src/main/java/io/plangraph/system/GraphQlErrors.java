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
 * and classification; an argument refused by plangraph's own checks ({@link InputRefused}) likewise. A field given up on because its request was cancelled (it timed out, see
 * {@link RequestTimeout}) ends quietly: nobody waits for its answer any more. Anything else is an
 * INTERNAL_ERROR logged with an id and answered with that id alone: no stack trace or class name leaves
 * the server.
 */
@Component
class GraphQlErrors extends DataFetcherExceptionResolverAdapter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(GraphQlErrors.class);

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
		InputRefused refused = cause(ex, InputRefused.class);
		if (refused != null) {
			var extensions = new java.util.LinkedHashMap<String, Object>(refused.extensions());
			extensions.put("inputPath", refused.inputPath());
			return GraphqlErrorBuilder.newError(env)
				.errorType(refused.isTooLarge() ? QueryRefusal.INPUT_TOO_LARGE : ErrorType.BAD_REQUEST)
				.message(refused.inputPath() + ": " + refused.getMessage())
				.extensions(extensions)
				.build();
		}
		if (ex instanceof IllegalArgumentException) {
			// The value objects' refusals (a bad year, an unknown group) are written for clients; cleaned all the same.
			String message = ErrorBody.clean(ex.getMessage());
			return GraphqlErrorBuilder.newError(env)
				.errorType(ErrorType.BAD_REQUEST)
				.message(message == null ? "An argument of this field was refused." : message)
				.build();
		}
		// Anything else is the server's fault: logged in full with an id, answered with the id alone.
		String id = java.util.UUID.randomUUID().toString();
		log.error("Unexpected failure {} at {}", id, env.getExecutionStepInfo().getPath(), ex);
		return GraphqlErrorBuilder.newError(env)
			.errorType(ErrorType.INTERNAL_ERROR)
			.message("Something went wrong on the server while answering this field; it was logged as error " + id
					+ ". If it happens again, please report this id.")
			.extensions(java.util.Map.of("errorId", id))
			.build();
	}

	private static <T extends Throwable> T cause(Throwable ex, Class<T> type) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (type.isInstance(t)) {
				return type.cast(t);
			}
		}
		return null;
	}

}

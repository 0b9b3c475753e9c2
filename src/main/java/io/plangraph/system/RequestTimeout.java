package io.plangraph.system;

import java.time.Duration;
import java.util.Map;

import graphql.ExecutionResult;
import graphql.GraphqlErrorBuilder;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;

/**
 * Answers a request that runs longer than the timeout with a GraphQL error, classified
 * {@link QueryRefusal#QUERY_TIMED_OUT}, instead of keeping the client waiting. Giving up on the answer
 * cancels the execution (Spring for GraphQL cancels graphql-java's {@code ExecutionInput}), so no
 * further field is fetched for it.
 *
 * <p>Mutations are exempt: an answer "timed out" for a write that then commits would be a lie. A write is
 * bound instead by {@code plangraph.limits.write-timeout}, as its database transaction's timeout, and is
 * answered when its transaction has committed or has been rolled back.
 */
final class RequestTimeout implements WebGraphQlInterceptor {

	private final Duration timeout;

	RequestTimeout(Duration timeout) {
		this.timeout = timeout;
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		if (isMutation(request)) {
			return chain.next(request);
		}
		return chain.next(request).timeout(timeout, Mono.fromSupplier(() -> timedOut(request)));
	}

	/** Whether the operation the request runs is a mutation; a document that does not parse is not. */
	static boolean isMutation(WebGraphQlRequest request) {
		// A mutation needs the word; most requests (reads) are told apart without parsing them.
		if (!request.getDocument().contains("mutation")) {
			return false;
		}
		try {
			var operations = graphql.parser.Parser.parse(request.getDocument())
				.getDefinitionsOfType(graphql.language.OperationDefinition.class);
			String name = request.getOperationName();
			return operations.stream()
				.filter(operation -> name == null ? operations.size() == 1 : name.equals(operation.getName()))
				.anyMatch(operation -> operation.getOperation() == graphql.language.OperationDefinition.Operation.MUTATION);
		}
		catch (RuntimeException unparsable) {
			return false;
		}
	}

	private WebGraphQlResponse timedOut(WebGraphQlRequest request) {
		var error = GraphqlErrorBuilder.newError()
			.errorType(QueryRefusal.QUERY_TIMED_OUT)
			.message("The request took longer than " + readable(timeout)
					+ " and was stopped. Ask for less (fewer levels, fewer fields, smaller pages) or split it into several requests.")
			.extensions(Map.of("timeoutMillis", timeout.toMillis()))
			.build();
		// The execution had started, so the answer has data, null (GraphQL over HTTP: 200, not 4xx).
		var result = ExecutionResult.newExecutionResult().data(null).addError(error).build();
		return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(request.toExecutionInput(), result));
	}

	private static String readable(Duration duration) {
		return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() + " ms";
	}

}

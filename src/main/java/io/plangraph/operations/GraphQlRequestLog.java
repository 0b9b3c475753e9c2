package io.plangraph.operations;

import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * One INFO line per GraphQL request: its operation name, how long it took, and its outcome (ok, or its
 * errors' classifications). Never the variables: they may hold notes, values not yet published, or keys.
 */
@Component
class GraphQlRequestLog implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(GraphQlRequestLog.class);

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long start = System.nanoTime();
		String operation = request.getOperationName() == null ? "(unnamed)" : request.getOperationName();
		return chain.next(request).doOnNext(response -> {
			long millis = (System.nanoTime() - start) / 1_000_000;
			String outcome = response.getErrors().isEmpty() ? "ok"
					: response.getErrors().size() + " error(s): " + response.getErrors()
						.stream()
						.map(error -> String.valueOf(error.getErrorType()))
						.distinct()
						.collect(Collectors.joining(", "));
			// Key-value pairs become their own fields in structured (ECS, Logstash) logs.
			log.atInfo()
				.addKeyValue("graphql.operation", operation)
				.addKeyValue("graphql.duration_ms", millis)
				.addKeyValue("graphql.outcome", outcome)
				.log("GraphQL {} {} ms {}", operation, millis, outcome);
		});
	}

}

package io.plangraph.operations;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;

/**
 * One INFO line per GraphQL request: its operation name, how long it took, and its outcome (ok, or its
 * errors' classifications). Never the variables: they may hold notes, values not yet published, or keys.
 * Also counts errors by classification ({@code plangraph.graphql.errors}), which Spring for GraphQL's own
 * observations do not tell apart.
 */
@Component
class GraphQlRequestLog implements WebGraphQlInterceptor {

	private static final Logger log = LoggerFactory.getLogger(GraphQlRequestLog.class);

	/** A named operation at the start of a document (after comments): {@code query Dashboard(…) {…}}. */
	private static final Pattern NAMED_OPERATION = Pattern
		.compile("\\A(?:\\s|,|#[^\\n]*\\n)*(?:query|mutation|subscription)\\s+([_A-Za-z][_0-9A-Za-z]*)");

	private final ObjectProvider<MeterRegistry> registry;

	GraphQlRequestLog(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	/**
	 * The operation name the client sent, or else the name in the document: a document without an
	 * operation name holds one operation only.
	 */
	static String operationName(WebGraphQlRequest request) {
		if (request.getOperationName() != null) {
			return request.getOperationName();
		}
		Matcher named = NAMED_OPERATION.matcher(request.getDocument());
		return named.lookingAt() ? named.group(1) : "(unnamed)";
	}

	@Override
	public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
		long start = System.nanoTime();
		String operation = operationName(request);
		return chain.next(request).doOnNext(response -> {
			long millis = (System.nanoTime() - start) / 1_000_000;
			var classifications = response.getErrors().stream().map(error -> String.valueOf(error.getErrorType())).toList();
			registry.ifAvailable(meters -> classifications.forEach(classification -> Counter
				.builder("plangraph.graphql.errors")
				.description("GraphQL errors answered, by classification")
				.tag("classification", classification)
				.register(meters)
				.increment()));
			String outcome = classifications.isEmpty() ? "ok"
					: classifications.size() + " error(s): " + classifications.stream().distinct().collect(Collectors.joining(", "));
			// Key-value pairs become their own fields in structured (ECS, Logstash) logs.
			log.atInfo()
				.addKeyValue("graphql.operation", operation)
				.addKeyValue("graphql.duration_ms", millis)
				.addKeyValue("graphql.outcome", outcome)
				.log("GraphQL {} {} ms {}", operation, millis, outcome);
		});
	}

}

package io.plangraph.system;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;

import graphql.schema.DataFetcher;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.DefaultExecutionGraphQlService;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.test.tester.WebGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request that runs too long is answered with a GraphQL error, and what it still had to fetch is not
 * fetched: the same Spring for GraphQL chain the server runs, on a schema whose first field takes 1.5 s.
 */
class RequestTimeoutTest {

	final AtomicInteger laterFieldsFetched = new AtomicInteger();

	WebGraphQlTester withTimeout(Duration timeout) {
		DataFetcher<CompletionStage<Object>> slow = env -> CompletableFuture.supplyAsync(() -> {
			sleep(1500);
			return new Object();
		});
		DataFetcher<Integer> later = env -> laterFieldsFetched.incrementAndGet();
		GraphQlSource source = GraphQlSource.schemaResourceBuilder()
			.schemaResources(new ByteArrayResource("type Query { slow: Slow } type Slow { later: Int }".getBytes()))
			.configureRuntimeWiring(wiring -> wiring.type("Query", type -> type.dataFetcher("slow", slow))
				.type("Slow", type -> type.dataFetcher("later", later)))
			.exceptionResolvers(List.of(new GraphQlErrors()))
			.build();
		WebGraphQlHandler handler = WebGraphQlHandler.builder(new DefaultExecutionGraphQlService(source))
			.interceptor(new RequestTimeout(timeout))
			.build();
		return WebGraphQlTester.create(handler);
	}

	@Test
	void answersARequestThatRunsLongerThanTheTimeoutWithAnErrorSayingSo() {
		List<ResponseError> errors = new ArrayList<>();
		WebGraphQlTester graphQl = withTimeout(Duration.ofMillis(100));
		long start = System.nanoTime();
		graphQl.document("{ slow { later } }").execute().errors().satisfy(errors::addAll);
		long tookMillis = (System.nanoTime() - start) / 1_000_000;

		assertThat(tookMillis).isLessThan(1000);
		assertThat(errors).singleElement().satisfies(error -> {
			assertThat(error.getMessage()).contains("took longer than 100 ms");
			assertThat(error.getErrorType()).isEqualTo(QueryRefusal.QUERY_TIMED_OUT);
			assertThat(error.getExtensions()).containsEntry("timeoutMillis", 100L);
		});
	}

	@Test
	void stopsFetchingForARequestItGaveUpOn() {
		withTimeout(Duration.ofMillis(100)).document("{ slow { later } }").execute().errors().satisfy(errors -> assertThat(errors).hasSize(1));
		sleep(2000);
		assertThat(laterFieldsFetched).hasValue(0);
	}

	@Test
	void answersARequestWithinTheTimeoutAsUsual() {
		withTimeout(Duration.ofSeconds(5)).document("{ slow { later } }").execute().path("slow.later").entity(Integer.class).isEqualTo(1);
	}

	static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

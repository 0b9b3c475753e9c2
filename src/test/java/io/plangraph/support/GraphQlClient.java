package io.plangraph.support;

import java.time.Duration;

import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A GraphQL tester that talks to the running server over real HTTP, as a dashboard would. */
public final class GraphQlClient {

	private GraphQlClient() {
	}

	/** The same tester, sending an API key. */
	public static HttpGraphQlTester withKey(int port, String key) {
		return over(port).mutate().header("Authorization", "Bearer " + key).build();
	}

	public static HttpGraphQlTester over(int port) {
		var client = WebTestClient.bindToServer()
			.baseUrl("http://localhost:" + port + "/graphql")
			.responseTimeout(Duration.ofSeconds(30))
			.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024))
			.build();
		return HttpGraphQlTester.create(client);
	}

}

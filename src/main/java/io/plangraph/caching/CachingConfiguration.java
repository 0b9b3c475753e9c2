package io.plangraph.caching;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Wires the document cache into the GraphQL engine and answers GraphQL queries sent as GET, which Spring for
 * GraphQL does not: its own route answers GET on the GraphQL path with 405, so this route comes first.
 */
@Configuration(proxyBeanMethods = false)
class CachingConfiguration {

	@Bean
	GraphQlSourceBuilderCustomizer documentCache(QueryCacheSettings settings) {
		var cache = new DocumentCache(settings);
		return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(cache));
	}

	@Bean
	@Order(0)
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	RouterFunction<ServerResponse> graphQlGet(GetQueries queries, @Value("${spring.graphql.http.path:/graphql}") String path) {
		return RouterFunctions.route().GET(path, queries::answer).build();
	}

}

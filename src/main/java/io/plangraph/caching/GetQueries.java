package io.plangraph.caching;

import java.util.Map;
import java.util.UUID;

import io.plangraph.neo4j.GraphVersion;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Answers {@code GET /graphql?query=…&variables=…&operationName=…&extensions=…} (GraphQL over HTTP) through the
 * same interceptors and engine as POST, for queries only ({@link DocumentCache} refuses anything else; this
 * answers that 405). An answer without errors carries an {@link QueryETags ETag} and {@code Cache-Control:
 * no-cache}; a request whose {@code If-None-Match} holds the current ETag is answered 304 without running it.
 * {@code RequestBodyCheck} has checked the parameters' shape before this runs.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GetQueries {

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** What an answer differs by besides its address: its type, and who asks (answers may differ by key). */
	private static final String[] VARY = { HttpHeaders.ACCEPT, HttpHeaders.AUTHORIZATION, "X-API-Key" };

	private final WebGraphQlHandler graphQl;

	private final QueryETags etags;

	GetQueries(WebGraphQlHandler graphQl, QueryETags etags) {
		this.graphQl = graphQl;
		this.etags = etags;
	}

	ServerResponse answer(ServerRequest request) {
		String query = request.param("query").orElse(null);
		String variables = request.param("variables").orElse(null);
		String operationName = request.param("operationName").filter(name -> !name.isEmpty()).orElse(null);
		String extensions = request.param("extensions").orElse(null);
		MediaType type = responseType(request);
		String etag = etags.of(query, variables, operationName, extensions, type.toString());
		if (etags.matches(request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(CacheControl.noCache()).varyBy(VARY).build();
		}
		var body = new SerializableGraphQlRequest();
		body.setQuery(query);
		body.setOperationName(operationName);
		body.setVariables(object(variables));
		body.setExtensions(object(extensions));
		var graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), cookies(request),
				request.remoteAddress().orElse(null), request.attributes(), body, UUID.randomUUID().toString(),
				LocaleContextHolder.getLocale());
		graphQlRequest.configureExecutionInput(
				(input, builder) -> builder.graphQLContext(Map.of(DocumentCache.READ_ONLY, true)).build());
		// Answered on this (virtual) thread rather than asynchronously: Spring Security writes its own Cache-Control
		// (no-store) when an asynchronous request's first dispatch ends, before this answer's could be set.
		return respond(graphQl.handleRequest(graphQlRequest).block(), type, etag);
	}

	private static ServerResponse respond(WebGraphQlResponse response, MediaType type, String etag) {
		var answer = ServerResponse.status(status(response, type)).contentType(type).varyBy(VARY);
		if (response.getErrors().isEmpty()
				&& !Boolean.TRUE.equals(response.getExecutionInput().getGraphQLContext().get(DocumentCache.UNVERSIONED))) {
			answer.eTag(etag).cacheControl(CacheControl.noCache());
		}
		else {
			// An answer with errors may be a refusal of this moment (a timeout), and one the graph version does not
			// cover may change without it: nobody keeps either.
			answer.cacheControl(CacheControl.noStore());
		}
		if (refusedAsGet(response)) {
			answer.allow(HttpMethod.POST);
		}
		response.getResponseHeaders().forEach((name, values) -> answer.header(name, values.toArray(String[]::new)));
		return answer.body(response.toMap());
	}

	private static HttpStatus status(WebGraphQlResponse response, MediaType type) {
		if (refusedAsGet(response)) {
			return HttpStatus.METHOD_NOT_ALLOWED;
		}
		// As Spring for GraphQL answers POST: a document that did not parse or validate is a 400 in GraphQL over HTTP's own type.
		return !response.getExecutionResult().isDataPresent() && GRAPHQL_RESPONSE.equals(type) ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
	}

	private static boolean refusedAsGet(WebGraphQlResponse response) {
		return response.getErrors().stream().anyMatch(error -> error.getErrorType() == DocumentCache.Refusal.METHOD_NOT_ALLOWED);
	}

	/** GraphQL over HTTP's own type unless the client asks for plain JSON only. */
	private static MediaType responseType(ServerRequest request) {
		var accepted = request.headers().accept();
		if (accepted.isEmpty() || accepted.stream().anyMatch(type -> type.isCompatibleWith(GRAPHQL_RESPONSE) && !type.isWildcardType())) {
			return GRAPHQL_RESPONSE;
		}
		return accepted.stream().anyMatch(type -> type.includes(MediaType.APPLICATION_JSON) && !type.isWildcardType())
				? MediaType.APPLICATION_JSON : GRAPHQL_RESPONSE;
	}

	private static Map<String, Object> object(String json) {
		return json == null || json.isBlank() ? null : JSON.readValue(json, new TypeReference<Map<String, Object>>() {
		});
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		var cookies = new LinkedMultiValueMap<String, HttpCookie>();
		request.cookies().forEach((name, values) -> values.forEach(c -> cookies.add(name, new HttpCookie(name, c.getValue()))));
		return cookies;
	}

}

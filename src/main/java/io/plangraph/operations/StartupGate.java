package io.plangraph.operations;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers /graphql with HTTP 503 and a GraphQL error until the application is ready: the web server opens
 * before the start-up import (so the readiness probe can say OUT_OF_SERVICE while it runs), and no query
 * may see a half-filled graph. Runs before security, so a key is not even looked up in a graph that is
 * still being filled.
 */
final class StartupGate extends OncePerRequestFilter {

	private static final String STARTING = """
			{"errors":[{"message":"The server is starting (loading the plan documents) and answers no request yet; \
			try again in a few seconds","extensions":{"classification":"SERVER_NOT_READY"}}]}""";

	private static final String STOPPING = """
			{"errors":[{"message":"The server is shutting down and answers no new request","extensions":\
			{"classification":"SERVER_NOT_READY"}}]}""";

	private final ApplicationAvailability availability;

	private volatile boolean wasReady;

	StartupGate(ApplicationAvailability availability) {
		this.availability = availability;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
			wasReady = true;
			chain.doFilter(request, response);
			return;
		}
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		response.setHeader("Retry-After", "5");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(wasReady ? STOPPING : STARTING);
	}

}

package io.plangraph.system;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeType;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the body of a GraphQL request before the GraphQL handler does (the parameters of a GET query likewise;
 * the servlet container bounds their size, see {@link TomcatErrors}), and refuses what that handler
 * would answer with a bare 400, 415 or 500: a content type other than JSON, a body larger than {@code plangraph.limits.request-body}, an
 * empty one, bytes that are not UTF-8, text that is not JSON, JSON that is not one request object (a
 * batch array, {@code null}), and fields of the wrong type. Each refusal says what is wrong and where, and
 * goes through {@code /error} ({@link HttpErrors}) like every other refusal.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class RequestBodyCheck extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	/** How much of a too large body is read and thrown away before answering. */
	private static final long DRAIN = 64L * 1024 * 1024;

	private final InputLimits limits;

	private final String path;

	RequestBodyCheck(InputLimits limits, @Value("${spring.graphql.http.path:/graphql}") String path) {
		this.limits = limits;
		this.path = path;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !path.equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if ("GET".equals(request.getMethod())) {
			String problem = parameterProblem(request);
			if (problem != null) {
				refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, problem, "BAD_REQUEST", Map.of());
				return;
			}
			chain.doFilter(request, response);
			return;
		}
		if (!"POST".equals(request.getMethod())) {
			response.setHeader("Allow", "GET, POST");
			refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, path + " does not answer " + request.getMethod()
					+ ". Send GraphQL requests as POST " + path + " with a JSON body {\"query\": \"…\", \"variables\": {…}}"
					+ ", or queries as GET " + path + "?query=…&variables=….", "BAD_REQUEST", Map.of());
			return;
		}
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (!type.contains("json") && !type.startsWith("application/graphql")) {
			refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "The request's content type "
					+ (type.isEmpty() ? "is not given" : "'" + request.getContentType() + "' is not one this endpoint reads")
					+ ". Send 'Content-Type: application/json' with a JSON body {\"query\": \"…\"}.", "BAD_REQUEST", Map.of());
			return;
		}
		long max = limits.requestBody().toBytes();
		if (request.getContentLengthLong() > max) {
			tooLarge(request, response, request.getContentLengthLong(), max);
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE));
		if (body.length > max) {
			tooLarge(request, response, -1, max);
			return;
		}
		String problem = problem(body);
		if (problem != null) {
			refuse(request, response, HttpServletResponse.SC_BAD_REQUEST, problem, "BAD_REQUEST", Map.of());
			return;
		}
		chain.doFilter(new ReadBody(request, body), response);
	}

	/** What is wrong with the body, or null if it is one GraphQL request object. */
	static String problem(byte[] body) {
		if (body.length == 0) {
			return "The request body is empty. Send a JSON object: {\"query\": \"{ cities { edges { node { name } } } }\"}.";
		}
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return "The request body is not valid UTF-8 (at byte " + firstBadByte(body) + "). Send JSON encoded as UTF-8.";
		}
		JsonNode request;
		try {
			request = JSON.readTree(text);
		}
		catch (JacksonException ex) {
			String why = ErrorBody.clean(ex.getOriginalMessage());
			var at = ex.getLocation();
			return "The request body is not valid JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
					+ (why == null ? "" : ": " + why) + ".";
		}
		if (request == null || request.getNodeType() == JsonNodeType.MISSING) {
			return "The request body holds no JSON value. Send a JSON object: {\"query\": \"{ cities { edges { node { name } } } }\"}.";
		}
		return switch (request.getNodeType()) {
			case OBJECT -> fields(request);
			case ARRAY -> "The request body is a JSON array: batches of requests are not answered. Send one request object at a time.";
			case NULL -> "The request body is JSON null. Send a JSON object: {\"query\": \"{ cities { edges { node { name } } } }\"}.";
			default -> "The request body is a single JSON value, not a request. Send a JSON object: {\"query\": \"{ cities { edges { node { name } } } }\"}.";
		};
	}

	private static String fields(JsonNode request) {
		JsonNode query = request.get("query");
		if ((query == null || query.getNodeType() == JsonNodeType.NULL) && !persisted(request.get("extensions"))) {
			return "The request has no \"query\": send the GraphQL document as {\"query\": \"…\"}"
					+ ", or a persisted query's hash as {\"extensions\": {\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"…\"}}}.";
		}
		if (query == null || query.getNodeType() == JsonNodeType.NULL) {
			return null;
		}
		if (query.getNodeType() != JsonNodeType.STRING) {
			return "The request's \"query\" must be a text holding the GraphQL document.";
		}
		for (var name : new String[] { "variables", "extensions" }) {
			JsonNode field = request.get(name);
			if (field != null && field.getNodeType() != JsonNodeType.NULL && field.getNodeType() != JsonNodeType.OBJECT) {
				return "The request's \"" + name + "\" must be a JSON object ({\"name\": value, …}).";
			}
		}
		JsonNode operation = request.get("operationName");
		if (operation != null && operation.getNodeType() != JsonNodeType.NULL && operation.getNodeType() != JsonNodeType.STRING) {
			return "The request's \"operationName\" must be a text: the name of an operation of the query.";
		}
		return null;
	}

	// A persisted query's hash stands in for the document (Apollo's protocol; the GraphQL engine checks the rest).
	private static boolean persisted(JsonNode extensions) {
		return extensions != null && extensions.getNodeType() == JsonNodeType.OBJECT && extensions.get("persistedQuery") != null
				&& extensions.get("persistedQuery").getNodeType() == JsonNodeType.OBJECT;
	}

	/**
	 * What is wrong with the parameters of a GET request, or null if they are one GraphQL request: each given
	 * once, "variables" and "extensions" JSON objects. Their size is bounded before this by the servlet
	 * container's limit on the request line ({@link TomcatErrors}).
	 */
	static String parameterProblem(HttpServletRequest request) {
		var parameters = request.getParameterMap();
		for (var entry : parameters.entrySet()) {
			if (entry.getValue().length > 1) {
				return "The parameter \"" + entry.getKey() + "\" is given " + entry.getValue().length + " times; give it once.";
			}
		}
		var fields = JSON.createObjectNode();
		for (String name : new String[] { "variables", "extensions" }) {
			String text = request.getParameter(name);
			if (text == null || text.isBlank()) {
				continue;
			}
			JsonNode value;
			try {
				value = JSON.readTree(text);
			}
			catch (JacksonException ex) {
				String why = ErrorBody.clean(ex.getOriginalMessage());
				var at = ex.getLocation();
				return "The parameter \"" + name + "\" is not valid JSON" + (at == null ? "" : " (column " + at.getColumnNr() + ")")
						+ (why == null ? "" : ": " + why) + ". Send it as a URL-encoded JSON object, e.g. " + name + "=%7B%22code%22%3A%22082023%22%7D.";
			}
			if (value == null || value.getNodeType() != JsonNodeType.OBJECT) {
				return "The parameter \"" + name + "\" must be a JSON object ({\"name\": value, …}).";
			}
			fields.set(name, value);
		}
		String query = request.getParameter("query");
		if ((query == null || query.isBlank()) && !persisted(fields.get("extensions"))) {
			return "The request has no \"query\" parameter: send the GraphQL document as GET ?query=…"
					+ ", or a persisted query's hash as ?extensions={\"persistedQuery\": {\"version\": 1, \"sha256Hash\": \"…\"}}.";
		}
		return null;
	}

	private static int firstBadByte(byte[] body) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		var in = ByteBuffer.wrap(body);
		var out = java.nio.CharBuffer.allocate(body.length);
		var result = decoder.decode(in, out, true);
		return result.isError() ? in.position() : body.length;
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, long size, long max) throws IOException {
		// Read what is left (up to a bound) so that the client, still sending, gets to read the answer.
		long left = DRAIN;
		try (var in = request.getInputStream()) {
			for (long skipped = in.skip(left); skipped > 0 && left > 0; skipped = in.skip(left)) {
				left -= skipped;
			}
		}
		response.setHeader("Connection", "close");
		refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "The request body is "
				+ (size < 0 ? "larger than " + max : size) + " bytes; this server reads at most " + max
				+ " bytes (plangraph.limits.request-body). Upload large documents and tables in parts.",
				QueryRefusal.INPUT_TOO_LARGE.name(), Map.of("limit", "plangraph.limits.request-body", "max", max));
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message,
			String classification, Map<String, Object> extensions) throws IOException {
		request.setAttribute(HttpErrors.CLASSIFICATION, classification);
		request.setAttribute(HttpErrors.EXTENSIONS, extensions);
		response.sendError(status, message);
	}

	/** The request with its body already read. */
	private static final class ReadBody extends HttpServletRequestWrapper {

		private final byte[] body;

		ReadBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			var in = new ByteArrayInputStream(body);
			return new ServletInputStream() {

				@Override
				public int read() throws IOException {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) throws IOException {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}

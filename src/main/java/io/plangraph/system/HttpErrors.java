package io.plangraph.system;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Every refusal the servlet container or Spring MVC makes before GraphQL runs (a bad or too large body,
 * a wrong method or content type, a missing key, an unknown address) and every failure that escapes a
 * handler ends here, through {@code /error}, and is answered as a GraphQL error body instead of Spring
 * Boot's bare {@code {"status": 400, "error": "Bad Request"}}. {@link RequestBodyCheck} says exactly what
 * is wrong with a body and passes it on as the error's message and classification.
 */
@RestController
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class HttpErrors implements ErrorController {

	/** Request attribute: the classification of a refusal whose message is the error dispatch's message. */
	static final String CLASSIFICATION = HttpErrors.class.getName() + ".classification";

	/** Request attribute: the extensions of that refusal. */
	static final String EXTENSIONS = HttpErrors.class.getName() + ".extensions";

	private static final Logger log = LoggerFactory.getLogger(HttpErrors.class);

	private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	private static final MediaType GRAPHQL_RESPONSE = MediaType.parseMediaType("application/graphql-response+json");

	private final ErrorAttributes errors;

	HttpErrors(ErrorAttributes errors) {
		this.errors = errors;
	}

	@RequestMapping("${server.error.path:/error}")
	@SuppressWarnings("unchecked")
	ResponseEntity<byte[]> error(HttpServletRequest request) {
		HttpStatus status = status(request);
		String path = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
		Throwable failure = errors.getError(new ServletWebRequest(request));
		Object classification = request.getAttribute(CLASSIFICATION);
		Map<String, Object> body;
		if (classification != null) {
			var extensions = (Map<String, Object>) request.getAttribute(EXTENSIONS);
			body = ErrorBody.of(String.valueOf(request.getAttribute(RequestDispatcher.ERROR_MESSAGE)), classification.toString(),
					extensions == null ? Map.of() : extensions);
		}
		else if (status.is5xxServerError()) {
			String id = UUID.randomUUID().toString();
			log.error("Unexpected failure {} answering {} {} with {}", id, request.getMethod(), path, status.value(), failure);
			body = ErrorBody.of("Something went wrong on the server; it was logged as error " + id
					+ ". If it happens again, please report this id.", "INTERNAL_ERROR",
					Map.of("errorId", id));
		}
		else {
			body = ErrorBody.of(message(status, request, path, failure), classification(status), Map.of());
		}
		// Written whole, with its length: a client still sending a refused body can read it before the connection closes.
		byte[] bytes = JSON.writeValueAsBytes(body);
		return ResponseEntity.status(status).contentType(contentType(request)).contentLength(bytes.length).body(bytes);
	}

	private static String message(HttpStatus status, HttpServletRequest request, String path, Throwable failure) {
		String method = request.getMethod();
		return switch (status) {
			case UNAUTHORIZED -> {
				String why = ErrorBody.clean((String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE));
				yield (why == null ? "This request needs a valid API key" : why.replaceAll("[.\\s]+$", ""))
						+ ". Send it as 'Authorization: Bearer KEY' or 'X-API-Key: KEY'.";
			}
			case FORBIDDEN -> "The API key may not do this.";
			case NOT_FOUND -> "There is nothing at " + path + ". The GraphQL API answers POST /graphql"
					+ "; GraphiQL is at /graphiql.";
			case METHOD_NOT_ALLOWED -> path + " does not answer " + method + ". Send GraphQL requests as POST /graphql"
					+ " with a JSON body {\"query\": \"…\", \"variables\": {…}}.";
			case UNSUPPORTED_MEDIA_TYPE -> "The request's content type " + contentTypeOf(request, failure)
					+ " is not one this endpoint reads. Send 'Content-Type: application/json' with a JSON body {\"query\": \"…\"}.";
			case NOT_ACCEPTABLE -> "This endpoint answers application/graphql-response+json or application/json; the request's"
					+ " Accept header allows neither.";
			case PAYLOAD_TOO_LARGE -> "The request is too large.";
			case BAD_REQUEST -> badRequest(failure);
			default -> "The request was refused (HTTP " + status.value() + ").";
		};
	}

	// What the GraphQL handler itself refuses once RequestBodyCheck has let a body through: its fields' types.
	private static String badRequest(Throwable failure) {
		String why = failure == null ? null : ErrorBody.clean(failure.getMessage());
		return "The request is not a GraphQL request: its body is a JSON object with \"query\" (a text) and, if needed, "
				+ "\"variables\" (an object), \"operationName\" (a text) and \"extensions\" (an object)"
				+ (why == null ? "." : " (" + why + ").");
	}

	private static String contentTypeOf(HttpServletRequest request, Throwable failure) {
		String type = request.getContentType();
		if (type == null && failure instanceof HttpMediaTypeNotSupportedException unsupported && unsupported.getContentType() != null) {
			type = unsupported.getContentType().toString();
		}
		return type == null ? "(none given)" : "'" + type + "'";
	}

	private static String classification(HttpStatus status) {
		return switch (status) {
			case UNAUTHORIZED -> "UNAUTHORIZED";
			case FORBIDDEN -> "FORBIDDEN";
			case NOT_FOUND -> "NOT_FOUND";
			case PAYLOAD_TOO_LARGE -> QueryRefusal.INPUT_TOO_LARGE.name();
			default -> "BAD_REQUEST";
		};
	}

	private static HttpStatus status(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

	private static MediaType contentType(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return accept != null && accept.contains(GRAPHQL_RESPONSE.toString()) ? GRAPHQL_RESPONSE : MediaType.APPLICATION_JSON;
	}

}

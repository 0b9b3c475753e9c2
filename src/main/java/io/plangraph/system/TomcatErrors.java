package io.plangraph.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat refuses before any servlet sees the request (a request line or headers larger than
 * {@code server.max-http-request-header-size}, 8 KB by default, as a long GET query makes; a malformed
 * request line) is answered with a GraphQL error body too, not Tomcat's HTML page.
 */
@Component
@ConditionalOnClass(StandardHost.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class TomcatErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addContextCustomizers(context -> {
			if (context.getParent() instanceof StandardHost host) {
				host.setErrorReportValveClass(GraphQlErrorReport.class.getName());
			}
		});
	}

	/** Tomcat's own error report, as a GraphQL error body. */
	public static final class GraphQlErrorReport extends ErrorReportValve {

		private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			// As Tomcat's own reports: nothing if something was written already or the response is not marked as failed.
			if (status < 400 || response.getContentWritten() > 0 || !response.isError()) {
				return;
			}
			String message = status == 400
					? "The server could not read this HTTP request: its request line or headers are malformed, or longer than it reads "
							+ "(server.max-http-request-header-size, 8 KB unless set). Send a long GraphQL query as POST with a JSON body, "
							+ "or as a persisted query's hash."
					: "The request was refused (HTTP " + status + ").";
			String body = JSON.writeValueAsString(ErrorBody.of(message, status == 400 ? "BAD_REQUEST" : "INTERNAL_ERROR", Map.of()));
			try {
				response.setContentType("application/json");
				response.setCharacterEncoding(StandardCharsets.UTF_8.name());
				var writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client is gone, or the answer was already under way: nothing more to tell it.
			}
		}

	}

}

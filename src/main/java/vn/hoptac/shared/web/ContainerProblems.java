package vn.hoptac.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.HttpServletResponse;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * Requests refused before they reach a controller (a path the firewall rejects, such as an
 * encoded slash or a semicolon in an id, or a URI Tomcat cannot parse) are answered as problem
 * details too, never with the servlet container's HTML page.
 */
@Configuration(proxyBeanMethods = false)
class ContainerProblems {

	private final MessageSource messages;

	private final JsonMapper json;

	ContainerProblems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	@Bean
	RequestRejectedHandler problemForRejectedRequests() {
		return (request, response, rejected) -> {
			if (!response.isCommitted()) {
				response.resetBuffer();
				write(response, HttpStatus.BAD_REQUEST, request.getLocale());
			}
		};
	}

	/** Runs after Spring Boot's own customizer, so that its HTML error report valve is replaced. */
	@Bean
	@Order(Ordered.LOWEST_PRECEDENCE)
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
		return factory -> factory.addContextCustomizers(context -> {
			var pipeline = context.getParent().getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			pipeline.addValve(new ProblemReportValve());
			// else the host adds its own HTML report valve when it starts
			((StandardHost) context.getParent()).setErrorReportValveClass(ProblemReportValve.class.getName());
		});
	}

	private void write(HttpServletResponse response, HttpStatus status, Locale locale) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(body(status, locale));
		response.flushBuffer();
	}

	private String body(HttpStatus status, Locale locale) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "about:blank");
		problem.put("title", status.getReasonPhrase());
		problem.put("status", status.value());
		if (status == HttpStatus.BAD_REQUEST) {
			problem.put("detail", messages.getMessage("problem.badPath.detail", null, "Bad request", locale));
		}
		return json.writeValueAsString(problem);
	}

	/** Tomcat's error report, as a problem instead of an HTML page. */
	private final class ProblemReportValve extends ErrorReportValve {

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			HttpStatus status = HttpStatus.resolve(response.getStatus());
			if (status == null || !status.isError() || response.getContentWritten() > 0) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean(true);
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			try {
				response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body(status, request.getLocale()));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// the client is gone or the response was already sent: nothing more to say
			}
		}

	}

}

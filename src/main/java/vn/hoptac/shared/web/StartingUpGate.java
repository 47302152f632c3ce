package vn.hoptac.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import tools.jackson.databind.json.JsonMapper;

/**
 * The web server answers before the application has set itself up: the demo data, the demo
 * accounts and the first administrator are created by application runners afterwards, and only
 * then does Spring Boot's readiness state (and so {@code /actuator/health}) turn to accepting
 * traffic. Until it does, every request but the probes is answered 503 with {@code Retry-After}:
 * a sign-in that could only fail would otherwise be refused as a wrong password and counted
 * against the account by the sign-in throttle, locking the user out for seconds after start-up.
 */
@Configuration(proxyBeanMethods = false)
class StartingUpGate {

	private static final String RETRY_AFTER_SECONDS = "5";

	@Bean
	FilterRegistrationBean<OncePerRequestFilter> startingUpFilter(ApplicationAvailability availability,
			MessageSource messages, JsonMapper json,
			org.springframework.core.env.Environment environment) {
		String probes = environment.getProperty("management.endpoints.web.base-path", "/actuator");
		OncePerRequestFilter filter = new OncePerRequestFilter() {

			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
					FilterChain chain) throws ServletException, IOException {
				if (availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC
						|| request.getRequestURI().startsWith(request.getContextPath() + probes)) {
					chain.doFilter(request, response);
					return;
				}
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
						messages.getMessage("problem.startingUp.detail", null, request.getLocale()));
				problem.setTitle(messages.getMessage("problem.startingUp.title", null, request.getLocale()));
				response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
				response.setContentType("application/problem+json");
				response.setCharacterEncoding("UTF-8");
				response.getWriter().write(json.writeValueAsString(problem));
			}

		};
		FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}

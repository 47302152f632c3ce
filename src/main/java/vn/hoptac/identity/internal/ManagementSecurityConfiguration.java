package vn.hoptac.identity.internal;

import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The actuator endpoints, on the application's port or on {@code management.server.port}: health
 * (a plain status, and the liveness and readiness groups a proxy polls) is open to everyone; every
 * other endpoint, Prometheus metrics among them, needs an administrator by HTTP Basic. Stateless:
 * a scraper gets no session and sends no CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class ManagementSecurityConfiguration {

	@Bean
	@Order(0)
	SecurityFilterChain management(HttpSecurity http) throws Exception {
		return http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests(requests -> requests.requestMatchers(EndpointRequest.to(HealthEndpoint.class))
				.permitAll()
				.anyRequest()
				.hasRole("ADMIN"))
			.httpBasic(basic -> basic.realmName("hoptac"))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.build();
	}

}

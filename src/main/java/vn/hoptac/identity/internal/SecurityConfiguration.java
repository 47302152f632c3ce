package vn.hoptac.identity.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.servlet.LocaleResolver;

import vn.hoptac.identity.UserService;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: HTTP Basic or personal access tokens,
 * no session, no CSRF (no cookies are used), 401/403 as problem details. The pages use form
 * sign-in with a session, CSRF protection and strict security headers. Reads are open to
 * anonymous visitors at the URL level; the services decide what each actor may see and change.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'";

	@Bean
	PasswordEncoder passwordEncoder() {
		var argon2 = Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
		var encoder = new DelegatingPasswordEncoder("argon2", java.util.Map.of("argon2", argon2));
		encoder.setDefaultPasswordEncoderForMatches(argon2);
		return encoder;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, UserService users, MessageSource messages, LocaleResolver locales)
			throws Exception {
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic.authenticationEntryPoint(
					(request, response, ex) -> problem(request, response, HttpStatus.UNAUTHORIZED, messages, locales)))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(
						(request, response, ex) -> problem(request, response, HttpStatus.UNAUTHORIZED, messages, locales))
				.accessDeniedHandler(
						(request, response, ex) -> problem(request, response, HttpStatus.FORBIDDEN, messages, locales)))
			.addFilterBefore(new TokenAuthenticationFilter(users), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http) throws Exception {
		return http
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/admin/audit/**")
				.hasAnyRole("ADMIN", "NATIONAL_ANALYST")
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.requestMatchers("/account/**")
				.authenticated()
				.anyRequest()
				.permitAll())
			.formLogin(form -> form.loginPage("/login").permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny()))
			.addFilterAfter(new PasswordChangeEnforcer(), org.springframework.security.web.access.ExceptionTranslationFilter.class)
			.build();
	}

	private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			MessageSource messages, LocaleResolver locales) throws IOException {
		Locale locale = locales.resolveLocale(request);
		String key = status == HttpStatus.UNAUTHORIZED ? "problem.unauthorized" : "problem.forbidden";
		String title = messages.getMessage(key + ".title", null, locale);
		String detail = messages.getMessage(key + ".detail", null, locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"hoptac\"");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"status\":%d,\"title\":\"%s\",\"detail\":\"%s\"}".formatted(status.value(),
					escape(title), escape(detail)));
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

}

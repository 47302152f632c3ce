package vn.hoptac.identity.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.LocaleResolver;

import vn.hoptac.identity.UserService;

import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. The API ({@code /api/**}) is stateless: HTTP Basic or personal access tokens,
 * no session, no CSRF (no cookies are used), 401/403 as problem details. The pages use form
 * sign-in with a session, CSRF protection and strict security headers. Reads are open to
 * anonymous visitors at the URL level; the services decide what each actor may see and change.
 * Both chains sign in through {@link ThrottledSignIn} and let a user who must change the password
 * do only that; a session follows its user's current rights ({@link SessionRightsCheck}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'";

	/** Browser features no page of hoptac uses, denied to the pages and anything they embed. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "serial=(), bluetooth=(), hid=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), "
			+ "display-capture=()";

	/**
	 * Argon2id with Spring Security's defaults (16 MiB, 2 iterations, about 40 ms a check here) unless
	 * configured otherwise. Each stored hash carries its own parameters, so changing them affects new
	 * passwords only. The test build lowers them: every request it signs in with HTTP Basic would
	 * otherwise spend most of its time hashing.
	 */
	@Bean
	PasswordEncoder passwordEncoder(@Value("${hoptac.password-hashing.memory-kib:16384}") int memoryKib,
			@Value("${hoptac.password-hashing.iterations:2}") int iterations) {
		var argon2 = new Argon2PasswordEncoder(16, 32, 1, memoryKib, iterations);
		var encoder = new DelegatingPasswordEncoder("argon2", java.util.Map.of("argon2", argon2));
		encoder.setDefaultPasswordEncoderForMatches(argon2);
		return encoder;
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, UserService users, MessageSource messages, LocaleResolver locales,
			JsonMapper json) throws Exception {
		ProblemResponses problems = new ProblemResponses(messages, locales, json);
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, "/api/**")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/feedback")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic(basic -> basic
				.authenticationEntryPoint((request, response, ex) -> signInRefused(request, response, ex, problems)))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint(
						(request, response, ex) -> problems.write(request, response, HttpStatus.UNAUTHORIZED,
								"problem.unauthorized"))
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response,
						HttpStatus.FORBIDDEN, "problem.forbidden")))
			.addFilterBefore(new TokenAuthenticationFilter(users), BasicAuthenticationFilter.class)
			.addFilterAfter(PasswordChangeEnforcer.forApi((request, response) -> problems.write(request, response,
					HttpStatus.FORBIDDEN, "problem.passwordChange")), ExceptionTranslationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.headers(headers -> privacyHeaders(headers)
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")))
			.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain pages(HttpSecurity http, UserRepository users) throws Exception {
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
			.headers(headers -> privacyHeaders(headers)
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions(frame -> frame.deny()))
			.addFilterAfter(new SessionRightsCheck(users), SecurityContextHolderFilter.class)
			.addFilterAfter(PasswordChangeEnforcer.forPages(), ExceptionTranslationFilter.class)
			.build();
	}

	/** Referrers only to our own origin in full, no browser features: for the pages and the API. */
	private static HeadersConfigurer<HttpSecurity> privacyHeaders(HeadersConfigurer<HttpSecurity> headers) {
		return headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY));
	}

	/** HTTP Basic refused: 429 with {@code Retry-After} while the source must wait, 401 otherwise. */
	private static void signInRefused(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex, ProblemResponses problems) throws IOException {
		if (ex instanceof SignInDelayedException delayed) {
			long seconds = Math.max(1, (delayed.retryAfter().toMillis() + 999) / 1000);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "problem.signInDelayed");
		}
		else {
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
		}
	}

}

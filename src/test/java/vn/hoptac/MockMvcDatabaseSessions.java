package vn.hoptac;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionAutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Test support (registered for every test context by this module's test
 * {@code AutoConfiguration.imports}): MockMvc tests keep using {@code MockHttpSession}
 * ({@code .session(...)}, {@code flashAttr}, {@code result.getRequest().getSession()}) while the
 * application keeps its sessions in the database. Spring Session's filter ignores the mock session
 * and follows the session cookie, as it does for a browser; this filter, just before it, sends the
 * cookie of the database session that the mock session stands for, copies what the test put into the
 * mock session to the database session, and after the request mirrors the database session (read
 * back, so deserialized) into the mock session. Requests from a real HTTP client pass through.
 */
@AutoConfiguration(after = JdbcSessionAutoConfiguration.class)
@ConditionalOnBean(SessionRepository.class)
public class MockMvcDatabaseSessions {

	static final String COOKIE = "SESSION";

	private static final String ID = MockMvcDatabaseSessions.class.getName() + ".id";

	private static final String MIRRORED = MockMvcDatabaseSessions.class.getName() + ".mirrored";

	@Bean
	FilterRegistrationBean<Bridge> mockSessionBridge(SessionRepository<? extends Session> sessions) {
		var registration = new FilterRegistrationBean<>(new Bridge(sessions));
		registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
		return registration;
	}

	static final class Bridge extends OncePerRequestFilter {

		private final SessionRepository<Session> sessions;

		@SuppressWarnings("unchecked")
		Bridge(SessionRepository<? extends Session> sessions) {
			this.sessions = (SessionRepository<Session>) sessions;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			MockHttpServletRequest mockRequest = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
			MockHttpServletResponse mockResponse = WebUtils.getNativeResponse(response, MockHttpServletResponse.class);
			if (mockRequest == null || mockResponse == null || WebUtils.getCookie(mockRequest, COOKIE) != null) {
				chain.doFilter(request, response);
				return;
			}
			String sent = sendDatabaseSession(mockRequest);
			chain.doFilter(request, response);
			mirror(mockRequest, sessionIdAfter(mockResponse, sent));
		}

		/** Adds the cookie of the database session the mock session stands for; its id, or null. */
		private String sendDatabaseSession(MockHttpServletRequest request) {
			HttpSession mock = request.getSession(false);
			if (mock == null) {
				return null;
			}
			Map<String, Object> putByTest = putByTest(mock);
			String id = (String) mock.getAttribute(ID);
			Session stored = id == null ? null : sessions.findById(id);
			if (stored == null && putByTest.isEmpty()) {
				return null; // never had one, or it has ended (expired, signed out): the request has none
			}
			if (stored == null) {
				stored = sessions.createSession();
			}
			if (!putByTest.isEmpty() || id == null) {
				putByTest.forEach(stored::setAttribute);
				sessions.save(stored);
			}
			Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
			String value = Base64.getEncoder().encodeToString(stored.getId().getBytes(StandardCharsets.UTF_8));
			request.setCookies(Stream.concat(Stream.of(cookies), Stream.of(new Cookie(COOKIE, value))).toArray(Cookie[]::new));
			return stored.getId();
		}

		/** Attributes the test (or MockMvc, for flash attributes) set since the last mirror. */
		private static Map<String, Object> putByTest(HttpSession mock) {
			@SuppressWarnings("unchecked")
			Map<String, Object> mirrored = (Map<String, Object>) mock.getAttribute(MIRRORED);
			Map<String, Object> put = new HashMap<>();
			for (String name : Collections.list(mock.getAttributeNames())) {
				Object value = mock.getAttribute(name);
				if (!name.equals(ID) && !name.equals(MIRRORED) && (mirrored == null || mirrored.get(name) != value)) {
					put.put(name, value);
				}
			}
			return put;
		}

		/** The session in effect after the request: a new cookie (new session, or new id after sign-in), or the one sent. */
		private static String sessionIdAfter(MockHttpServletResponse response, String sent) {
			Cookie cookie = response.getCookie(COOKIE);
			if (cookie == null) {
				return sent;
			}
			if (cookie.getValue() == null || cookie.getValue().isEmpty() || cookie.getMaxAge() == 0) {
				return null;
			}
			return new String(Base64.getDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
		}

		private void mirror(MockHttpServletRequest request, String id) {
			HttpSession mock = request.getSession(id != null);
			if (mock == null) {
				return;
			}
			Collections.list(mock.getAttributeNames()).forEach(mock::removeAttribute);
			Session stored = id == null ? null : sessions.findById(id);
			if (stored == null) {
				return;
			}
			Map<String, Object> mirrored = new HashMap<>();
			for (String name : stored.getAttributeNames()) {
				Object value = stored.getAttribute(name);
				mock.setAttribute(name, value);
				mirrored.put(name, value);
			}
			mock.setAttribute(ID, id);
			mock.setAttribute(MIRRORED, mirrored);
		}

	}

}

package vn.hoptac;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What an instance offers a reverse proxy and an operator, over real HTTP: health probes, metrics
 * for administrators only, and sessions kept in the database with their cookie, fixation and CSRF
 * protection. On the database the build selects (H2, and PostgreSQL in its execution).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("database")
class InstanceOperationsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	@Test
	void answersLivenessAndReadinessSeparatelyAndAPlainPublicHealth() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			HttpResponse<String> answer = HttpVisitor.api(base(), "GET", probe, null, null, null);
			assertThat(answer.statusCode()).as(probe).isEqualTo(200);
			assertThat(answer.body()).as(probe).isEqualTo("{\"status\":\"UP\"}");
		}
		HttpResponse<String> health = HttpVisitor.api(base(), "GET", "/actuator/health", null, null, null);
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details", "db");
	}

	private HttpResponse<String> scrape(String username, String password) {
		return HttpVisitor.call(base(), "GET", "/actuator/prometheus", "text/plain", username, password, null);
	}

	@Test
	void exposesPrometheusMetricsToAdministratorsOnly() {
		assertThat(scrape(null, null).statusCode()).isEqualTo(401);
		assertThat(scrape("admin", "wrong-password").statusCode()).isEqualTo(401);
		assertThat(scrape("mofa", "demo").statusCode()).isEqualTo(403);

		HttpResponse<String> metrics = scrape("admin", "demo");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
		assertThat(metrics.body()).contains("# TYPE jvm_memory_used_bytes gauge")
			.contains("http_server_requests_seconds_count")
			.contains("hikaricp_connections_active");
		assertThat(metrics.headers().firstValue("Set-Cookie")).as("a scrape opens no session").isEmpty();
	}

	@Test
	void keepsTheSignedInSessionInTheDatabaseWithANewIdAndItsCookieSettings() {
		HttpVisitor visitor = new HttpVisitor();
		visitor.get(base(), "/login");
		String before = visitor.sessionId();

		HttpResponse<String> signedIn = visitor.signIn(base(), "thainguyen", "demo");
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/"));
		String after = visitor.sessionId();
		assertThat(after).as("a new session id at sign-in (no session fixation)").isNotEqualTo(before);
		assertThat(visitor.lastSessionSetCookie()).contains("HttpOnly").contains("SameSite=Lax").contains("Path=/");

		Map<String, Object> row = jdbc.queryForMap(
				"select principal_name, max_inactive_interval from spring_session where session_id = ?", after);
		assertThat(row.get("principal_name")).isEqualTo("thainguyen");
		assertThat(((Number) row.get("max_inactive_interval")).intValue()).isEqualTo(30 * 60);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, before))
			.isZero();

		HttpResponse<String> account = visitor.get(base(), "/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains("thainguyen");

		assertThat(visitor.postFormWithoutToken(base(), "/logout", Map.of()).statusCode())
			.as("a form post without its CSRF token").isEqualTo(403);
		assertThat(visitor.get(base(), "/account").statusCode()).isEqualTo(200);

		assertThat(visitor.postForm(base(), "/account", "/logout", Map.of()).statusCode()).isEqualTo(302);
		assertThat(jdbc.queryForObject("select count(*) from spring_session where session_id = ?", Integer.class, after))
			.as("signing out deletes the session").isZero();
		assertThat(visitor.get(base(), "/account").statusCode()).isEqualTo(302);
	}

}

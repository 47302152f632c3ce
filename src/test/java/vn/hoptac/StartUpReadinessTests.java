package vn.hoptac;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The web server answers before the demo data and the demo accounts exist (they are loaded by
 * application runners once the server is up). Until they are, health must not say UP, and a user
 * who tries to sign in is told to come back, not refused: a refusal would count against the
 * account in the sign-in throttle and keep it locked for seconds after health said UP.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.datasource.url=jdbc:h2:mem:readiness;DB_CLOSE_DELAY=-1")
class StartUpReadinessTests {

	/** What the probes answered while the application was still setting itself up. */
	static final Map<String, Integer> DURING_SET_UP = new LinkedHashMap<>();

	/** What sign-in attempts were answered meanwhile (more than the throttle lets through). */
	static final java.util.List<HttpResponse<String>> SIGN_INS_DURING_SET_UP = new java.util.ArrayList<>();

	@Autowired
	Environment environment;

	@Test
	void healthIsNotUpBeforeTheDemoAccountsCanSignIn() {
		assertThat(DURING_SET_UP).containsEntry("/actuator/health", 503)
			.containsEntry("/actuator/health/readiness", 503)
			.containsEntry("/actuator/health/liveness", 200);
	}

	@Test
	void signingInBeforeThenIsAnsweredComeBackLater() {
		assertThat(SIGN_INS_DURING_SET_UP).hasSize(10).allSatisfy(response -> {
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Retry-After")).isPresent();
			assertThat(response.body()).contains("\"status\":503");
		});
	}

	@Test
	void healthIsUpOnceTheyCan() throws Exception {
		int port = environment.getRequiredProperty("local.server.port", Integer.class);
		assertThat(status(port, "/actuator/health")).isEqualTo(200);
		assertThat(status(port, "/actuator/health/readiness")).isEqualTo(200);
		// at once: the attempts made during set-up did not put the account behind the throttle
		assertThat(signIn(port).statusCode()).isEqualTo(200);
	}

	static HttpResponse<String> signIn(int port) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/partnerships?size=1"))
				.header("Authorization",
						"Basic " + java.util.Base64.getEncoder().encodeToString("thainguyen:demo".getBytes()))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	static int status(int port, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	@TestConfiguration
	static class ProbeBeforeSetUp {

		/** Runs before every other runner, i.e. after the server started but before any set-up. */
		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		ApplicationRunner probeHealth(Environment environment) {
			return args -> {
				int port = environment.getRequiredProperty("local.server.port", Integer.class);
				for (String path : new String[] { "/actuator/health", "/actuator/health/readiness",
						"/actuator/health/liveness" }) {
					DURING_SET_UP.put(path, status(port, path));
				}
				for (int attempt = 0; attempt < 10; attempt++) {
					SIGN_INS_DURING_SET_UP.add(signIn(port));
				}
			};
		}

	}

}

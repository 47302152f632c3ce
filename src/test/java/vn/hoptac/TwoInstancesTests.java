package vn.hoptac;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one PostgreSQL database, as behind a reverse proxy: what one
 * instance writes, the other serves at once, to the right readers only, and a session begun on one
 * is honoured (and ended) on the other. Runs in the build's PostgreSQL execution (when
 * HOPTAC_TEST_POSTGRES_URL is set), where the datasource system properties point at PostgreSQL.
 */
@Tag("database")
@EnabledIfSystemProperty(named = "spring.datasource.url", matches = "jdbc:postgresql:.*")
class TwoInstancesTests {

	private static ConfigurableApplicationContext instanceA;

	private static ConfigurableApplicationContext instanceB;

	private static String a;

	private static String b;

	@BeforeAll
	static void startTwoInstances() {
		instanceA = start("a");
		instanceB = start("b");
		a = base(instanceA);
		b = base(instanceB);
	}

	@AfterAll
	static void stopThem() {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { instanceA, instanceB }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	private static ConfigurableApplicationContext start(String name) {
		return new SpringApplicationBuilder(HoptacApplication.class).run("--server.port=0",
				"--hoptac.data-dir=target/two-instances-" + name);
	}

	private static String base(ConfigurableApplicationContext instance) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	@Test
	void bothInstancesAreReady() {
		for (String instance : List.of(a, b)) {
			HttpResponse<String> readiness = HttpVisitor.api(instance, "GET", "/actuator/health/readiness", null, null, null);
			assertThat(readiness.statusCode()).isEqualTo(200);
			assertThat(readiness.body()).isEqualTo("{\"status\":\"UP\"}");
		}
	}

	@Test
	void aRecordCreatedThroughAIsReadAtOnceInBsDetail() {
		Organisation created = createPublicOrganisationThroughA();

		HttpResponse<String> detail = HttpVisitor.api(b, "GET", "/api/v1/organisations/" + created.id, null, null, null);
		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(detail.body(), "$.name")).isEqualTo(created.name);
		HttpResponse<String> page = new HttpVisitor().get(b, "/organisations/" + created.id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains(created.name);
	}

	@Test
	void aRecordCreatedThroughAIsListedAndFoundAtOnceOnB() {
		Organisation created = createPublicOrganisationThroughA();

		HttpResponse<String> list = HttpVisitor.api(b, "GET", "/api/v1/organisations?q=" + created.word, null, null, null);
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(ids(list)).containsExactly(created.id);
		assertThat(new HttpVisitor().get(b, "/organisations?q=" + created.word).body()).contains(created.name);
		assertThat(new HttpVisitor().get(b, "/search?q=" + created.word).body()).contains(created.name);
	}

	@Test
	void aVisibilityChangeThroughAHidesTheRecordFromBsAnonymousReadersAtOnce() {
		Organisation created = createPublicOrganisationThroughA();
		assertThat(HttpVisitor.api(b, "GET", "/api/v1/organisations/" + created.id, null, null, null).statusCode())
			.isEqualTo(200);

		makeInternalThroughA(created);

		assertThat(HttpVisitor.api(b, "GET", "/api/v1/organisations/" + created.id, null, null, null).statusCode())
			.as("anonymous detail on B").isEqualTo(401);
		HttpResponse<String> page = new HttpVisitor().get(b, "/organisations/" + created.id);
		assertThat(page.statusCode()).as("anonymous page on B").isNotEqualTo(200);
		assertThat(page.body()).doesNotContain(created.name);
		assertThat(HttpVisitor.api(b, "GET", "/api/v1/organisations/" + created.id, "thainguyen", "demo", null).statusCode())
			.as("its province still reads it on B").isEqualTo(200);
	}

	@Test
	void aVisibilityChangeThroughAHidesTheRecordFromBsAnonymousListsAtOnce() {
		Organisation created = createPublicOrganisationThroughA();
		assertThat(ids(HttpVisitor.api(b, "GET", "/api/v1/organisations?q=" + created.word, null, null, null)))
			.containsExactly(created.id);

		makeInternalThroughA(created);

		assertThat(ids(HttpVisitor.api(b, "GET", "/api/v1/organisations?q=" + created.word, null, null, null))).isEmpty();
		assertThat(new HttpVisitor().get(b, "/organisations?q=" + created.word).body()).doesNotContain(created.name);
		assertThat(new HttpVisitor().get(b, "/search?q=" + created.word).body()).doesNotContain(created.name);
	}

	@Test
	void aSessionSignedInOnAWorksOnBAndSigningOutOnBEndsItOnA() {
		HttpVisitor officer = new HttpVisitor();
		assertThat(officer.signIn(a, "thainguyen", "demo").statusCode()).isEqualTo(302);

		HttpResponse<String> account = officer.get(b, "/account");
		assertThat(account.statusCode()).as("B serves A's session").isEqualTo(200);
		assertThat(account.body()).contains("thainguyen");
		assertThat(officer.get(a, "/account").statusCode()).isEqualTo(200);

		// The CSRF token the session holds is the same on both: a form read on A posts on B.
		String token = officer.csrfToken(a, "/account");
		assertThat(officer.postFormWithoutToken(b, "/logout", Map.of("_csrf", token)).statusCode()).isEqualTo(302);
		HttpResponse<String> afterSignOut = officer.get(a, "/account");
		assertThat(afterSignOut.statusCode()).as("signed out on B, so on A too").isEqualTo(302);
		assertThat(afterSignOut.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
	}

	@Test
	void aUserDisabledOnAIsSignedOutOnB() {
		String username = "two-instances-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = HttpVisitor.api(a, "POST", "/api/v1/users", "admin", "demo", """
				{"username": "%s", "displayName": "Chuyên viên hai máy chủ", "role": "NATIONAL_ANALYST",
				 "password": "first-password-1"}""".formatted(username));
		assertThat(created.statusCode()).isEqualTo(201);
		long id = ((Number) JsonPath.read(created.body(), "$.id")).longValue();

		HttpVisitor user = new HttpVisitor();
		assertThat(user.signIn(b, username, "first-password-1").statusCode()).isEqualTo(302);
		assertThat(user.get(b, "/account/password").statusCode()).as("signed in on B").isEqualTo(200);

		HttpResponse<String> current = HttpVisitor.api(a, "GET", "/api/v1/users/" + id, "admin", "demo", null);
		long version = ((Number) JsonPath.read(current.body(), "$.version")).longValue();
		assertThat(HttpVisitor.api(a, "PUT", "/api/v1/users/" + id, "admin", "demo", """
				{"displayName": "Chuyên viên hai máy chủ", "role": "NATIONAL_ANALYST", "enabled": false,
				 "version": %d}""".formatted(version)).statusCode()).isEqualTo(200);

		HttpResponse<String> after = user.get(b, "/account/password");
		assertThat(after.statusCode()).as("disabled on A, signed out on B").isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).contains("/login"));
	}

	private record Organisation(long id, String name, String word, long localityId) {
	}

	/** A public organisation of Thái Nguyên, created by its officer through A; its name has a word of its own. */
	private static Organisation createPublicOrganisationThroughA() {
		long thaiNguyen = thaiNguyen();
		String word = "hm" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String name = "Công ty Hai máy chủ " + word;
		HttpResponse<String> created = HttpVisitor.api(a, "POST", "/api/v1/organisations", "thainguyen", "demo",
				organisation(name, thaiNguyen, "PUBLIC", null));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return new Organisation(((Number) JsonPath.read(created.body(), "$.id")).longValue(), name, word, thaiNguyen);
	}

	private static void makeInternalThroughA(Organisation organisation) {
		HttpResponse<String> current = HttpVisitor.api(a, "GET", "/api/v1/organisations/" + organisation.id, "thainguyen",
				"demo", null);
		long version = ((Number) JsonPath.read(current.body(), "$.version")).longValue();
		HttpResponse<String> updated = HttpVisitor.api(a, "PUT", "/api/v1/organisations/" + organisation.id, "thainguyen",
				"demo", organisation(organisation.name, organisation.localityId, "INTERNAL", version));
		assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
	}

	private static String organisation(String name, long localityId, String visibility, Long version) {
		return """
				{"type": "BUSINESS", "names": {"vi": "%s"}, "country": "VN", "localityId": %d,
				 "visibility": "%s", "version": %s}""".formatted(name, localityId, visibility, version);
	}

	private static long thaiNguyen() {
		HttpResponse<String> found = HttpVisitor.api(a, "GET", "/api/v1/localities?q=VN-19&size=200", null, null, null);
		List<Number> ids = JsonPath.read(found.body(), "$.items[?(@.code == 'VN-19')].id");
		assertThat(ids).hasSize(1);
		return ids.get(0).longValue();
	}

	private static List<Long> ids(HttpResponse<String> list) {
		List<Number> ids = JsonPath.read(list.body(), "$.items[*].id");
		return ids.stream().map(Number::longValue).toList();
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.client.RestClient;

import vn.hoptac.identity.UserService;
import vn.hoptac.reminders.internal.DailyDigest;

/**
 * Reminders in a real browser: an officer's home lists an agreement about to expire (Vietnamese and
 * Korean) and leads to it; an administrator sees the officer's address in the user form and, with
 * no mail server, the day's digest of an officer waiting in the outbox, the agreement in it (English).
 */
class RemindersJourneyTests extends BrowserTest {

	@Autowired
	DailyDigest digest;

	@Autowired
	Clock clock;

	@Autowired
	UserService users;

	@Test
	void anOfficersHomeListsWhatExpiresAndTheDigestWaitsForAdministrators() throws Exception {
		LocalDate today = LocalDate.now(clock);
		String title = "Thỏa thuận sắp hết hiệu lực hành trình " + UUID.randomUUID().toString().substring(0, 8);
		long id = expiringAgreement(title, today.plusDays(20));

		signIn("thainguyen");
		try {
			open("/?lang=vi");
			WebElement expiring = find(By.id("reminders-agreement-expiring"));
			assertThat(find(By.id("reminders-agreement-expiring-heading")).getText())
				.isEqualTo("Thỏa thuận sắp hết hiệu lực");
			assertThat(expiring.getText()).contains(title, "còn 20 ngày");
			screenshot("home-reminders-vi");

			open("/?lang=ko");
			assertThat(find(By.id("reminders-agreement-expiring-heading")).getText()).isEqualTo("만료 예정 국제합의서");
			assertThat(find(By.id("reminders-agreement-expiring")).getText()).contains(title, "20일 남음");
			screenshot("home-reminders-ko");

			browser.findElement(By.linkText(title)).click();
			assertThat(find(By.tagName("h1")).getText()).isEqualTo(title);
			assertThat(browser.getCurrentUrl()).endsWith("/agreements/" + id);
		}
		finally {
			open("/?lang=vi"); // the choice is saved on the shared demo account
		}

		// a Thái Nguyên officer of their own, so that the day's digest is theirs to find, written after the agreement
		String recipient = "journey-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
		api("admin").post()
			.uri("/api/v1/users")
			.body(Map.of("username", recipient.substring(0, recipient.indexOf('@')), "displayName", "Cán bộ hành trình",
					"role", "PROVINCE_OFFICER", "provinceId", localityId(api("admin"), "VN-19"), "email", recipient,
					"password", "correct-horse-2026"))
			.retrieve()
			.toBodilessEntity();
		digest.run(today);
		browser.manage().deleteAllCookies();
		signIn("admin");
		try {
			open("/admin/users/" + users.findByUsername("thainguyen").orElseThrow().getId() + "?lang=en");
			assertThat(find(By.id("f-email")).getDomProperty("value")).isEqualTo("thainguyen@example.invalid");
			assertThat(pageText()).contains("Daily digest of reminders");
			screenshot("user-email-en");

			open("/admin/outbox?lang=en");
			WebElement outbox = find(By.id("outbox"));
			WebElement row = outbox.findElement(By.xpath(".//tr[td[text()='" + recipient + "']]"));
			assertThat(row.getText()).contains("Tiếng Việt", "việc cần xử lý", "waiting");
			row.findElement(By.tagName("summary")).click();
			assertThat(find(By.cssSelector("#outbox details[open] pre")).getText()).contains(title,
					"/agreements/" + id);
			screenshot("outbox-en");
		}
		finally {
			open("/?lang=vi");
		}
	}

	/** An agreement of Thái Nguyên, shared with partners, with Gyeongsangbuk that expires on the day, through the API. */
	private long expiringAgreement(String title, LocalDate expiresOn) {
		RestClient officer = api("thainguyen");
		Map<String, Object> agreement = Map.of("title", title, "kind", "MOU", "legalBasis", "INTERNATIONAL_AGREEMENT",
				"level", "PROVINCE", "visibility", "PARTNER", "signedOn", "2020", "expiresOn", expiresOn.toString(),
				"parties", List.of(Map.of("side", "VN", "localityId", localityId(officer, "VN-19")),
						Map.of("side", "FOREIGN", "localityId", localityId(officer, "KR-37"))));
		String created = officer.post().uri("/api/v1/agreements").body(agreement).retrieve().body(String.class);
		return JsonPath.<Number>read(created, "$.id").longValue();
	}

	private static long localityId(RestClient api, String code) {
		String found = api.get().uri("/api/v1/localities?q={code}", code).retrieve().body(String.class);
		return JsonPath.<List<Number>>read(found, "$.items[?(@.code == '" + code + "')].id").get(0).longValue();
	}

	private RestClient api(String username) {
		return RestClient.builder()
			.baseUrl("http://127.0.0.1:" + port)
			.defaultHeaders(headers -> headers.setBasicAuth(username, "demo"))
			.build();
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What needs attention and where records belong, in a real browser: an officer's home with the
 * deadlines due in the next 30 days, a national analyst's table of provinces, a partner's home
 * without statutory deadlines, a province's and an organisation's records, sources as citations
 * and names in each page's language. Screenshots are named for the README ({@code home-officer-vi}…).
 */
class HomeAndPlacesJourneyTests extends BrowserTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anOfficerSeesWhatFallsDueSoonInVietnameseAndEnglish() throws Exception {
		String title = "Thỏa thuận vừa ký hành trình " + UUID.randomUUID().toString().substring(0, 8);
		signedAgreement(title, "VN-19", LocalDate.now().minusDays(3));
		signIn("thainguyen");
		try {
			open("/?lang=vi");
			WebElement dueSoon = find(By.id("reminders-agreement-deadline-due"));
			assertThat(dueSoon.getText()).contains(title, "Báo cáo sau khi ký");
			assertThat(pageText()).contains("Thời hạn luật định đến hạn trong 30 ngày tới");
			assertThat(browser.findElements(By.id("provinces"))).as("no national table for a province").isEmpty();
			screenshot("home-officer-vi");

			open("/?lang=en");
			assertThat(find(By.id("reminders-agreement-deadline-due")).getText()).contains(title, "Report after signing");
			assertThat(find(By.cssSelector("#reminders-agreement-deadline-due a")).getDomAttribute("lang")).isEqualTo("vi");
			screenshot("home-officer-en");
		}
		finally {
			open("/?lang=vi"); // the choice is saved on the shared demo account
		}
	}

	@Test
	void anAnalystReadsTheProvincesAndFollowsOneIntoItsList() throws Exception {
		signIn("mofa");
		try {
			open("/?lang=en");
			WebElement table = find(By.id("provinces"));
			assertThat(table.findElements(By.cssSelector("tbody tr"))).hasSize(34);
			assertThat(table.getText()).contains("Thai Nguyen", "Changed this month", "Whole country");
			assertThat(pageText()).contains("By province");
			screenshot("home-national-en");

			open("/?lang=vi");
			find(By.id("provinces"));
			screenshot("home-national-vi");
			long thaiNguyen = localityId("VN-19");
			WebElement agreements = browser
				.findElement(By.cssSelector("#provinces a[href='/agreements?locality=" + thaiNguyen + "']"));
			String counted = agreements.getText();
			agreements.click();
			wait.until(ExpectedConditions.urlContains("/agreements?locality=" + thaiNguyen));
			// the list it leads to holds as many agreements as the table counted
			assertThat(pageText()).contains(counted + " bản ghi");
		}
		finally {
			open("/?lang=vi");
		}
	}

	@Test
	void aPartnerIsNotShownStatutoryDeadlines() throws Exception {
		signIn("partner");
		try {
			open("/?lang=ko");
			find(By.cssSelector("main h1"));
			assertThat(browser.findElements(By.id("reminders-agreement-deadline-due"))).isEmpty();
			assertThat(browser.findElements(By.id("reminders-agreement-deadline-overdue"))).isEmpty();
			assertThat(pageText()).doesNotContain("법정 기한");
			screenshot("home-partner-ko");
		}
		finally {
			open("/?lang=vi");
		}
	}

	@Test
	void aProvinceAndAnOrganisationShowTheirRecordsWithSourcesAndNamesInThePagesLanguage() throws Exception {
		long thaiNguyen = localityId("VN-19");
		open("/localities/" + thaiNguyen + "?lang=vi");
		assertThat(find(By.id("involved-partnerships")).getText()).contains("Quan hệ đối tác", "Gyeongsangbuk");
		assertThat(find(By.id("involved-agreements")).getText())
			.contains("Thỏa thuận hợp tác hữu nghị giữa tỉnh Thái Nguyên và tỉnh Gyeongsangbuk");
		assertThat(pageText()).contains("Thành lập ngày 01/07/2025").doesNotContain("formed 2025-07-01");
		screenshot("locality-records-vi");

		open("/localities/" + thaiNguyen + "?lang=ko");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("타이응우옌");
		assertThat(find(By.cssSelector("#involved-agreements td a[lang=vi]")).getText()).as("a title, in Vietnamese").isNotBlank();
		assertThat(pageText()).contains("2025년 7월 1일에", "교류 관계");
		screenshot("locality-records-ko");

		browser.findElement(By.cssSelector("#involved-agreements td a[lang=vi]")).click();
		wait.until(ExpectedConditions.urlMatches("/agreements/\\d+"));

		// the seed agreement taken from Table 1 of the Thái Nguyên–Gyeongsangbuk article
		String seed = api("GET", "/api/v1/agreements?q=" + java.net.URLEncoder.encode(
				"hữu nghị Thái Nguyên Gyeongsangbuk", StandardCharsets.UTF_8), null);
		open("/agreements/" + first(seed, "\\{\"id\":(\\d+),\"title\":\"Thỏa thuận hợp tác hữu nghị giữa tỉnh Thái Nguyên")
				+ "?lang=vi");
		assertThat(find(By.cssSelector("cite.source")).getText())
			.startsWith("Hai thập kỷ hợp tác giữa tỉnh Thái Nguyên");
		assertThat(pageText()).contains("§3.1, Bảng 1").doesNotContain("000_4cf7d0040496a9b3.txt");
		screenshot("agreement-citation-vi");

		open("/organisations?q=hiep+hoi+hoa+chat+viet+nam&lang=en");
		find(By.cssSelector("a.organisation-name")).click();
		wait.until(ExpectedConditions.urlMatches("/organisations/\\d+"));
		assertThat(find(By.tagName("h1")).getDomAttribute("lang")).as("no English name").isEqualTo("vi");
		assertThat(find(By.cssSelector("#involved-partnerships td a")).getDomAttribute("lang")).isEqualTo("vi");
		screenshot("organisation-records-en");

		String school = api("POST", "/api/v1/organisations", """
				{"type": "UNIVERSITY", "names": {"vi": "Trường hành trình %s"}, "country": "VN", "localityId": %d,
				 "visibility": "PUBLIC"}""".formatted(UUID.randomUUID().toString().substring(0, 8), thaiNguyen));
		open("/organisations/" + first(school, "\"id\":(\\d+)") + "?lang=en");
		assertThat(find(By.id("involved-partnerships")).getText()).contains("None yet.");
		assertThat(find(By.id("involved-agreements")).getText()).contains("None yet.");

		open("/sources?lang=en");
		assertThat(find(By.id("sources")).getText()).contains("Two decades of subnational cooperation",
				"Đỗ Phương Thảo", "Doctoral thesis", "not stated");
		screenshot("sources-en");
		open("/?lang=vi");
	}

	/** An internal agreement of the province with Gyeongsangbuk, signed on the day, through the API. */
	private void signedAgreement(String title, String provinceCode, LocalDate signed) throws Exception {
		String body = """
				{"title": "%s", "kind": "MOU", "legalBasis": "INTERNATIONAL_AGREEMENT", "level": "PROVINCE",
				 "parties": [{"side": "VN", "localityId": %d}, {"side": "FOREIGN", "localityId": %d}]}"""
			.formatted(title, localityId(provinceCode), localityId("KR-37"));
		String created = api("POST", "/api/v1/agreements", body);
		long id = Long.parseLong(first(created, "\"id\":(\\d+)"));
		api("POST", "/api/v1/agreements/" + id + "/actions", """
				{"type": "SIGNED", "date": "%s"}""".formatted(signed));
	}

	private long localityId(String code) throws Exception {
		return Long.parseLong(first(api("GET", "/api/v1/localities?q=" + code, null),
				"\"id\":(\\d+),\"code\":\"" + Pattern.quote(code) + "\""));
	}

	private String api(String method, String path, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("thainguyen:demo".getBytes(StandardCharsets.UTF_8)))
			.header("Accept", "application/json");
		request = json == null ? request.GET()
				: request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as("%s %s: %s", method, path, response.body()).isBetween(200, 299);
		return response.body();
	}

	private static String first(String text, String regex) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as("%s in %s", regex, text).isTrue();
		return matcher.group(1);
	}

}

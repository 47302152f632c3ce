package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What an officer reads: dates as precise as they are known (a year, a month, a day, or only
 * "before" a month), a history tab that says which fields changed from what to what, and labels
 * instead of codes on the home page and in the audit log, in Vietnamese, English and Korean.
 */
class HistoryAndLabelsJourneyTests extends FormJourneyTest {

	/** Sends the form and waits for the page it leads to (the URL alone may not change). */
	private void submit(String formSelector) {
		WebElement page = browser.findElement(By.tagName("html"));
		browser.findElement(By.cssSelector(formSelector + " button[type=submit]")).click();
		wait.until(ExpectedConditions.stalenessOf(page));
	}

	private void switchTo(String language) {
		browser.findElement(By.cssSelector("nav.languages a[hreflang=" + language + "]")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
	}

	@Test
	void partnershipDatesByPrecisionAndAHistoryThatReads() throws Exception {
		String title = "Quan hệ hữu nghị Phú Bình – Yeongcheon " + UUID.randomUUID().toString().substring(0, 8);
		signIn("thainguyen");
		open("/partnerships/new?lang=vi");
		type("title", title);
		choose("level", "DISTRICT_COMMUNE");
		type("vnPartyCode", "VN-D-173");
		type("foreignPartyCode", "KR-37070");
		choose("types[0].type", "FRIENDSHIP");
		type("types[0].date", "..2020-12");
		choose("statuses[0].status", "ACTIVE");
		type("statuses[0].date", "2024-03");
		type("milestones[0].date", "2024-03-15");
		type("milestones[0].title", "Ký biên bản ghi nhớ");
		type("milestones[1].date", "2019");
		type("milestones[1].title", "Đoàn công tác đầu tiên");
		submit("main form");
		wait.until(ExpectedConditions.urlMatches("/partnerships/\\d+$"));
		String partnership = browser.getCurrentUrl();
		assertThat(pageText()).contains("trước 12/2020", "03/2024", "15/03/2024", "2019")
			.doesNotContain("thg", "1/1/2019", "01/01/2019");
		screenshot("dates-by-precision-vi");

		open(partnership.substring(partnership.indexOf("/partnerships")) + "/edit");
		choose("statuses[1].status", "PAUSED");
		type("statuses[1].date", "2025-06-15");
		submit("main form");
		wait.until(ExpectedConditions.urlMatches("/partnerships/\\d+$"));
		browser.findElement(By.cssSelector("a[href$='/history']")).click();
		wait.until(ExpectedConditions.urlMatches("/history$"));
		String history = pageText();
		assertThat(history).contains("Tình trạng", "Đang hợp tác hiệu quả", "Tạm ngừng", "Diễn biến tình trạng",
				"Tạm ngừng, 15/06/2025", "Hữu nghị, trước 12/2020")
			.doesNotContain("PAUSED", "statusHistory", "{\"");
		screenshot("history-tab-vi");

		switchTo("en");
		assertThat(pageText()).contains("Status over time", "Paused, 15 Jun 2025", "Friendship, before Dec 2020")
			.doesNotContain("PAUSED");
		screenshot("history-tab-en");
		switchTo("ko");
		assertThat(pageText()).contains("상태 변화", "일시 중단, 2025년 6월 15일", "2020년 12월 이전");
		screenshot("history-tab-ko");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

	@Test
	void actionsReadByTheirLabelOnTheRecordTheHomePageAndTheAuditLog() throws Exception {
		String title = "Bản ghi nhớ về du lịch Đại Từ – Yeongcheon " + UUID.randomUUID().toString().substring(0, 8);
		signIn("thainguyen");
		open("/agreements/new?lang=vi");
		type("title", title);
		choose("kind", "MOU");
		choose("legalBasis", "INTERNATIONAL_AGREEMENT");
		choose("level", "DISTRICT");
		choose("parties[0].side", "VN");
		type("parties[0].partyCode", "VN-D-171");
		choose("parties[1].side", "FOREIGN");
		type("parties[1].partyCode", "KR-37070");
		type("signedOn", "2024-03");
		submit("main form");
		wait.until(ExpectedConditions.urlMatches("/agreements/\\d+$"));

		choose("type", "REPORTED_TO_PM_MOFA");
		((JavascriptExecutor) browser).executeScript("arguments[0].value = '2024-04-02'", find(By.id("date")));
		submit("form[action$='/actions']");
		wait.until(ExpectedConditions.urlMatches("/agreements/\\d+(#.*)?$"));
		String record = pageText();
		assertThat(record).contains("03/2024", "02/04/2024").doesNotContain("REPORTED_TO_PM_MOFA", "thg");
		screenshot("agreement-actions-vi");

		open("/?lang=vi");
		WebElement recent = find(By.id("recent"));
		assertThat(recent.getText()).contains(title, "02/04/2024").doesNotContain("REPORTED_TO_PM_MOFA", "2024-04-02");
		screenshot("home-recent-changes-vi");
		browser.findElement(By.id("sign-out")).click();
		wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("/login"),
				ExpectedConditions.presenceOfElementLocated(By.id("sign-in"))));

		signIn("admin");
		open("/admin/audit?lang=ko");
		String audit = pageText();
		assertThat(audit).contains(title, "2024년 4월 2일").doesNotContain("REPORTED_TO_PM_MOFA", "\"actions\"");
		screenshot("audit-log-ko");
		open("/?lang=vi");
	}

}

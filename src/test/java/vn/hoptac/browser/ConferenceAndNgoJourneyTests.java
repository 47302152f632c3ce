package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer records a conference along its dossier path (a refusal cannot be followed by holding
 * it; an approval can), finds it in the year's list for the report to MOFA, and keeps a foreign
 * NGO's file with its registration certificate, in Vietnamese, English and Korean.
 */
class ConferenceAndNgoJourneyTests extends FormJourneyTest {

	private void submit() {
		WebElement page = browser.findElement(By.tagName("html"));
		browser.findElement(By.cssSelector("main form.record-form button[type=submit]")).click();
		wait.until(ExpectedConditions.stalenessOf(page));
	}

	private void switchTo(String language) {
		browser.findElement(By.cssSelector("nav.languages a[hreflang=" + language + "]")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", language));
	}

	@Test
	void aConferenceFollowsItsDossierPathIntoTheYearsListForMofa() throws Exception {
		String title = "Hội thảo nông nghiệp công nghệ cao " + UUID.randomUUID().toString().substring(0, 8);
		signIn("thainguyen");
		open("/conferences/new?lang=vi");
		type("title", title);
		choose("kind", "WORKSHOP");
		new Select(find(By.name("vnLocalityId"))).selectByVisibleText("Thái Nguyên");
		type("startOn", "2024-05-10");
		type("participants", "150");
		choose("participantsQualifier", "ABOUT");
		choose("steps[0].stage", "DOSSIER_RECEIVED");
		type("steps[0].stepOn", "2024-02");
		choose("steps[1].stage", "REFUSED");
		type("steps[1].stepOn", "2024-03");
		screenshot("conference-form-vi");
		submit();
		wait.until(ExpectedConditions.urlMatches("/conferences/\\d+$"));
		assertThat(pageText()).contains(title, "Không được cho phép");
		String conference = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/conferences"));

		// refused: recording it as held is refused at the step, and nothing is saved
		open(conference + "/edit");
		choose("steps[2].stage", "HELD");
		type("steps[2].stepOn", "2024-05-10");
		submit();
		assertThat(pageText()).contains("Không thể ghi nhận bước “Đã tổ chức”");
		screenshot("conference-refused-then-held-vi");
		// the authority reconsidered: approved in April, then held
		choose("steps[1].stage", "APPROVED");
		type("steps[1].stepOn", "2024-04");
		submit();
		wait.until(ExpectedConditions.urlMatches("/conferences/\\d+$"));
		assertThat(pageText()).contains(title, "Đã nhận hồ sơ", "Được cho phép", "Đã tổ chức", "Khoảng 150",
				"10/05/2024");
		screenshot("conference-detail-vi");
		switchTo("en");
		assertThat(pageText()).contains("Dossier received", "Approved", "Held", "About 150");
		screenshot("conference-detail-en");

		open("/conferences/year/2024");
		assertThat(pageText()).contains("International conferences and seminars held in 2024", title);
		screenshot("conference-year-list-en");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

	@Test
	void aForeignNgosFileKeepsItsCertificate() throws Exception {
		signIn("langson");
		open("/ngos?lang=vi");
		assertThat(pageText()).contains("Tổ chức phi chính phủ nước ngoài", "Tổ chức KFHI");
		screenshot("ngo-list-vi");
		browser.findElement(By.linkText("Tổ chức KFHI")).click();
		wait.until(ExpectedConditions.urlMatches("/ngos/\\d+$"));
		assertThat(pageText()).contains("Lạng Sơn", "Đang hoạt động", "Chưa ghi nhận giấy đăng ký nào.");
		String file = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/ngos"));

		open(file + "/edit");
		String number = "GĐK-" + UUID.randomUUID().toString().substring(0, 6);
		choose("certificates[0].type", "PROJECT_OFFICE");
		type("certificates[0].number", number);
		type("certificates[0].validFrom", "2031-01-01");
		type("certificates[0].validTo", "2030-12-31");
		choose("certificates[0].status", "VALID");
		submit();
		assertThat(pageText()).contains("Ngày kết thúc không được trước ngày bắt đầu.");
		screenshot("ngo-certificate-refused-vi");
		type("certificates[0].validFrom", "2026-01-01");
		choose("reports[0].recipient", "FOREIGN_NGO_COMMITTEE");
		type("reports[0].year", "2026");
		submit();
		wait.until(ExpectedConditions.urlMatches("/ngos/\\d+$"));
		assertThat(pageText()).contains(number, "Giấy đăng ký lập Văn phòng dự án", "31/12/2030",
				"Ủy ban Công tác về các tổ chức phi chính phủ nước ngoài");
		screenshot("ngo-detail-vi");
		switchTo("ko");
		assertThat(pageText()).contains("사업사무소 설립 등록증", "외국 NGO 업무위원회");
		screenshot("ngo-detail-ko");

		// the certificate is kept, but the demo file goes back as it was seeded
		open(file + "/edit?lang=vi");
		find(By.name("certificates[0].type"));
		for (String field : new String[] { "number", "validFrom", "validTo" }) {
			find(By.name("certificates[0]." + field)).clear();
		}
		new Select(find(By.name("certificates[0].type"))).selectByIndex(0);
		new Select(find(By.name("certificates[0].status"))).selectByIndex(0);
		new Select(find(By.name("reports[0].recipient"))).selectByIndex(0);
		find(By.name("reports[0].year")).clear();
		submit();
		wait.until(ExpectedConditions.urlMatches("/ngos/\\d+$"));
		assertThat(pageText()).doesNotContain(number);
		open("/?lang=vi");
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The key journeys of a DOFA officer, in a real browser: sign in, record a partnership and an
 * agreement, find them by searching without diacritics, read the pages in Korean, and be refused
 * another province's records.
 */
class RegistryJourneyTests extends FormJourneyTest {

	private void submitMainForm() {
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
	}

	private String createPartnership(String title) {
		open("/partnerships/new");
		type("title", title);
		choose("level", "DISTRICT_COMMUNE");
		type("vnPartyCode", "VN-D-169");
		type("foreignPartyCode", "KR-37020");
		type("milestones[0].date", "2024-05");
		type("milestones[0].title", "Ký biên bản ghi nhớ hợp tác");
		PartnershipFormSteps.saveConfirmingADuplicate(browser, wait);
		return browser.getCurrentUrl();
	}

	@Test
	void officerRecordsAPartnershipAndAnAgreementThenFindsThemWithoutDiacritics() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		signIn("thainguyen");
		screenshot("01-home");

		createPartnership("Quan hệ hữu nghị Đồng Hỷ – Gyeongju " + marker);
		assertThat(pageText()).contains("Quan hệ hữu nghị Đồng Hỷ – Gyeongju " + marker, "Ký biên bản ghi nhớ hợp tác");
		screenshot("02-partnership-detail");

		open("/agreements/new");
		type("title", "Biên bản ghi nhớ về giáo dục Đồng Hỷ – Gyeongju " + marker);
		choose("kind", "MOU");
		choose("legalBasis", "INTERNATIONAL_AGREEMENT");
		choose("level", "DISTRICT");
		choose("parties[0].side", "VN");
		type("parties[0].partyCode", "VN-D-169");
		choose("parties[1].side", "FOREIGN");
		type("parties[1].partyCode", "KR-37020");
		type("signedOn", "2024-05-10");
		screenshot("03-agreement-form");
		submitMainForm();
		wait.until(ExpectedConditions.urlMatches("/agreements/\\d+$"));
		assertThat(pageText()).contains("Biên bản ghi nhớ về giáo dục Đồng Hỷ – Gyeongju " + marker);
		screenshot("04-agreement-detail");

		WebElement search = find(By.cssSelector("header input[name=q]"));
		search.sendKeys("dong hy gyeongju " + marker, Keys.ENTER);
		wait.until(ExpectedConditions.urlContains("/search"));
		assertThat(pageText()).contains("Quan hệ hữu nghị Đồng Hỷ – Gyeongju " + marker,
				"Biên bản ghi nhớ về giáo dục Đồng Hỷ – Gyeongju " + marker);
		screenshot("05-search-without-diacritics");

		open("/partnerships");
		browser.findElement(By.cssSelector("nav.languages a[hreflang=ko]")).click();
		try {
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("nav.main-nav"), "교류 관계"));
			screenshot("06-partnerships-korean");
			open("/");
			assertThat(find(By.cssSelector("nav.main-nav")).getText()).as("the choice is remembered")
				.contains("교류 관계");
		}
		finally {
			open("/?lang=vi"); // the choice is saved on the shared demo account
		}
	}

	@Test
	void officerOfAnotherProvinceIsRefusedAThaiNguyenRecord() throws Exception {
		signIn("langson");
		open("/partnerships?q=thai+nguyen+gyeongsangbuk+huu+nghi");
		find(By.cssSelector("main table a[href*='/partnerships/']")).click();
		wait.until(ExpectedConditions.urlMatches("/partnerships/\\d+$"));
		assertThat(browser.findElements(By.cssSelector("a[href$='/edit']"))).as("no edit button").isEmpty();
		browser.get(browser.getCurrentUrl() + "/edit");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Không có quyền truy cập");
		screenshot("07-forbidden");
	}

	@Test
	void markupInATitleIsShownAsText() throws Exception {
		signIn("thainguyen");
		String title = "<script>alert('x')</script> <b>đậm</b> " + UUID.randomUUID().toString().substring(0, 8);
		createPartnership(title);
		assertThatExceptionOfType(NoAlertPresentException.class).isThrownBy(() -> browser.switchTo().alert());
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElements(By.cssSelector("main b"))).isEmpty();
	}

	@Test
	void visitorsSeeTheSignInPageInVietnameseFirst() throws Exception {
		open("/login");
		assertThat(find(By.cssSelector("nav.main-nav")).getText()).contains("Quan hệ đối tác");
		screenshot("00-sign-in");
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The Thái Nguyên officer reports the poor-household rate of the Saemaul village for its period and
 * submits it; the department's lead approves it; the framework's indicator tracking table shows the
 * approved actual against the baseline, in Vietnamese and in English.
 */
class MonitoringJourneyTests extends BrowserTest {

	@Test
	void anOfficerReportsAnActualTheLeadApprovesItAndTheIpttShowsIt() throws Exception {
		signIn("thainguyen");
		open("/indicators?lang=vi&q=h%E1%BB%99+ngh%C3%A8o");
		assertThat(find(By.id("indicators-rows")).getText()).contains("Tỷ lệ hộ nghèo");
		screenshot("monitoring-indicators-vi");
		// the seeded indicator, not a copy another test made under the same name: the lowest id
		find(By.partialLinkText("Tỷ lệ hộ nghèo"));
		browser.findElements(By.partialLinkText("Tỷ lệ hộ nghèo"))
			.stream()
			.min(java.util.Comparator.comparingLong(link -> Long.parseLong(link.getAttribute("href")
				.replaceAll(".*/indicators/(\\d+).*", "$1"))))
			.orElseThrow()
			.click();
		String indicatorUrl = browser.getCurrentUrl();
		assertThat(pageText()).contains("Giá trị cơ sở", "12", "Đã duyệt");
		new Select(find(By.id("update-period"))).selectByIndex(0);
		find(By.id("update-number")).sendKeys("3,6");
		new Select(find(By.id("update-qualifier"))).selectByValue("ABOUT");
		find(By.id("update-narrative")).sendKeys("Rà soát hộ nghèo cuối năm");
		find(By.id("update-evidence-url")).sendKeys("https://thainguyen.gov.vn/ra-soat");
		find(By.id("update-save")).click();
		assertThat(pageText()).contains("Đã lưu.", "Bản nháp", "Rà soát hộ nghèo cuối năm");
		find(By.cssSelector("button[id^=submit-]")).click();
		assertThat(pageText()).contains("Đã gửi duyệt");
		screenshot("monitoring-update-submitted-vi");

		browser.manage().deleteAllCookies();
		signIn("thainguyen-lead");
		browser.get(indicatorUrl + "?lang=vi");
		find(By.cssSelector("button[id^=approve-]")).click();
		assertThat(pageText()).contains("Đã lưu.");
		screenshot("monitoring-update-approved-vi");

		find(By.linkText("Bảng theo dõi chỉ số (IPTT)")).click();
		assertThat(pageText()).contains("% chỉ tiêu", "khoảng 3,6", "càng thấp càng tốt");
		screenshot("monitoring-iptt-vi");
		browser.get(browser.getCurrentUrl() + "?lang=en");
		assertThat(pageText()).contains("Indicator tracking table (IPTT)", "about 3.6", "lower is better");
		screenshot("monitoring-iptt-en");
		open("/frameworks?lang=en&scope=NATION");
		assertThat(find(By.id("frameworks-rows")).getText()).contains("Số liệu quốc gia");
		screenshot("monitoring-frameworks-en");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

}

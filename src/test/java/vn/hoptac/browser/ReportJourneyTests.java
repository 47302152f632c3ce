package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A province administrator opens the reports page, reads the Thái Nguyên 2023 annual figures as
 * tables (Vietnamese), writes the problems and proposals of a six-monthly report and submits it
 * (English), which freezes it; the Korean page reads the same report.
 */
class ReportJourneyTests extends BrowserTest {

	@Test
	void anAdministratorReadsWritesAndSubmitsTheProvinceReport() throws Exception {
		signIn("thainguyen-lead");
		open("/reports?lang=vi&province=VN-19&kind=annual&year=2023");
		assertThat(find(By.id("report-title")).getText()).contains("Báo cáo năm", "năm 2023", "Thái Nguyên");
		assertThat(find(By.cssSelector("#section-delegations caption")).getText()).isEqualTo("Đoàn ra, đoàn vào so với kế hoạch");
		assertThat(pageText()).contains("Tải DOCX", "Tải XLSX").doesNotContain("OUTBOUND", "reports.");
		screenshot("report-annual-2023-vi");

		open("/reports?lang=en&province=VN-19&kind=semiannual&year=2018&half=1");
		WebElement problems = find(By.id("report-problems"));
		problems.clear();
		problems.sendKeys("Partners' visits slowed; we propose a joint plan for 2019.");
		find(By.cssSelector("#report-text button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("p.notice[role=status]"), "The report's text was saved."));
		assertThat(find(By.id("report-status")).getText()).startsWith("Draft, version ");
		find(By.cssSelector("#report-submit button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBe(By.cssSelector("p.notice[role=status]"),
				"The report was submitted to MOFA."));
		assertThat(find(By.id("report-status")).getText()).startsWith("Submitted to MOFA, version ");
		assertThat(pageText()).contains("Submitted report: the figures and text below are as sent.");
		assertThat(browser.findElements(By.id("report-submit"))).isEmpty();
		screenshot("report-semiannual-submitted-en");

		open("/reports?lang=ko&province=VN-19&kind=semiannual&year=2018&half=1");
		assertThat(find(By.id("report-status")).getText()).startsWith("외교부 제출");
		screenshot("report-semiannual-ko");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

}

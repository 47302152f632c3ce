package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A MOFA analyst opens the national consolidated report from the reports page (Vietnamese) and in
 * English; then the Thái Nguyên–Gyeongsangbuk partnership's profile, whose timeline is seed 000's
 * Table 1 out of the data.
 */
class ReportProfileJourneyTests extends BrowserTest {

	@Test
	void anAnalystReadsTheNationalReportAndAPartnershipProfile() throws Exception {
		signIn("mofa");
		open("/reports?lang=vi");
		find(By.id("national-report")).click();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Báo cáo tổng hợp toàn quốc");
		assertThat(find(By.cssSelector("#section-national caption")).getText()).isEqualTo("Số liệu ghi nhận theo tỉnh, thành phố");
		assertThat(pageText()).contains("Thái Nguyên", "Các tỉnh, thành phố chưa gửi báo cáo", "Tải DOCX")
			.doesNotContain("reports.", "enum.");
		screenshot("report-national-vi");

		open("/reports/national?lang=en&year=2023");
		assertThat(pageText()).contains("Key figures by province", "Provinces that have not submitted a report",
				"As recorded", "As reported");
		screenshot("report-national-en");

		open("/partnerships?lang=en&q=thai+nguyen+gyeongsangbuk");
		String href = find(By.partialLinkText("Thái Nguyên – tỉnh Gyeongsangbuk")).getAttribute("href");
		String id = href.replaceAll(".*/partnerships/(\\d+).*", "$1");
		open("/reports/partnership/" + id + "?lang=en");
		assertThat(find(By.cssSelector("#section-timeline caption")).getText()).isEqualTo("Timeline");
		assertThat(pageText()).contains("2005", "2013", "2019", "2025", "Milestone", "Agreement").doesNotContain("reports.");
		screenshot("report-partnership-profile-en");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A national analyst reads the national dashboard in Vietnamese, Thái Nguyên's in English, and the
 * network of actors in Vietnamese and Korean: each chart drawn beside its table.
 */
class DashboardJourneyTests extends BrowserTest {

	@Test
	void anAnalystReadsTheDashboardsAndTheNetwork() throws Exception {
		signIn("admin");
		open("/dashboards?lang=vi");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Bảng số liệu toàn quốc");
		find(By.cssSelector("#figure-provinces canvas"));
		find(By.cssSelector("#figure-agreementsByYear canvas"));
		assertThat(pageText()).contains("So sánh giữa các tỉnh, thành phố", "Đoàn vào, đoàn ra theo năm", "Thái Nguyên");
		screenshot("dashboard-national-vi");

		open("/dashboards?province=VN-19&lang=en");
		assertThat(find(By.tagName("h1")).getText()).startsWith("Dashboard: ");
		find(By.cssSelector("#figure-partnershipHealth canvas"));
		assertThat(pageText()).contains("Inbound and outbound delegations by year", "Health of the partnerships")
			.doesNotContain("Provinces compared");
		screenshot("dashboard-thai-nguyen-en");

		open("/analytics/network?province=VN-19&lang=vi");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Mạng lưới chủ thể hợp tác");
		find(By.cssSelector("[data-chart='network-chart'] canvas"));
		assertThat(find(By.id("top-degree")).getText()).contains("Thái Nguyên");
		screenshot("network-thai-nguyen-vi");

		open("/analytics/network?lang=ko");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("협력 주체 네트워크");
		find(By.cssSelector("[data-chart='network-chart'] canvas"));
		assertThat(find(By.id("top-pageRank")).getText()).contains("PageRank");
		screenshot("network-national-ko");
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An analyst reads the map of projects by province on the national dashboard, in Vietnamese and in
 * English: the map drawn from the bundled geometry, the table beside it naming the provinces.
 */
class MapJourneyTests extends BrowserTest {

	@Test
	void anAnalystReadsTheProvincesMapBesideItsTable() throws Exception {
		signIn("admin");
		open("/dashboards?lang=vi");
		find(By.cssSelector("#figure-projectsMap canvas"));
		assertThat(find(By.id("table-projectsMap")).getText()).contains("Dự án theo tỉnh, thành phố (bản đồ)",
				"Thái Nguyên", "Đà Nẵng", "Khánh Hoà");
		assertThat(find(By.id("figure-projectsMap")).getText()).contains("Hoàng Sa", "Trường Sa")
			.doesNotContain("VN-19");
		screenshot("dashboard-map-vi");

		open("/dashboards?lang=en");
		find(By.cssSelector("#figure-projectsMap canvas"));
		assertThat(find(By.id("table-projectsMap")).getText()).contains("Projects by province (map)", "Thai Nguyen");
		screenshot("dashboard-map-en");
	}

}

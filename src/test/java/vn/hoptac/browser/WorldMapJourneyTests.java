package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * An analyst reads the world map of foreign partner localities on the national dashboard, in
 * Vietnamese and in English: the map drawn from the bundled geometry, the table beside it naming
 * the countries in the reader's language, never by code.
 */
class WorldMapJourneyTests extends BrowserTest {

	@Test
	void anAnalystReadsTheWorldMapOfPartnerLocalitiesBesideItsTable() throws Exception {
		signIn("admin");
		open("/dashboards?lang=vi");
		find(By.cssSelector("#figure-partnerLocalities canvas"));
		assertThat(find(By.id("table-partnerLocalities")).getText())
			.contains("Địa phương đối tác nước ngoài theo quốc gia (bản đồ)", "Hàn Quốc")
			.doesNotContain(" KR ");
		assertThat(find(By.id("figure-partnerLocalities")).getText()).contains("Natural Earth");
		showFigure();
		screenshot("dashboard-world-map-vi");

		open("/dashboards?province=VN-19&lang=en");
		find(By.cssSelector("#figure-partnerLocalities canvas"));
		assertThat(find(By.id("table-partnerLocalities")).getText())
			.contains("Foreign partner localities by country (map)", "South Korea");
		showFigure();
		screenshot("dashboard-world-map-en");
	}

	/** The map is below the provinces map on the nation's page: the screenshot shows it. */
	private void showFigure() {
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
				find(By.id("figure-partnerLocalities")));
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * An administrator reads the exchange rates, uploads a file with a bad row (refused whole, the row
 * and field named in Vietnamese), then a corrected one; the page in Korean and English too.
 */
class MoneyJourneyTests extends BrowserTest {

	private static final String HEADER = "currency,year,vnd_per_unit,kind,source\n";

	private void upload(String csv) throws Exception {
		Path file = Files.createTempFile("rates", ".csv");
		Files.writeString(file, csv, StandardCharsets.UTF_8);
		find(By.id("file")).sendKeys(file.toAbsolutePath().toString());
		find(By.cssSelector("#upload-form button[type=submit]")).click();
	}

	@Test
	void anAdministratorUploadsRatesAllOrNothing() throws Exception {
		signIn("admin");
		open("/admin/exchange-rates?lang=vi&currency=USD");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Tỷ giá");
		assertThat(find(By.id("rates")).getText()).contains("USD", "2017", "22.370,09", "Bình quân năm", "2022",
				"Suy ra từ chuỗi số liệu đã công bố");
		screenshot("exchange-rates-vi");

		upload(HEADER + "JPY,1906,140,ANNUAL_AVERAGE,Journey\nJPY,1907,-1,ANNUAL_AVERAGE,Journey\n");
		assertThat(find(By.id("upload-problems")).getText()).contains("Tệp bị từ chối", "rows[1].vndPerUnit");
		screenshot("exchange-rates-refused-vi");

		upload(HEADER + "JPY,1906,140,ANNUAL_AVERAGE,Journey\nJPY,1907,141.5,ANNUAL_AVERAGE,Journey\n");
		assertThat(find(By.id("loaded")).getText()).matches("Đã nạp: \\d+ tỷ giá mới, \\d+ tỷ giá được thay thế\\.");
		open("/admin/exchange-rates?lang=vi&currency=JPY");
		assertThat(find(By.id("rates")).getText()).contains("1907", "141,5");

		open("/admin/exchange-rates?lang=ko&currency=USD");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("환율");
		assertThat(find(By.id("rates")).getText()).contains("연평균");
		screenshot("exchange-rates-ko");

		open("/admin/exchange-rates?lang=en&currency=EUR");
		assertThat(find(By.id("rates")).getText()).contains("Implied by the source", "23,970");
		screenshot("exchange-rates-en");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

}

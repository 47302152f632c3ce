package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Thái Nguyên officer writes a results framework for the province on its form (in Vietnamese):
 * a framework without its province is refused at that field; then saved, an indicator with a period
 * target is added to it on the English form (a period without its end refused at the row), and the
 * framework's indicator tracking table shows the target, in English and in Vietnamese.
 */
class MonitoringFormsJourneyTests extends BrowserTest {

	private void type(String id, String text) {
		WebElement field = find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	@Test
	void anOfficerWritesAFrameworkAndAnIndicatorWithATargetAndSeesThemInTheIptt() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 6);
		String framework = "Khung kết quả hợp tác Thái Nguyên " + suffix;
		signIn("thainguyen");
		open("/frameworks?lang=vi");
		find(By.linkText("Thêm khung kết quả")).click();
		type("f-title", framework);
		new Select(find(By.id("f-scope"))).selectByValue("PROVINCE");
		new Select(find(By.name("results[0].level"))).selectByValue("OUTCOME");
		find(By.name("results[0].title")).sendKeys("Giảm nghèo bền vững tại xã hưởng lợi");
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(find(By.cssSelector(".has-error .field-error")).getText()).isEqualTo("Trường này là bắt buộc.");
		screenshot("monitoring-framework-form-refused-vi");
		new Select(find(By.id("f-localityId"))).selectByVisibleText("Thái Nguyên");
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(framework);
		assertThat(pageText()).contains("Đã lưu.", "Giảm nghèo bền vững tại xã hưởng lợi");
		screenshot("monitoring-framework-saved-vi");

		browser.get(browser.getCurrentUrl().replaceAll("\\?.*", "") + "/indicators/new?lang=en");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("New indicator");
		new Select(find(By.id("f-resultId"))).selectByIndex(1);
		type("f-title", "Households lifted out of poverty " + suffix);
		new Select(find(By.id("f-measure"))).selectByValue("UNIT");
		type("f-unit", "hộ");
		type("f-sdgIndicators", "1.2.1");
		type("f-baselineYear", "2024");
		type("f-baselineNumber", "40");
		find(By.name("periods[0].start")).sendKeys("2025-01");
		find(By.name("periods[0].targetNumber")).sendKeys("120");
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(find(By.cssSelector("table.form-rows .field-error")).getText()).isEqualTo("This field is required.");
		screenshot("monitoring-indicator-form-refused-en");
		find(By.name("periods[0].end")).sendKeys("2025-12");
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(pageText()).contains("Saved.", "Households lifted out of poverty " + suffix, "120");
		screenshot("monitoring-indicator-saved-en");

		find(By.linkText("Indicator tracking table (IPTT)")).click();
		assertThat(pageText()).contains("Households lifted out of poverty " + suffix, "120", "40");
		screenshot("monitoring-form-iptt-en");
		browser.get(browser.getCurrentUrl().replaceAll("\\?.*", "") + "?lang=vi");
		assertThat(pageText()).contains("Bảng theo dõi chỉ số (IPTT)", "Households lifted out of poverty " + suffix, "120");
		screenshot("monitoring-form-iptt-vi");
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.hoptac.delegations.TestRates;
import vn.hoptac.money.ExchangeRates;

/**
 * An officer of Thái Nguyên records a delegation from Gyeongsangbuk as it is reported (a month, a
 * size, the head and his rank, the agreement it concerns, a cost in won and its đồng and dollar
 * equivalents), then finds it in the list
 * and in the statistics per partner; in Vietnamese, English and Korean.
 */
class DelegationJourneyTests extends BrowserTest {

	@Autowired
	ExchangeRates rates;

	@Test
	void anOfficerRecordsAnInboundDelegationAndSeesItCountedPerPartner() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		String title = "Đoàn tỉnh Gyeongsangbuk sang làm việc " + marker;
		TestRates.ensure(rates);
		signIn("thainguyen");
		open("/?lang=vi");
		open("/delegations/new");
		assertThat(new Select(find(By.name("vnParty"))).getFirstSelectedOption().getText()).startsWith("Thái Nguyên");

		// the foreign side: typed without diacritics, chosen with the keyboard
		WebElement search = find(By.id("foreignParty-search"));
		search.sendKeys("gyeongsangbuk");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.name("foreignParty"), "Gyeongsangbuk"));
		search.sendKeys(Keys.TAB);
		browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
		assertThat(new Select(browser.findElement(By.name("foreignParty"))).getFirstSelectedOption().getText())
			.contains("Gyeongsangbuk");

		find(By.name("title")).sendKeys(title);
		find(By.name("startOn")).sendKeys("2024-03");
		find(By.name("size")).sendKeys("12");
		new Select(find(By.name("sizeQualifier"))).selectByValue("ABOUT");
		find(By.name("headName")).sendKeys("Lee Cheol-woo");
		find(By.name("headTitle")).sendKeys("Tỉnh trưởng tỉnh Gyeongsangbuk");
		new Select(find(By.name("headRank"))).selectByValue("PROVINCIAL_LEADER");
		find(By.name("costAmount")).sendKeys("5000000");
		find(By.name("costCurrency")).sendKeys("KRW");
		new Select(find(By.name("costBearer"))).selectByValue("HOST");
		Select agreements = new Select(find(By.name("agreementIds")));
		agreements.getOptions()
			.stream()
			.filter(o -> o.getText().contains("Thái Nguyên") && o.getText().contains("Gyeongsangbuk"))
			.findFirst()
			.ifPresent(o -> agreements.selectByValue(o.getDomAttribute("value")));
		assertThat(agreements.getAllSelectedOptions()).hasSize(1);
		String agreement = agreements.getFirstSelectedOption().getText();
		screenshot("delegation-01-form-vi");

		browser.findElement(By.cssSelector("main form.record-form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlMatches("/delegations/\\d+$"));
		String detail = pageText();
		assertThat(detail).contains(title, "Gyeongsangbuk", "Lee Cheol-woo", "Lãnh đạo chủ chốt cấp tỉnh", "Khoảng 12",
				"₩", "Bên đón tiếp", agreement, "Quy đổi:", "VND", "USD");
		screenshot("delegation-02-detail-vi");
		String path = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf("/delegations/"));

		// in the list, found without diacritics
		open("/delegations?q=gyeongsangbuk+" + marker);
		find(By.cssSelector("#delegation-rows table"));
		assertThat(pageText()).contains(title, "Đoàn vào");
		screenshot("delegation-03-list-vi");

		// counted per partner, in English, with the province's reported totals apart
		open("/delegations/stats?groupBy=partner&yearFrom=2024&yearTo=2024&lang=en");
		WebElement rows = find(By.id("stats-rows"));
		assertThat(rows.getText()).contains("Gyeongsangbuk");
		assertThat(pageText()).contains("Delegations recorded one by one", "Totals reported by sources");
		screenshot("delegation-04-stats-partner-en");

		// the record in Korean
		open(path + "?lang=ko");
		assertThat(pageText()).contains(title, "성급 주요 지도자", "약 12", "접수 측");
		screenshot("delegation-05-detail-ko");
		open(path + "/history?lang=ko");
		assertThat(pageText()).contains("대표단 명칭");
		open("/?lang=vi");
	}

}

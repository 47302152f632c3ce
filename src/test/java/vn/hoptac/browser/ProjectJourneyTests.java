package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer of Đà Nẵng records a project as the province's records are kept: an ODA grant funded by
 * KOICA and implemented by the city, two sectors whose shares must add up to 100 % (a wrong split is
 * refused at the sectors, nothing saved), an SDG target, a location and two transactions in their
 * own currencies (one in won, for a year without a won rate, refused at its currency), whose đồng
 * and dollar equivalents the project then shows; in Vietnamese, then in English and Korean.
 */
class ProjectJourneyTests extends FormJourneyTest {

	private String selectedText(String name) {
		return new Select(browser.findElement(By.name(name))).getFirstSelectedOption().getText();
	}

	private void save() {
		browser.findElement(By.cssSelector("main form.record-form button[type=submit]")).click();
	}

	@Test
	void anOfficerRecordsAProjectWithSectorsAndTransactionsAndReadsItsEquivalents() throws Exception {
		String title = "Dự án chống ngập Đà Nẵng " + UUID.randomUUID().toString().substring(0, 8);
		signIn("danang");
		open("/projects/new?lang=vi");
		assertThat(selectedText("vnParty")).as("own province preset").startsWith("Đà Nẵng");
		type("title", title);
		choose("modality", "ODA_GRANT");
		choose("activityStatus", "2");

		// KOICA funds it, found by typing; the city implements it, entered by its code
		choose("participants[0].role", "1");
		WebElement search = find(By.id("participants0-party-search"));
		search.sendKeys("koica");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.name("participants[0].party"), "KOICA"));
		new Select(find(By.name("participants[0].party"))).selectByIndex(1);
		assertThat(selectedText("participants[0].party")).contains("KOICA");
		choose("participants[1].role", "4");
		type("participants[1].partyCode", "VN-48");

		// 60 % and 30 %: refused at the sectors, nothing saved
		type("sectors[0].code", "14050");
		type("sectors[0].percentage", "60");
		type("sectors[1].code", "41010");
		type("sectors[1].percentage", "30");
		type("sdgTargets", "11.3");
		type("locations[0].localityCode", "VN-48");
		type("locations[0].communeName", "Hòa Hiệp Bắc");
		choose("transactions[0].type", "2");
		type("transactions[0].transactionOn", "2017");
		type("transactions[0].amount", "1000000");
		type("transactions[0].currency", "EUR");
		choose("transactions[1].type", "3");
		type("transactions[1].transactionOn", "2025-06");
		type("transactions[1].amount", "250000000");
		type("transactions[1].currency", "KRW");
		save();
		WebElement sectorsError = find(By.id("sectors-error"));
		assertThat(sectorsError.getText()).isEqualTo("Tổng tỷ lệ các ngành phải đúng 100%, hiện là 90%.");
		// no won rate is loaded for 2025: the disbursement is refused at its currency, on the same submit
		assertThat(browser.findElement(By.cssSelector("#transaction-rows tbody tr:nth-child(2)")).getText())
			.contains("Chưa có tỷ giá KRW cho năm 2025");
		screenshot("project-01-sectors-and-rate-refused-vi");

		// 60 % and 40 %, the disbursement in dollars: saved, and the transactions show their equivalents
		type("sectors[1].percentage", "40");
		type("transactions[1].transactionOn", "2020-06");
		type("transactions[1].amount", "500000");
		type("transactions[1].currency", "USD");
		save();
		wait.until(ExpectedConditions.urlMatches("/projects/\\d+$"));
		WebElement transactions = find(By.cssSelector("h2#transactions + table"));
		assertThat(transactions.getText()).contains("Cam kết chi", "Giải ngân", "1.000.000", "23.970.000.000",
				"1.071.520,05", "11.604.185.000");
		assertThat(find(By.tagName("main")).getText()).contains("Waste management/disposal", "11.3", "Hòa Hiệp Bắc",
				"Cơ quan Hợp tác Quốc tế Hàn Quốc");
		screenshot("project-02-detail-vi");

		// the same project read in English and in Korean, and found in the list by its sector
		String detail = browser.getCurrentUrl().replaceAll("\\?.*", "");
		browser.get(detail + "?lang=en");
		assertThat(find(By.cssSelector("h2#transactions + table")).getText()).contains("Outgoing commitment",
				"Disbursement", "23,970,000,000", "1,071,520.05", "500,000.00");
		screenshot("project-03-detail-en");
		open("/projects?lang=ko&sector=140");
		assertThat(find(By.id("project-rows")).getText()).contains(title);
		assertThat(find(By.id("reported-heading")).getText()).isEqualTo("보고된 합계");
		screenshot("project-04-list-ko");
	}

}

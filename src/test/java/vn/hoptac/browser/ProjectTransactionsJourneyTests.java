package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * An officer of Đà Nẵng records a project with a transaction whose provider and receiver are
 * organisations found by typing: a locality chosen as the receiver is refused at the receiver,
 * nothing saved; with an organisation the project shows who gave and who received, in Vietnamese
 * and in English.
 */
class ProjectTransactionsJourneyTests extends FormJourneyTest {

	private static final By SAVE = By.cssSelector("main form.record-form button[type=submit]");

	/** Types into a transaction party's search and chooses the first option of the kind ("organisation", "locality"). */
	private void pick(String name, String fieldId, String query, String expected, String kind) {
		WebElement search = find(By.id(fieldId + "-search"));
		// counts the search's answers from here on (the delayed trigger sends one for clear and typing)
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.searchAnswers = 0;"
				+ "if (!window.countingSearchAnswers) { window.countingSearchAnswers = true;"
				+ " document.body.addEventListener('htmx:afterSettle', function () { window.searchAnswers++; }); }");
		search.clear();
		search.sendKeys(query);
		// choose an option of the kind itself once the search has answered: other options may already
		// name the place (an organisation "… Đà Nẵng") before the last answer replaces them, and a
		// replacement while choosing leaves a stale option or an empty choice, so the choice is retried
		wait.until(driver -> {
			try {
				if (!Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
						"return window.searchAnswers > 0 && document.querySelector('.htmx-request') === null"))) {
					return false;
				}
				Select select = new Select(driver.findElement(By.name(name)));
				String value = select.getOptions()
					.stream()
					.filter(o -> o.getAttribute("value").startsWith(kind + ":") && o.getText().contains(expected))
					.map(o -> o.getAttribute("value"))
					.findFirst()
					.orElse(null);
				if (value == null) {
					return false;
				}
				select.selectByValue(value);
				return value.equals(select.getFirstSelectedOption().getAttribute("value"));
			}
			catch (StaleElementReferenceException replacedMeanwhile) {
				return false;
			}
		});
	}

	@Test
	void anOfficerRecordsAProjectWithATransactionsProviderAndReceiver() throws Exception {
		String title = "Dự án thư viện số Đà Nẵng " + UUID.randomUUID().toString().substring(0, 8);
		signIn("danang");
		open("/projects/new?lang=vi");
		type("title", title);
		choose("modality", "ODA_GRANT");
		choose("activityStatus", "2");
		type("sectors[0].code", "14050");
		type("sectors[0].percentage", "100");
		choose("transactions[0].type", "2");
		type("transactions[0].transactionOn", "2017");
		type("transactions[0].amount", "1000000");
		type("transactions[0].currency", "EUR");
		pick("transactions[0].provider", "transactions0-provider", "koica", "KOICA", "organisation");

		// a locality as the receiver: refused at the receiver, nothing saved
		pick("transactions[0].receiver", "transactions0-receiver", "Đà Nẵng", "Đà Nẵng", "locality");
		find(SAVE).click();
		WebElement row = find(By.cssSelector("#transaction-rows tbody tr:nth-child(1)"));
		assertThat(row.getText()).contains("Bên cấp và bên nhận của giao dịch là một tổ chức, không phải một địa phương.");
		assertThat(browser.getCurrentUrl()).doesNotMatch(".*/projects/\\d+$");
		screenshot("project-transaction-01-receiver-refused-vi");

		// the city's library receives it: saved, and the project shows both parties
		pick("transactions[0].receiver", "transactions0-receiver", "Thư viện Khoa học Tổng hợp",
				"Thư viện Khoa học Tổng hợp", "organisation");
		find(SAVE).click();
		wait.until(ExpectedConditions.urlMatches("/projects/\\d+$"));
		WebElement transactions = find(By.cssSelector("h2#transactions + table"));
		assertThat(transactions.getText()).contains("Bên cấp", "Bên nhận", "Cơ quan Hợp tác Quốc tế Hàn Quốc",
				"Thư viện Khoa học Tổng hợp Đà Nẵng", "1.000.000");
		screenshot("project-transaction-02-detail-vi");

		browser.get(browser.getCurrentUrl().replaceAll("\\?.*", "") + "?lang=en");
		assertThat(find(By.cssSelector("h2#transactions + table")).getText()).contains("Provider", "Receiver",
				"Korea International Cooperation Agency");
		screenshot("project-transaction-03-detail-en");
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Recording as an officer does: the quicker forms (own province preset, pickers that search as one
 * types, a partnership's parties prefilled, every problem at once, warnings), actions in legal
 * order, duplicates, and deleting with a confirmation step; in Vietnamese, English and Korean.
 */
class WritingJourneyTests extends BrowserTest {

	private void language(String language) {
		open("/?lang=" + language);
	}

	private void submitMainForm() {
		browser.findElement(By.cssSelector("main form.record-form button[type=submit]")).click();
	}

	private String selectedText(String name) {
		return new Select(browser.findElement(By.name(name))).getFirstSelectedOption().getText();
	}

	@Test
	void anOfficerRecordsAPartnershipAndAnAgreementWithTheQuickerForms() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		signIn("thainguyen");
		language("vi");
		try {
			open("/partnerships/new");
			assertThat(selectedText("vnParty")).as("own province preset").startsWith("Thái Nguyên");
			assertThat(browser.findElements(By.cssSelector("select[name=foreignParty] option"))).hasSizeLessThan(5);

			// the foreign party: typed without diacritics, chosen with the keyboard
			WebElement search = find(By.id("foreignParty-search"));
			search.sendKeys("gyeongsangbuk");
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.name("foreignParty"), "Gyeongsangbuk"));
			search.sendKeys(Keys.TAB);
			browser.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN);
			assertThat(selectedText("foreignParty")).contains("Gyeongsangbuk");

			new Select(find(By.name("level"))).selectByValue("PROVINCE");
			find(By.name("types[0].date")).sendKeys("2024");
			WebElement warning = browser.findElement(By.cssSelector(".sister-warning"));
			assertThat(warning.isDisplayed()).isFalse();
			new Select(find(By.name("types[0].type"))).selectByValue("SISTER");
			assertThat(warning.isDisplayed()).as("the guidance shows once sister is chosen").isTrue();
			assertThat(warning.getText()).contains("thành phố kết nghĩa", "1994");
			((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", warning);
			screenshot("writing-01-partnership-form-sister-warning-vi");

			find(By.name("title")).sendKeys("Quan hệ kết nghĩa thử " + marker);
			PartnershipFormSteps.saveConfirmingADuplicate(browser, wait);

			// the same parties and level again: the form shows the existing one, saved only when confirmed
			open("/partnerships/new");
			new Select(find(By.name("level"))).selectByValue("PROVINCE");
			find(By.name("foreignPartyCode")).sendKeys("KR-37");
			find(By.name("title")).sendKeys("Quan hệ trùng thử " + marker);
			submitMainForm();
			WebElement duplicate = find(By.id("duplicate-of"));
			assertThat(duplicate.getText()).contains("Đã có quan hệ đối tác");
			assertThat(duplicate.findElements(By.cssSelector("a[href^='/partnerships/']"))).isNotEmpty();
			screenshot("writing-02-duplicate-shown-vi");
			PartnershipFormSteps.saveConfirmingADuplicate(browser, wait);

			// "new agreement" on the partnership: its parties are filled in
			find(By.linkText("Thêm thỏa thuận")).click();
			wait.until(ExpectedConditions.urlContains("/agreements/new?partnership="));
			assertThat(selectedText("parties[0].party")).startsWith("Thái Nguyên");
			assertThat(selectedText("parties[1].party")).contains("Gyeongsangbuk");
			// a signing date in the future is flagged as it is typed, not refused
			WebElement signed = find(By.name("signedOn"));
			signed.sendKeys(LocalDate.now().plusYears(1).toString(), Keys.TAB);
			wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signedOn-warning"), "tương lai"));
			screenshot("writing-03-agreement-form-prefilled-vi");

			// every problem at once: no title, no level, an unreadable date
			signed.clear();
			signed.sendKeys("15/03/2024");
			submitMainForm();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.error")));
			assertThat(browser.findElements(By.cssSelector(".field.has-error label")))
				.extracting(WebElement::getText)
				.contains("Tên văn bản", "Cấp ký kết", "Ngày ký");
			screenshot("writing-04-agreement-all-errors-vi");
		}
		finally {
			language("vi");
		}
	}

	@Test
	void stepsOutOfLegalOrderAreRefusedAtTheFieldAndAdministratorsDeleteAfterConfirming() throws Exception {
		String marker = UUID.randomUUID().toString().substring(0, 8);
		signIn("thainguyen-lead");
		language("en");
		try {
			open("/agreements/new");
			find(By.name("title")).sendKeys("Memorandum order " + marker);
			new Select(find(By.name("level"))).selectByValue("PROVINCE");
			find(By.name("parties[1].partyCode")).sendKeys("KR-37");
			find(By.name("signedOn")).sendKeys("2024-05-10");
			submitMainForm();
			wait.until(ExpectedConditions.urlMatches("/agreements/\\d+$"));
			String agreement = browser.getCurrentUrl();

			new Select(find(By.name("type"))).selectByValue("IN_FORCE");
			WebElement date = find(By.cssSelector("form[action$='/actions'] input[name=date]"));
			date.clear();
			date.sendKeys("2024-04"); // a month, wholly before the signing
			browser.findElement(By.cssSelector("form[action$='/actions'] button[type=submit]")).click();
			WebElement error = find(By.cssSelector("form[action$='/actions'] .field.has-error .field-error"));
			assertThat(error.getText()).contains("In force (Apr 2024) cannot be dated before Signed (10 May 2024)");
			((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", error);
			screenshot("writing-05-action-out-of-order-en");

			// withdrawing a step: confirmation first; the signing date follows
			open(agreement.substring(agreement.indexOf("/agreements")));
			find(By.cssSelector("a[href$='/actions/0/withdraw']")).click();
			assertThat(find(By.tagName("h1")).getText()).isEqualTo("Withdraw this step?");
			screenshot("writing-06-withdraw-confirmation-en");
			find(By.cssSelector("main form button.danger")).click();
			wait.until(ExpectedConditions.urlMatches("/agreements/\\d+"));
			assertThat(pageText()).contains("Withdrew");

			// deleting the agreement, in Korean
			language("ko");
			open(agreement.substring(agreement.indexOf("/agreements")));
			find(By.cssSelector("a.danger[href$='/delete']")).click();
			assertThat(find(By.tagName("h1")).getText()).isEqualTo("이 협정을 삭제하시겠습니까?");
			assertThat(pageText()).contains("Memorandum order " + marker, "감사 기록");
			screenshot("writing-07-delete-confirmation-ko");
			find(By.cssSelector("main form button.danger")).click();
			wait.until(ExpectedConditions.urlMatches("/agreements$"));
			assertThat(pageText()).contains("Memorandum order " + marker, "삭제했습니다");
			screenshot("writing-08-deleted-ko");
		}
		finally {
			language("vi");
		}
	}

}

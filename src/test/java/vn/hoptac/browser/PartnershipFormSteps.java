package vn.hoptac.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Steps on the partnership form that several journeys take. */
final class PartnershipFormSteps {

	private PartnershipFormSteps() {
	}

	/**
	 * Saves the form and lands on the partnership; when the form shows an existing partnership of
	 * the same parties and level (another journey may have recorded one), this one is confirmed as intended.
	 */
	static void saveConfirmingADuplicate(WebDriver browser, WebDriverWait wait) {
		By save = By.cssSelector("main form.record-form button[type=submit]");
		browser.findElement(save).click();
		wait.until(ExpectedConditions.or(ExpectedConditions.urlMatches("/partnerships/\\d+$"),
				ExpectedConditions.presenceOfElementLocated(By.id("duplicate-of"))));
		if (!browser.findElements(By.id("duplicate-of")).isEmpty()) {
			wait.until(ExpectedConditions.elementToBeClickable(By.name("duplicateIntended"))).click();
			browser.findElement(save).click();
		}
		wait.until(ExpectedConditions.urlMatches("/partnerships/\\d+$"));
	}

}

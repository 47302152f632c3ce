package vn.hoptac.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** A journey that fills in the application's forms. */
abstract class FormJourneyTest extends BrowserTest {

	void type(String name, String text) {
		WebElement field = find(By.name(name));
		field.clear();
		field.sendKeys(text);
	}

	void choose(String name, String value) {
		new Select(find(By.name(name))).selectByValue(value);
	}

}

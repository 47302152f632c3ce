package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An administrator pages through the audit log and reads the users page: the same count line and
 * pager ("21–40 trên 233", "‹ Trang trước") as the registry lists, in Vietnamese and English.
 */
class AdminPagingJourneyTests extends BrowserTest {

	@Test
	void theAdministrationListsPageLikeTheRegistryLists() throws Exception {
		signIn("admin");
		open("/admin/audit?lang=vi&action=CREATED");
		assertThat(find(By.id("result-count")).getText()).endsWith(" bản ghi");
		assertThat(find(By.cssSelector("nav.pager span")).getText()).startsWith("1–20 trên ");
		find(By.cssSelector("nav.pager a[rel=next]")).click();
		wait.until(ExpectedConditions.urlContains("page=1"));
		assertThat(browser.getCurrentUrl()).contains("action=CREATED");
		assertThat(find(By.cssSelector("nav.pager span")).getText()).startsWith("21–40 trên ");
		assertThat(find(By.cssSelector("nav.pager a[rel=prev]")).getText()).isEqualTo("‹ Trang trước");
		((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'end'})",
				find(By.cssSelector("nav.pager")));
		screenshot("audit-log-paged-vi");

		open("/admin/users?lang=en");
		String count = find(By.id("result-count")).getText();
		assertThat(count).matches("\\d+ records");
		String users = count.substring(0, count.indexOf(' '));
		assertThat(find(By.cssSelector("nav.pager span")).getText()).isEqualTo("1–" + users + " of " + users);
		screenshot("users-paged-en");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

}

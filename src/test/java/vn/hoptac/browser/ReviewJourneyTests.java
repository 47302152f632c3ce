package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Đà Nẵng officer opens the partnerships needing attention, finds Grodno dormant since signing
 * (thesis 001 §4.3.1), reads why on its health page, and records the year's review: a review date in
 * the future is refused at its field, then the review concluding to adjust is saved and shows on the
 * health page; the same pages read in English.
 */
class ReviewJourneyTests extends BrowserTest {

	static final String GRODNO = "Quan hệ hợp tác thành phố Đà Nẵng – thành phố Grodno (Belarus)";

	private void type(String id, String text) {
		WebElement field = find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void choose(String id, String value) {
		new Select(find(By.id(id))).selectByValue(value);
	}

	@Test
	void anOfficerFindsADormantRelationReadsWhyAndRecordsItsReview() throws Exception {
		signIn("danang");
		open("/attention?lang=vi");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Quan hệ cần quan tâm");
		assertThat(pageText()).contains(GRODNO, "Không hoạt động", "Dừng ở ý định thư");
		screenshot("attention-vi");

		find(By.linkText(GRODNO)).click();
		assertThat(find(By.tagName("h1")).getText()).contains("Tình trạng quan hệ");
		assertThat(pageText()).contains("Không hoạt động", "Hợp tác biểu tượng", "Không ghi nhận hoạt động nào");
		screenshot("health-grodno-vi");

		find(By.linkText("Lập bản rà soát")).click();
		// a year of its own, so that a second run records a review of another year (one per year)
		int year = 1990 + new java.util.Random().nextInt(LocalDate.now().getYear() - 1991);
		choose("f-kind", "ANNUAL");
		choose("f-periodHalf", "");
		type("f-periodYear", "" + year);
		((JavascriptExecutor) browser).executeScript(
				"document.getElementById('f-reviewedOn').value = arguments[0]", LocalDate.now().plusDays(5).toString());
		choose("objectivesRating", "NOT_MET");
		type("objectivesNote", "Không có liên hệ sau khi ký");
		choose("f-conclusion", "ADJUST");
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(find(By.cssSelector(".has-error .field-error")).getText())
			.isEqualTo("Ngày rà soát không được ở tương lai");
		screenshot("review-form-refused-vi");

		((JavascriptExecutor) browser).executeScript(
				"document.getElementById('f-reviewedOn').value = arguments[0]", LocalDate.now().toString());
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(pageText()).contains("Đã lưu.", "Không đạt", "Không có liên hệ sau khi ký", "Điều chỉnh");
		screenshot("review-detail-vi");

		find(By.linkText(GRODNO)).click();
		assertThat(pageText()).contains("Rà soát gần nhất", "Điều chỉnh");
		open(driverPath() + "&lang=en");
		assertThat(find(By.tagName("h1")).getText()).contains("Relationship health");
		assertThat(pageText()).contains("Dormant", "Latest review", "Adjust");
		screenshot("health-grodno-en");
		open("/reviews?lang=en");
		assertThat(pageText()).contains("Partnership reviews", GRODNO);
		screenshot("reviews-list-en");
	}

	/** The current page's path with a query, to reopen it in another language. */
	private String driverPath() {
		String url = browser.getCurrentUrl();
		String path = url.substring(url.indexOf('/', url.indexOf("//") + 2));
		return path.contains("?") ? path : path + "?";
	}

}

package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The Thái Nguyên officer opens the demo feedback form of the Thái Nguyên–Gyeongsangbuk partnership
 * and its public page; a resident's feedback without consent is refused at its field, then sent and
 * thanked. The officer finds it in the list, acknowledges and answers it, and reads the form's
 * summary in English.
 */
class FeedbackJourneyTests extends BrowserTest {

	static final String FORM = "Ý kiến cộng đồng về hợp tác Thái Nguyên – Gyeongsangbuk";

	@Test
	void aResidentGivesFeedbackAndTheOfficerAnswersIt() throws Exception {
		signIn("thainguyen");
		open("/feedback/forms?lang=vi");
		find(By.linkText(FORM)).click();
		String formPath = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
		find(By.linkText("Mở trang gửi ý kiến")).click();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(FORM);
		screenshot("feedback-public-vi");

		find(By.cssSelector("input[name=rating][value='4']")).click();
		new org.openqa.selenium.support.ui.Select(find(By.id("category"))).selectByValue("SUGGESTION");
		find(By.id("comment")).sendKeys("Mong có thêm lớp tiếng Hàn cho thanh niên");
		find(By.id("anonymous")).click();
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(find(By.cssSelector(".has-error .field-error")).getText())
			.isEqualTo("Hãy đánh dấu đồng ý với nội dung về sử dụng thông tin.");
		screenshot("feedback-public-refused-vi");
		find(By.id("consent")).click();
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Cảm ơn bạn");
		screenshot("feedback-thanks-vi");

		open("/feedback?lang=vi");
		assertThat(pageText()).contains(FORM, "Đề xuất, kiến nghị", "Mới");
		find(By.cssSelector("#feedback-rows tbody tr a")).click();
		assertThat(pageText()).contains("Mong có thêm lớp tiếng Hàn cho thanh niên", "Ẩn danh");
		find(By.cssSelector("button[value=ACKNOWLEDGED]")).click();
		assertThat(pageText()).contains("Đã lưu.", "Đã tiếp nhận");
		find(By.id("reply-text")).sendKeys("Sở sẽ đề xuất với tỉnh Gyeongsangbuk");
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(pageText()).contains("Sở sẽ đề xuất với tỉnh Gyeongsangbuk");
		screenshot("feedback-detail-vi");

		open(formPath + "?lang=en");
		assertThat(pageText()).contains("Summary", "Mean rating", "Mean time to first answer", "Import survey results");
		screenshot("feedback-form-summary-en");
		open("/feedback?lang=ko");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("지역사회 의견");
		screenshot("feedback-list-ko");
	}

}

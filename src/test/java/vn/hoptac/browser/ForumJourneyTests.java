package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The Thái Nguyên officer records the half-year coordination briefing: two participants found by
 * typing (KOICA, whose kind makes it government, and a university, academia), a decision and a
 * follow-up action already past its day. A day done on an open action is refused at its field; saved,
 * the forum shows its participants by pillar and the action overdue, which the home page's reminders
 * list too; the pages read in English as well.
 */
class ForumJourneyTests extends FormJourneyTest {

	@Test
	void anOfficerRecordsABriefingWhoseOverdueFollowUpIsAReminder() throws Exception {
		String title = "Giao ban công tác đối ngoại 6 tháng " + UUID.randomUUID().toString().substring(0, 8);
		signIn("thainguyen");
		open("/forums/new?lang=vi");
		type("title", title);
		choose("kind", "COORDINATION_BRIEFING");
		type("heldOn", LocalDate.now().minusMonths(1).toString().substring(0, 7));
		pick(0, "koica", "KOICA");
		pick(1, "Sư phạm", "Sư phạm");
		type("decisions[0].text", "Rà soát các thỏa thuận với tỉnh Gyeongsangbuk");
		type("followUps[0].action", "Gửi báo cáo tổng hợp lên UBND tỉnh");
		type("followUps[0].owner", "Sở Ngoại vụ");
		day("followUps0.dueOn", LocalDate.now().minusDays(5));
		day("followUps0.doneOn", LocalDate.now());
		save();
		assertThat(find(By.cssSelector("#follow-up-rows .field-error")).getText())
			.isEqualTo("Chỉ ghi ngày hoàn thành cho việc đã hoàn thành.");
		screenshot("forum-01-done-day-refused-vi");

		day("followUps0.doneOn", null);
		save();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(pageText()).contains("Đã lưu.", "Chính quyền", "Học thuật", "Cơ quan Hợp tác Quốc tế Hàn Quốc",
				"Rà soát các thỏa thuận với tỉnh Gyeongsangbuk", "Đang triển khai", "quá hạn");
		screenshot("forum-02-detail-vi");
		String detail = browser.getCurrentUrl();

		open("/?lang=vi");
		assertThat(pageText()).contains(title + " — Gửi báo cáo tổng hợp lên UBND tỉnh");
		screenshot("forum-03-home-reminder-vi");

		open(detail.substring(detail.indexOf("/forums/")) + "?lang=en");
		assertThat(pageText()).contains("Participants", "Government", "Academia", "Follow-up actions", "Open", "overdue");
		screenshot("forum-04-detail-en");
		open("/forums?lang=en");
		assertThat(pageText()).contains("Forums and coordination meetings", title, "Actions still open");
		screenshot("forum-05-list-en");
	}

	/** Finds an organisation for a participant's row by typing, and picks it. */
	private void pick(int row, String typed, String shown) {
		find(By.id("participants" + row + "-party-search")).sendKeys(typed);
		By list = By.name("participants[" + row + "].party");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(list, shown));
		new Select(find(list)).selectByIndex(1);
	}

	/** A date field set as the browser's date picker would (its typing differs by locale). */
	private void day(String id, LocalDate date) {
		((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).value = arguments[1]", id,
				date == null ? "" : date.toString());
	}

	private void save() {
		find(By.cssSelector("form.record-form button[type=submit]")).click();
	}

}

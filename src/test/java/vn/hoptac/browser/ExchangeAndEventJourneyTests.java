package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Đà Nẵng officer records a staff exchange with Daegu: the end typed before the start is refused
 * at its field in Vietnamese, then saved with its count; the list sums the persons by direction, in
 * English too. Then APEC 2017 with its scale in Korean, Đà Nẵng's networks and an award.
 */
class ExchangeAndEventJourneyTests extends BrowserTest {

	private void type(String id, String text) {
		WebElement field = find(By.id(id));
		field.clear();
		field.sendKeys(text);
	}

	private void choose(String id, String value) {
		new Select(find(By.id(id))).selectByValue(value);
	}

	@Test
	void anOfficerRecordsAnExchangeAndReadsEventsAndNetworks() throws Exception {
		String title = "Trao đổi công chức Đà Nẵng – Daegu " + UUID.randomUUID().toString().substring(0, 6);
		signIn("danang");
		open("/exchanges/new?lang=vi");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("Thêm hoạt động trao đổi");
		type("title", title);
		choose("kind", "STAFF_EXCHANGE");
		type("programmeName", "K2H");
		type("foreignPartyCode", "KR-22");
		type("startOn", "2019");
		type("endOn", "2018");
		choose("counts0.direction", "OUTBOUND");
		type("counts0.count", "7");
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(find(By.cssSelector(".notice.error")).getText()).contains("chưa có gì được lưu");
		assertThat(find(By.cssSelector(".has-error .field-error")).getText())
			.isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
		screenshot("exchange-form-refused-vi");

		type("endOn", "2020-06");
		find(By.cssSelector("form.record-form button[type=submit]")).click();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(pageText()).contains("Đã lưu.", "Việt Nam ra nước ngoài", "Daegu", "2019 – 06/2020");
		screenshot("exchange-detail-vi");

		open("/exchanges?lang=vi&q=" + title.substring(title.length() - 6));
		assertThat(find(By.id("exchange-rows")).getText()).contains(title, "Thống kê số người",
				"Việt Nam ra nước ngoài");
		screenshot("exchanges-list-vi");
		open("/exchanges?lang=en&groupBy=COUNTRY");
		assertThat(find(By.id("exchange-stats-heading")).getText()).isEqualTo("Persons exchanged");
		assertThat(find(By.id("exchange-rows")).getText()).contains("South Korea", "Laos");
		screenshot("exchanges-stats-en");

		open("/events?lang=ko&q=APEC+2017");
		find(By.linkText("Tuần lễ Cấp cao APEC 2017")).click();
		assertThat(pageText()).contains("회원 경제", "21", "11,000", "거의 3,000");
		screenshot("event-apec-ko");

		open("/memberships?lang=vi");
		assertThat(find(By.id("membership-rows")).getText()).contains("Đà Nẵng", "Thành viên");
		find(By.partialLinkText("Tổ chức Công nghiệp Điện toán")).click();
		assertThat(pageText()).contains("Giải thưởng ASOCIO Smart City Award", "2019");
		screenshot("membership-asocio-vi");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

}

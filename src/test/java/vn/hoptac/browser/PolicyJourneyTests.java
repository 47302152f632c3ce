package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The MOFA analyst records a document that Circular 03/2021/TT-BNG superseded: an in-force day
 * before the issue day is refused at its field; saved, the document names its successor, whose page
 * lists it among those it superseded. A provincial officer reads the seeded Decree 107/2020 and its
 * effects (the dissolved DOFAs) in English, and the list in Korean.
 */
class PolicyJourneyTests extends FormJourneyTest {

	@Test
	void anAnalystRecordsASupersededCircularAndAnOfficerReadsTheDecreeInEnglish() throws Exception {
		String title = "Thông tư liên tịch thử nghiệm " + UUID.randomUUID().toString().substring(0, 8);
		signIn("mofa");
		open("/policies?lang=vi&kind=CIRCULAR");
		assertThat(pageText()).contains("Văn bản pháp luật và chính sách", "03/2021/TT-BNG", "Thông tư");
		screenshot("policy-01-list-circulars-vi");

		open("/policies/new?lang=vi");
		type("title", title);
		choose("kind", "CIRCULAR");
		type("number", "99/2015/TTLT-BNG-BNV");
		type("issuingBody", "Bộ Ngoại giao và Bộ Nội vụ");
		type("issuedOn", "2015-06-28");
		type("inForceOn", "2015-01");
		choose("supersededById", find(By.xpath("//select[@name='supersededById']/option[contains(., '"
				+ "Thông tư hướng dẫn chức năng, nhiệm vụ, quyền hạn về công tác đối ngoại')]")).getAttribute("value"));
		save();
		assertThat(find(By.cssSelector(".field.has-error .field-error")).getText())
			.isEqualTo("Ngày có hiệu lực không thể trước ngày ban hành.");
		screenshot("policy-02-in-force-refused-vi");

		type("inForceOn", "2015-08");
		save();
		assertThat(find(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(pageText()).contains("Đã lưu.", "Văn bản này đã được thay thế bởi", "99/2015/TTLT-BNG-BNV", "08/2015");
		screenshot("policy-03-detail-vi");
		find(By.cssSelector("p.notice a")).click();
		assertThat(pageText()).contains("Thay thế văn bản", title, "12/12/2021");
		screenshot("policy-04-successor-vi");

		browser.findElement(By.id("sign-out")).click();
		wait.until(ExpectedConditions.or(ExpectedConditions.urlContains("/login"),
				ExpectedConditions.presenceOfElementLocated(By.id("sign-in"))));
		signIn("thainguyen");
		open("/policies?lang=en&q=107%2F2020");
		find(By.linkText("Nghị định sửa đổi, bổ sung một số điều của Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ "
				+ "quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương")).click();
		assertThat(pageText()).contains("Decree", "107/2020/NĐ-CP", "Key provisions and effects", "Thái Bình, Cà Mau, Lâm Đồng, Yên Bái");
		assertThat(browser.findElements(By.cssSelector("a.button[href$='/edit']"))).isEmpty();
		screenshot("policy-05-decree-en");
		open("/policies?lang=ko");
		assertThat(pageText()).contains("법령 및 정책 문서", "법률", "70/2020/QH14");
		screenshot("policy-06-list-ko");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

	private void save() {
		find(By.cssSelector("form.record-form button[type=submit]")).click();
	}

}

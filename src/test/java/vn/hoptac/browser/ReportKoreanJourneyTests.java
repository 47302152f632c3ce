package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A MOFA analyst reads the reports added for MOFA in Korean: the national consolidated report, the
 * Thái Nguyên–Gyeongsangbuk partnership's profile and the IPTT of its results framework. Every label
 * is Korean; no message key and no enum constant shows.
 */
class ReportKoreanJourneyTests extends BrowserTest {

	/** A code as the program names it ("ODA_GRANT", "OUTBOUND"): never shown to a person. */
	private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)+\\b|\\b(OUTBOUND|INBOUND|DRAFT|QUALITATIVE)\\b");

	@Test
	void anAnalystReadsTheNationalReportTheProfileAndTheIpttInKorean() throws Exception {
		signIn("mofa");
		open("/reports/national?lang=ko&year=2023");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("전국 종합 보고서");
		assertThat(find(By.cssSelector("#section-national caption")).getText()).isEqualTo("성·시별 기록 수치");
		assertThat(pageText()).contains("타이응우옌", "보고서를 제출하지 않은 성·시");
		assertReadable();
		screenshot("report-national-ko");

		open("/partnerships?lang=ko&q=thai+nguyen+gyeongsangbuk");
		String href = find(By.partialLinkText("Thái Nguyên – tỉnh Gyeongsangbuk")).getAttribute("href");
		String partnership = href.replaceAll(".*/partnerships/(\\d+).*", "$1");
		open("/reports/partnership/" + partnership + "?lang=ko");
		assertThat(find(By.cssSelector("#section-timeline caption")).getText()).isEqualTo("연도별 연혁");
		assertThat(pageText()).contains("2005", "2025", "협력 관계 프로필");
		assertReadable();
		screenshot("report-partnership-profile-ko");

		open("/frameworks?lang=ko&q=" + java.net.URLEncoder.encode("Kết quả hợp tác Thái Nguyên", java.nio.charset.StandardCharsets.UTF_8));
		String framework = find(By.partialLinkText("Kết quả hợp tác Thái Nguyên")).getAttribute("href")
			.replaceAll(".*/frameworks/(\\d+).*", "$1");
		open("/frameworks/" + framework + "/iptt?lang=ko");
		assertThat(find(By.tagName("h1")).getText()).isEqualTo("지표 추적표(IPTT)");
		assertThat(pageText()).contains("목표 대비 %");
		assertReadable();
		screenshot("report-iptt-ko");
		open("/?lang=vi"); // the choice is saved on the shared demo account
	}

	private void assertReadable() {
		String text = pageText();
		assertThat(text).doesNotContain("reports.", "enum.", "monitoring.", "??");
		assertThat(CONSTANT.matcher(text).results().map(m -> m.group()).toList()).isEmpty();
		assertThat(find(By.tagName("html")).getAttribute("lang")).isEqualTo("ko");
	}

}

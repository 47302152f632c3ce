package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An officer downloads the agreements of a filtered list: while the file is written the page says
 * how many rows it holds, and says when it is complete, in Vietnamese and in Korean.
 */
class ExportProgressJourneyTests extends BrowserTest {

	@Test
	void theListPageSaysHowManyRowsTheDownloadHolds() throws Exception {
		Path downloads = allowDownloads();
		signIn("thainguyen");
		open("/agreements?lang=vi&country=KR");
		find(By.cssSelector(".export-links a[href*='format=csv']")).click();
		By status = By.cssSelector(".export-links .export-progress");
		wait.withTimeout(Duration.ofSeconds(30)).until(ExpectedConditions.textMatches(status, java.util.regex.Pattern.compile("^Xong: .+ dòng đã ghi vào tệp\\.$")));
		screenshot("export-01-csv-done-vi");

		open("/agreements?lang=ko&country=KR");
		find(By.cssSelector(".export-links a[href*='format=xlsx']")).click();
		wait.until(ExpectedConditions.textMatches(status, java.util.regex.Pattern.compile("^완료: .+행을 파일에 작성했습니다\\.$")));
		screenshot("export-02-xlsx-done-ko");
		wait.until(d -> {
			try (var files = Files.list(downloads)) {
				return files.anyMatch(f -> f.getFileName().toString().equals("agreements.xlsx"));
			}
			catch (java.io.IOException ex) {
				return false;
			}
		});
		assertThat(downloads.resolve("agreements.csv")).exists();
	}

}

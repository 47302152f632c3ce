package vn.hoptac.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Lists as an officer uses them (own province first, one click to all, counted facets, sortable
 * columns, paging), on a phone 390 px wide (facets folded, cards with their labels, a usable parties
 * editor) and printed (no banner, navigation, buttons or forms), in Vietnamese and English or Korean.
 * Every page passes axe-core ({@link BrowserTest}), which the last journey shows failing on purpose.
 */
class ListsPhonePrintJourneyTests extends BrowserTest {

	private Object script(String code, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(code, args);
	}

	@Test
	void officerOpensHisProvinceFiltersByCountedFacetsSortsAndPages() throws Exception {
		signIn("thainguyen");
		try {
			browser.findElement(By.cssSelector("nav.main-nav a[href='/partnerships']")).click();
			WebElement own = find(By.cssSelector(".own-province"));
			assertThat(own.getText()).contains("Thái Nguyên");
			String ownCount = find(By.cssSelector("#partnership-rows > p.muted")).getText();
			screenshot("14-partnerships-own-province-vi");

			own.findElement(By.cssSelector("a.all-provinces")).click();
			wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".own-province")));
			assertThat(find(By.cssSelector("#partnership-rows > p.muted")).getText()).isNotEqualTo(ownCount);

			// a facet's options say how many records each would list; choosing one recounts the others
			Select country = new Select(find(By.id("facet-country")));
			String korea = country.getOptions()
				.stream()
				.map(WebElement::getText)
				.filter(text -> text.startsWith("Hàn Quốc ("))
				.findFirst()
				.orElseThrow();
			String typesBefore = find(By.id("facet-type")).getText();
			country.selectByValue("KR");
			wait.until(ExpectedConditions.urlContains("country=KR"));
			wait.until(d -> !d.findElement(By.id("facet-type")).getText().equals(typesBefore));
			assertThat(find(By.cssSelector("#partnership-rows > p.muted")).getText())
				.startsWith(korea.substring(korea.indexOf('(') + 1, korea.indexOf(')')));
			screenshot("14-partnerships-counted-facets-vi");

			// the "since" column sorts, ascending then descending, and says so to screen readers
			By since = By.xpath("//th[a[contains(@href,'sort=established') or contains(@href,'sort=-established')]]");
			find(since).findElement(By.tagName("a")).click();
			wait.until(ExpectedConditions.attributeToBe(since, "aria-sort", "ascending"));
			find(since).findElement(By.tagName("a")).click();
			wait.until(ExpectedConditions.attributeToBe(since, "aria-sort", "descending"));
			assertThat(browser.getCurrentUrl()).contains("country=KR", "sort=-established");
			List<Integer> years = browser.findElements(By.cssSelector("#partnership-rows tbody td:last-child"))
				.stream()
				.map(WebElement::getText)
				.filter(text -> !text.isBlank())
				// "2005", "05/2024" or "15/03/2024": the date at its precision, the year last
				.map(text -> Integer.valueOf(text.substring(text.length() - 4)))
				.toList();
			assertThat(years).isSortedAccordingTo((a, b) -> b - a);

			// past the end: the last page
			open("/agreements?locality=&page=99");
			assertThat(browser.getCurrentUrl()).doesNotContain("page=99");
			assertThat(find(By.cssSelector("nav.pager")).getText()).contains("Trang trước").doesNotContain("Trang sau");

			open("/agreements?lang=en");
			assertThat(find(By.cssSelector(".own-province")).getText()).contains("Records of");
			new Select(find(By.id("facet-locality"))).selectByIndex(0);
			wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".own-province")));
			assertThat(new Select(find(By.id("facet-country"))).getOptions()).extracting(WebElement::getText)
				.anyMatch(text -> text.matches(".*Korea \\(\\d+\\)"));
			screenshot("14-agreements-counted-facets-en");
		}
		finally {
			open("/?lang=vi"); // the choice is saved on the shared demo account
		}
	}

	@Test
	void formerProvincesAreLabelledAndAnEmptyRelatedListSaysNothingYet() throws Exception {
		signIn("admin");
		open("/organisations?lang=vi");
		assertThat(find(By.id("locality")).getText()).contains("Bắc Kạn (đến 30/06/2025)");
		open("/partnerships?q=zzqxwv");
		assertThat(find(By.cssSelector(".empty-list")).getText()).contains("phù hợp với bộ lọc");
		open("/partnerships/" + partnershipWithoutAgreements());
		assertThat(find(By.cssSelector("#partnership-agreements .empty-list")).getText())
			.isEqualTo("Quan hệ này chưa có thỏa thuận nào được ghi nhận.");
		screenshot("14-partnership-without-agreements-vi");
	}

	private String partnershipWithoutAgreements() {
		// the list of agreements per partnership is a page; the first partnership whose list is empty
		open("/partnerships?locality=&sort=-established");
		List<String> links = browser.findElements(By.cssSelector("#partnership-rows tbody a[href^='/partnerships/']"))
			.stream()
			.map(a -> a.getDomAttribute("href"))
			.toList();
		for (String link : links) {
			String id = link.substring(link.lastIndexOf('/') + 1);
			open("/agreements?partnership=" + id);
			if (!browser.findElements(By.cssSelector(".empty-list")).isEmpty()) {
				return id;
			}
		}
		throw new IllegalStateException("every partnership on the first page has agreements");
	}

	@Test
	void onAPhoneFacetsFoldCardsKeepTheirLabelsAndThePartiesEditorFits() throws Exception {
		signIn("thainguyen");
		phone(true);
		try {
			open("/partnerships?locality=");
			WebElement fold = find(By.cssSelector("details.facet-fold"));
			assertThat(fold.getDomProperty("open")).isEqualTo("false");
			assertThat(displayed(By.id("facet-country"))).as("facets folded").isFalse();
			WebElement firstRow = find(By.cssSelector("#partnership-rows tbody tr"));
			assertThat(firstRow.getLocation().getY()).as("results start on the first screen").isLessThan(844 - 100);
			WebElement party = firstRow.findElement(By.cssSelector("td:nth-child(3)"));
			assertThat(script("return getComputedStyle(arguments[0], '::before').content;", party))
				.isEqualTo("\"Bên nước ngoài\"");
			assertThat(noHorizontalScroll()).isTrue();
			screenshot("15-phone-partnerships-vi");

			fold.findElement(By.tagName("summary")).click();
			assertThat(find(By.id("facet-country")).isDisplayed()).isTrue();
			screenshot("15-phone-partnerships-facets-open-vi");

			open("/agreements/new");
			WebElement side = find(By.name("parties[0].side"));
			WebElement cell = side.findElement(By.xpath("ancestor::td"));
			assertThat(script("return getComputedStyle(arguments[0], '::before').content;", cell)).isNotEqualTo("none");
			assertThat(side.getRect().getX() + side.getRect().getWidth()).isLessThanOrEqualTo(390);
			WebElement code = find(By.name("parties[0].partyCode"));
			code.sendKeys("VN-19");
			assertThat(code.getDomProperty("value")).isEqualTo("VN-19");
			assertThat(noHorizontalScroll()).isTrue();
			((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView();", side);
			screenshot("15-phone-parties-editor-vi");

			open("/agreements?locality=&lang=ko");
			assertThat(find(By.cssSelector("details.facet-fold summary")).getText()).isEqualTo("필터");
			screenshot("15-phone-agreements-ko");
		}
		finally {
			phone(false);
			open("/?lang=vi");
		}
	}

	private boolean noHorizontalScroll() {
		return (Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth;");
	}

	@Test
	void recordAndListPagesPrintWithoutBannerNavigationButtonsAndForms() throws Exception {
		signIn("thainguyen");
		try {
			open("/partnerships?locality=");
			String record = find(By.cssSelector("#partnership-rows tbody a[href^='/partnerships/']")).getDomAttribute("href");
			printMedia(true);
			assertThat(displayed(By.cssSelector(".demo-banner"))).isFalse();
			assertThat(displayed(By.cssSelector("header.site-header"))).isFalse();
			assertThat(displayed(By.cssSelector("nav"))).isFalse();
			assertThat(displayed(By.cssSelector("form"))).isFalse();
			assertThat(displayed(By.cssSelector("button, a.button"))).isFalse();
			assertThat(displayed(By.cssSelector("#partnership-rows table"))).isTrue();
			assertThat(find(By.cssSelector("#partnership-rows thead")).isDisplayed()).as("a table, not cards").isTrue();
			screenshot("16-print-partnerships-vi");

			open(record + "?lang=en");
			assertThat(displayed(By.cssSelector("header.site-header"))).isFalse();
			assertThat(displayed(By.cssSelector("a.button, button, form"))).isFalse();
			assertThat(find(By.tagName("h1")).isDisplayed()).isTrue();
			screenshot("16-print-partnership-en");
			printMedia(false);
			assertThat(displayed(By.cssSelector("header.site-header"))).as("on screen again").isTrue();
		}
		finally {
			printMedia(false);
			open("/?lang=vi");
		}
	}

	@Test
	void axeCoreFailsAJourneyOnAViolationNamingRuleAndElement() throws Exception {
		open("/login");
		script("var img = document.createElement('img'); img.id = 'no-alt'; img.src = '/favicon.ico';"
				+ " document.querySelector('main').appendChild(img);");
		assertThatExceptionOfType(AssertionError.class).isThrownBy(() -> screenshot("never"))
			.withMessageContaining("image-alt")
			.withMessageContaining("#no-alt")
			.withMessageContaining("/login");
		script("document.getElementById('no-alt').alt = 'hoptac';");
		screenshot("00-sign-in-axe-clean");
	}

}

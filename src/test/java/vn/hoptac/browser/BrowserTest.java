package vn.hoptac.browser;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.events.EventFiringDecorator;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A journey in a real headless Chromium (Debian's chromium and chromium-driver) against the
 * application on a random local port. Screenshots go to {@code target/screenshots}. Every page a
 * journey visits, and every state it takes a screenshot of, passes axe-core's WCAG 2.1 A/AA rules
 * ({@link AxeAudit}). Without a browser (or axe-core, {@code npm ci} in {@code tools/axe}) on the
 * machine the journeys are skipped, unless HOPTAC_REQUIRE_BROWSER is set (CI).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Tag("browser")
abstract class BrowserTest {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	WebDriver browser;

	WebDriverWait wait;

	/** The browser itself, for DevTools commands (phone and print emulation); journeys use {@link #browser}. */
	private ChromeDriver chrome;

	private AxeAudit axe;

	private Path profile;

	@BeforeEach
	void startBrowser() throws IOException {
		boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
		if (!installed && System.getenv("HOPTAC_REQUIRE_BROWSER") != null) {
			throw new IllegalStateException("Chromium and ChromeDriver are required: apt-get install chromium chromium-driver");
		}
		Assumptions.assumeTrue(installed, "Chromium is not installed; browser journeys skipped");
		if (!AxeAudit.installed() && System.getenv("HOPTAC_REQUIRE_BROWSER") != null) {
			throw new IllegalStateException("axe-core is required: npm ci in tools/axe");
		}
		Assumptions.assumeTrue(AxeAudit.installed(), "axe-core is not installed (npm ci in tools/axe); browser journeys skipped");
		profile = Files.createTempDirectory("hoptac-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		chrome = new ChromeDriver(service, options);
		axe = AxeAudit.of(chrome);
		browser = new EventFiringDecorator<WebDriver>(axe).decorate(chrome);
		wait = new WebDriverWait(browser, Duration.ofSeconds(10));
	}

	@AfterEach
	void stopBrowser() throws IOException {
		try {
			if (axe != null) {
				axe.checkIfNew();
				axe.throwIfViolated();
			}
		}
		finally {
			quit();
		}
	}

	private void quit() throws IOException {
		if (chrome != null) {
			chrome.quit();
		}
		if (profile != null) {
			org.springframework.util.FileSystemUtils.deleteRecursively(profile);
		}
	}

	void open(String path) {
		browser.get("http://127.0.0.1:" + port + path);
		axe.throwIfViolated();
	}

	WebElement find(By by) {
		WebElement found = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
		axe.checkIfNew();
		axe.throwIfViolated();
		return found;
	}

	void signIn(String username) {
		open("/login");
		find(By.name("username")).sendKeys(username);
		browser.findElement(By.name("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("form button[type=submit], form input[type=submit]")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	/** Lets the browser save downloads, into a folder of its profile (deleted with it), which it returns. */
	Path allowDownloads() throws IOException {
		Path downloads = Files.createDirectories(profile.resolve("downloads"));
		chrome.executeCdpCommand("Browser.setDownloadBehavior",
				java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		return downloads;
	}

	/** Saves what the browser shows, after axe-core has checked it as it is now. */
	void screenshot(String name) throws IOException {
		axe.check();
		axe.throwIfViolated();
		Files.createDirectories(SCREENSHOTS);
		File shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	/** Lays pages out as a phone 390 px wide shows them (or as the 1280 px window again with false). */
	void phone(boolean on) {
		if (on) {
			chrome.executeCdpCommand("Emulation.setDeviceMetricsOverride",
					Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
		}
		else {
			chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	/** Applies the print style sheet ({@code @media print}) to the page, or the screen's again. */
	void printMedia(boolean on) {
		chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", on ? "print" : ""));
	}

	/** Whether the element takes space on the page (not {@code display: none} under the current media). */
	boolean displayed(By by) {
		return browser.findElements(by).stream().anyMatch(WebElement::isDisplayed);
	}

	/**
	 * The page's text. A page being replaced after a click may have no body yet, or lose the one just
	 * found: the body is looked up again until its text is read.
	 */
	String pageText() {
		return wait.ignoring(StaleElementReferenceException.class)
			.until(driver -> driver.findElement(By.tagName("body")).getText());
	}

}

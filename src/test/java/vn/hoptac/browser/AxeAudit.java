package vn.hoptac.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver.Navigation;
import org.openqa.selenium.support.events.WebDriverListener;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Runs axe-core's WCAG 2.1 A and AA rules on every page a journey visits: after each navigation
 * (get, back, forward, refresh) and after a click, submit or typing that loaded a new document,
 * and on demand (each screenshot, so states htmx swapped in are checked too). axe-core is pinned in
 * {@code tools/axe} ({@code npm ci} there). What it finds is kept until the test asks
 * ({@link #throwIfViolated()}), since a listener's exception need not reach the test.
 */
public final class AxeAudit implements WebDriverListener {

	static final Path SCRIPT = Path.of("tools", "axe", "node_modules", "axe-core", "axe.min.js");

	private static final String RUN = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
			    resultTypes: ['violations'] })
			  .then(function (result) {
			    done(result.violations.map(function (v) {
			      return { id: v.id, impact: v.impact || '', help: v.help,
			        targets: v.nodes.map(function (n) { return n.target.join(' '); }) };
			    }));
			  })
			  .catch(function (e) { done('axe-core failed: ' + e); });
			""";

	private final WebDriver driver;

	private final String source;

	private final List<String> failures = new ArrayList<>();

	private AxeAudit(WebDriver driver, String source) {
		this.driver = driver;
		this.source = source;
	}

	/** An audit of the pages the (undecorated) driver shows; fails when axe-core is not installed. */
	static AxeAudit of(WebDriver driver) throws IOException {
		if (!Files.isRegularFile(SCRIPT)) {
			throw new IllegalStateException("axe-core missing: run npm ci in tools/axe (" + SCRIPT + ")");
		}
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		return new AxeAudit(driver, Files.readString(SCRIPT, StandardCharsets.UTF_8));
	}

	static boolean installed() {
		return Files.isRegularFile(SCRIPT);
	}

	/** Checks the page as it is now and records what is violated. */
	void check() {
		waitUntilLoaded();
		JavascriptExecutor js = (JavascriptExecutor) driver;
		if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
			js.executeScript(source);
		}
		Object result = js.executeAsyncScript(RUN);
		if (result instanceof String error) {
			failures.add(error + " on " + driver.getCurrentUrl());
			return;
		}
		List<?> violations = (List<?>) result;
		if (!violations.isEmpty()) {
			failures.add(describe(driver.getCurrentUrl(), violations));
		}
	}

	/** Checks the page if it is a document not checked yet (axe-core not injected into it). */
	void checkIfNew() {
		try {
			Object injected = ((JavascriptExecutor) driver).executeScript("return typeof window.axe === 'object';");
			if (!Boolean.TRUE.equals(injected)) {
				check();
			}
		}
		catch (WebDriverException ex) {
			// the document is being replaced: the next navigation, find or screenshot checks the new one
		}
	}

	/** Fails the test with every violation found since the last call. */
	void throwIfViolated() {
		if (!failures.isEmpty()) {
			String message = String.join("\n", failures);
			failures.clear();
			throw new AssertionError(message);
		}
	}

	private void waitUntilLoaded() {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete"
			.equals(((JavascriptExecutor) d).executeScript("return document.readyState;")));
	}

	private static String describe(String url, List<?> violations) {
		return "axe-core: " + violations.size() + " WCAG 2.1 A/AA violation(s) on " + url + "\n"
				+ violations.stream().map(v -> (Map<?, ?>) v).map(v -> "  - " + v.get("id") + " (" + v.get("impact")
						+ "): " + v.get("help") + "\n      at " + ((List<?>) v.get("targets")).stream()
							.map(String::valueOf)
							.collect(Collectors.joining("\n      at ")))
					.collect(Collectors.joining("\n"));
	}

	@Override
	public void afterGet(WebDriver driver, String url) {
		checkIfNew();
	}

	@Override
	public void afterAnyNavigationCall(Navigation navigation, java.lang.reflect.Method method, Object[] args,
			Object result) {
		checkIfNew();
	}

	@Override
	public void afterClick(WebElement element) {
		checkIfNew();
	}

	@Override
	public void afterSubmit(WebElement element) {
		checkIfNew();
	}

	@Override
	public void afterSendKeys(WebElement element, CharSequence... keysToSend) {
		checkIfNew();
	}

}

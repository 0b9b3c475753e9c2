package io.plangraph.explorer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver (both given by path, so Selenium
 * Manager never downloads a browser or a driver), with a fresh profile and everything that would call
 * home switched off. It keeps the browser's own log of network requests (Chrome's performance log), so
 * a test can say which requests failed and which left the application.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** Where the screenshots go; docs/screenshots/ holds the ones the README shows. */
	static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	// Selenium warns that it has no DevTools bindings for this Chromium; the tests use chromedriver's own
	// performance log instead, so the warning says nothing. Kept in a field so the setting is not collected.
	private static final java.util.logging.Logger SELENIUM = quiet("org.openqa.selenium");

	private static java.util.logging.Logger quiet(String name) {
		var logger = java.util.logging.Logger.getLogger(name);
		logger.setLevel(Level.SEVERE);
		return logger;
	}

	final ChromeDriver driver;

	final String origin;

	private final Path profile;

	private final List<String> requests = new ArrayList<>();

	private final List<String> problems = new ArrayList<>();

	private final Map<String, String> urls = new java.util.HashMap<>();

	private Browser(ChromeDriver driver, String origin, Path profile) {
		this.driver = driver;
		this.origin = origin;
		this.profile = profile;
	}

	/** Starts a browser for the application on the port; skips the test where there is no Chromium. */
	static Browser open(int port) throws IOException {
		assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM + " (apt-get install chromium chromium-driver)");
		Path profile = Files.createTempDirectory("plangraph-chromium-");
		var options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-default-apps", "--disable-extensions", "--disable-dev-shm-usage", "--hide-scrollbars",
				"--lang=ja", "--window-size=1280,1000", "--user-data-dir=" + profile,
				// A closed network, even where the machine has one: no host but this one resolves.
				"--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost");
		var logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
		var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
		var driver = new ChromeDriver(service, options);
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		var browser = new Browser(driver, "http://localhost:" + port, profile);
		browser.requests.clear(); // what the browser's own start page loaded is not the application's
		browser.readNetworkLog();
		browser.requests.clear();
		browser.problems.clear();
		return browser;
	}

	void get(String path) {
		driver.get(origin + path);
	}

	/** A new page load with no editor key in the tab, as a new visitor has. */
	void freshStart() {
		driver.get(origin + "/");
		script("sessionStorage.clear()");
		driver.navigate().refresh();
		viewLoaded();
	}

	WebDriverWait waiting() {
		// Polled every 50 ms, not Selenium's default 500 ms: most waits are for a view that renders in tens of
		// milliseconds, and the default made each of them cost up to half a second.
		return new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(50));
	}

	<T> T await(Function<WebDriver, T> condition) {
		return waiting().until(condition);
	}

	WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	/** Waits for a CSS selector to match a displayed element. */
	WebElement shown(String css) {
		return await((d) -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
	}

	/** Waits until the explorer has rendered the view the URL names (its main element is no longer busy). */
	void viewLoaded() {
		await((d) -> (Boolean) ((JavascriptExecutor) d).executeScript("""
				const main = document.getElementById('main');
				return !!main && main.dataset.route === window.location.hash && !main.hasAttribute('aria-busy');"""));
	}

	/** The number of times the explorer has rendered a view, to wait for the next one. */
	String renders() {
		return String.valueOf(((JavascriptExecutor) driver).executeScript("return document.getElementById('main').dataset.ready || ''"));
	}

	/** Waits for the explorer to render another view than the one counted before. */
	void nextView(String before) {
		await((d) -> !renders().equals(before) && find("#main").getAttribute("aria-busy") == null);
	}

	Object script(String js, Object... args) {
		return ((JavascriptExecutor) driver).executeScript(js, args);
	}

	/** Saves what the browser shows as target/screenshots/NAME.png. */
	void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
	}

	/**
	 * Every request the browser made since the last call, read from its own network log: URLs outside
	 * the application, requests that failed, and answers of 400 and above are problems.
	 */
	List<String> networkProblems() {
		readNetworkLog();
		var found = List.copyOf(problems);
		problems.clear();
		return found;
	}

	/** Every URL the browser requested so far, as its network log lists them. */
	List<String> requests() {
		readNetworkLog();
		return List.copyOf(requests);
	}

	private void readNetworkLog() {
		for (var entry : driver.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			JsonNode params = message.path("params");
			switch (message.path("method").asString("")) {
				case "Network.requestWillBeSent" -> {
					String url = params.path("request").path("url").asString("");
					requests.add(url);
					urls.put(params.path("requestId").asString(""), url);
					if (!url.startsWith(origin + "/") && !browserInternal(url)) {
						problems.add("request outside the application: " + url);
					}
				}
				case "Network.loadingFailed" -> {
					// A failure with no request before it in the page's log is the browser's own (its start page
					// reaching for the internet while it is replaced); the page's requests are all logged first.
					String url = urls.get(params.path("requestId").asString(""));
					if (url != null && !browserInternal(url)) {
						problems.add("failed: " + params.path("errorText").asString("") + " " + url);
					}
				}
				case "Network.responseReceived" -> {
					int status = params.path("response").path("status").asInt();
					if (status >= 400) {
						problems.add("HTTP " + status + ": " + params.path("response").path("url").asString(""));
					}
				}
				default -> {
				}
			}
		}
	}

	/** What the browser serves itself (its start page's chrome:// files, data: URLs): no network. */
	private static boolean browserInternal(String url) {
		return url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("chrome:")
				|| url.startsWith("chrome-untrusted:") || url.startsWith("about:");
	}

	/** Errors the page's scripts wrote to the console (uncaught exceptions included). */
	List<String> consoleErrors() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
			.filter((e) -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map((e) -> e.getMessage())
			.toList();
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

}

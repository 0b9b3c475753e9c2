package io.plangraph.explorer;

import java.io.IOException;

import io.plangraph.support.PlangraphTestWithKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * City staff record this year's value in the explorer with an editor's key typed into the page: the
 * API's refusals are shown as it gives them, and the status on the page changes once it is recorded.
 * The keys every writing test shares (PlangraphTestWithKeys), so one application context and database; this test
 * changes only 日立市's DXを推進する企業数 for R6 and 安中市's 廃校の跡地利用の推進, which no other test reads.
 */
@PlangraphTestWithKeys
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerEditingTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() throws IOException {
		browser = Browser.open(port);
	}

	@BeforeEach
	void asANewVisitor() {
		browser.freshStart();
	}

	@AfterAll
	void closeBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void anEditorRecordsThisYearsValueSeesRefusalsAndThenTheStatusChange() throws IOException {
		browser.get("/#/indicator/hitachi-dx-companies?fy=2024");
		browser.viewLoaded();
		assertThat(status()).isEqualTo("NOT_PUBLISHED");

		// Without a key, the API refuses and says why; nothing changes.
		record("R6", "41社");
		assertThat(browser.shown("#record-result .error").getText())
			.contains("changes need an API key", "UNAUTHORIZED");
		assertThat(status()).isEqualTo("NOT_PUBLISHED");

		// The key is typed into the page, kept in this tab only.
		useKey("hitachi-key");
		assertThat(browser.find("#key-state").getText()).isEqualTo("編集キーを使用中（このタブのみ）");

		// A value in the wrong unit is refused, naming the input.
		record("R6", "41人");
		assertThat(browser.shown("#record-result .error").getText())
			.contains("the unit '人' is not the indicator's unit '社'", "input.value", "BAD_REQUEST");
		assertThat(status()).isEqualTo("NOT_PUBLISHED");

		var before = browser.renders();
		record("R6", "41社");
		browser.nextView(before);
		assertThat(browser.shown("#record-result .ok").getText()).contains("hitachi-editor が記録しました", "◎ 目標達成");
		assertThat(status()).isEqualTo("TARGET_MET");
		assertThat(browser.find("#achievements tbody tr").getText()).contains("◎ 目標達成", "41");
		browser.script("document.getElementById('status-h').scrollIntoView()");
		browser.screenshot("editing");

		// The key went in a header to this origin only, never into a cookie.
		assertThat(browser.driver.manage().getCookies()).isEmpty();
		assertThat(browser.networkProblems()).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void anEditorRecordsAPledgeAsAchievedAndTheBoardMovesIt() throws IOException {
		browser.get("/#/pledges/annaka-mayor-pledges?date=2026-11-21");
		browser.viewLoaded();
		assertThat(column("IN_PROGRESS")).contains("廃校の跡地利用の推進");

		// 日立市's editor may not change 安中市: the API says so, and the board stays as it was.
		useKey("hitachi-key");
		recordPledge("annaka-mayor-pledges/closed-school-sites", "2026-11-01");
		assertThat(browser.shown("#pledge-record-result .error").getText()).contains("FORBIDDEN");
		assertThat(column("IN_PROGRESS")).contains("廃校の跡地利用の推進");

		useKey("admin-key");
		var before = browser.renders();
		recordPledge("annaka-mayor-pledges/closed-school-sites", "2026-11-01");
		browser.nextView(before);
		assertThat(browser.shown("#pledge-record-result .ok").getText()).contains("admin が記録しました", "廃校の跡地利用の推進", "達成");
		assertThat(column("ACHIEVED")).contains("廃校の跡地利用の推進");
		assertThat(column("IN_PROGRESS")).doesNotContain("廃校の跡地利用の推進");
		assertThat(browser.networkProblems()).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	private void useKey(String key) {
		var before = browser.renders();
		if (!browser.find("#key-panel").isDisplayed()) {
			browser.find("#key-toggle").click();
		}
		browser.shown("#key-input").sendKeys(key);
		browser.find("#key-form button[type='submit']").click();
		browser.nextView(before);
	}

	private void recordPledge(String elementId, String date) {
		new org.openqa.selenium.support.ui.Select(browser.find("#pledge-element")).selectByValue(elementId);
		browser.script("document.getElementById('pledge-as-of').value = arguments[0]", date);
		browser.find("#pledge-achieved").click();
		browser.find("#pledge-record-form button[type='submit']").click();
		browser.await((d) -> browser.all("#pledge-record-result .loading").isEmpty());
	}

	private String column(String status) {
		return browser.find("#pledge-board section[data-status='" + status + "']").getText();
	}

	private void record(String year, String value) {
		var yearInput = browser.find("#record-year");
		yearInput.clear();
		yearInput.sendKeys(year);
		var valueInput = browser.find("#record-value");
		valueInput.clear();
		valueInput.sendKeys(value);
		browser.find("#record-form button[type='submit']").click();
		browser.await((d) -> browser.all("#record-result .loading").isEmpty());
	}

	private String status() {
		return browser.find("#achievements [data-status]").getAttribute("data-status");
	}

}

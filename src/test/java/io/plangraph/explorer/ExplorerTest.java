package io.plangraph.explorer;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.plangraph.support.PlangraphTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer at / and GraphiQL at /graphiql in a real headless Chromium, against the running
 * application with the five documents: what a person sees and can reach by clicking, and that the
 * browser's own network log shows no failed request and no request leaving the application. The
 * screenshots these tests take (target/screenshots/) are the README's (docs/screenshots/).
 */
@PlangraphTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerTest {

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeAll
	void openBrowser() throws IOException {
		browser = Browser.open(port);
	}

	@AfterAll
	void closeBrowser() throws IOException {
		if (browser != null) {
			browser.close();
		}
	}

	@AfterEach
	void everyRequestStayedInTheApplicationAndSucceeded() {
		assertThat(browser.networkProblems()).isEmpty();
		assertThat(browser.consoleErrors()).isEmpty();
	}

	@Test
	void graphiqlLoadsFromTheApplicationAloneAndRunsAQuery() throws IOException {
		browser.get("/graphiql");
		browser.shown(".graphiql-container");
		browser.shown(".graphiql-execute-button").click();
		browser.await((d) -> browser.find(".result-window").getText().contains("ひたちナビダウンロード数"));
		assertThat(browser.find(".result-window").getText()).contains("BASELINE_MET", "PLAN 15");

		browser.shown("button[aria-label='Show Documentation Explorer']").click();
		assertThat(browser.shown(".graphiql-doc-explorer").getText()).contains("Query");
		browser.shown("button[aria-label='Show GraphiQL Explorer']").click();
		assertThat(browser.shown(".graphiql-explorer-root").getText()).contains("indicator");
		browser.screenshot("graphiql");

		assertThat(browser.requests()).anyMatch((url) -> url.endsWith("/graphiql/vendor/graphiql.min.js"))
			.anyMatch((url) -> url.endsWith("/graphql"));
	}

	@Test
	void hitachisTreeShowsEachR5StatusBesideTheMarkTheDocumentPrinted() throws IOException {
		browser.get("/#/plan/hitachi-growth-strategy?fy=2023");
		browser.viewLoaded();
		assertThat(new Select(browser.find("#fy")).getFirstSelectedOption().getText()).isEqualTo("R5（令和5年度）");
		browser.driver.findElement(By.xpath("//button[text()='すべて開く']")).click();

		// One entry per indicator (and group): the tree shows an indicator under every element using it.
		@SuppressWarnings("unchecked")
		var marks = (Map<String, List<String>>) browser.script("""
				const marks = {};
				for (const pair of document.querySelectorAll('.indicator .mark-pair')) {
				  if (!pair.querySelector('[data-printed]').dataset.printed) continue;
				  const key = pair.closest('.indicator').dataset.indicatorId + '|' + (pair.dataset.group || '');
				  marks[key] = [pair.querySelector('[data-computed]').dataset.computed, pair.querySelector('[data-printed]').dataset.printed];
				}
				return marks;""");
		assertThat(marks).hasSize(28);
		assertThat(marks.values()).allSatisfy((pair) -> assertThat(pair.get(0)).isEqualTo(pair.get(1)));
		assertThat(marks.get("hitachi-navi-downloads|")).containsExactly("BASELINE_MET", "BASELINE_MET");
		assertThat(marks.get("hitachi-disaster-drills|")).containsExactly("TARGET_MET", "TARGET_MET");

		assertThat(browser.find(".rollup-plan").getText()).contains("◎目標達成 4", "○基準値以上 9", "△基準値未満 14", "—未公表 1",
				"前年度以上 19/23");
		assertThat(branch("hitachi-growth-strategy/plan-10").findElement(By.cssSelector(".rollup")).getText()).contains("○1");

		new Select(browser.find("#fy")).selectByValue("2022");
		browser.viewLoaded();
		browser.await((d) -> browser.find(".rollup-plan h2").getText().contains("R4"));
		assertThat(browser.find(".rollup-plan").getText()).doesNotContain("○基準値以上 9");
	}

	@Test
	void aPersonFindsPlan10sDownloadsOnAChartAndSeesPlan15UsesThemTooAllByClicking() throws IOException {
		browser.get("/");
		browser.viewLoaded();
		var before = browser.renders();
		browser.driver.findElement(By.linkText("ひたち成長戦略プラン")).click();
		browser.nextView(before);

		// The tree opens on the latest year with an actual, R5; choosing it again changes nothing.
		assertThat(new Select(browser.find("#fy")).getFirstSelectedOption().getText()).isEqualTo("R5（令和5年度）");
		var plan10 = branch("hitachi-growth-strategy/plan-10");
		plan10.findElement(By.cssSelector(":scope > details > summary")).click();
		var downloads = browser.shown("li[data-element-id='hitachi-growth-strategy/plan-10'] a[href*='hitachi-navi-downloads']");
		assertThat(downloads.getText()).isEqualTo("ひたちナビダウンロード数");
		browser.script("arguments[0].scrollIntoView(); window.scrollBy(0, -260)", plan10);
		browser.screenshot("plan-tree");

		before = browser.renders();
		downloads.click();
		browser.nextView(before);
		assertThat(browser.find("h1").getText()).startsWith("ひたちナビダウンロード数");
		var chart = browser.shown(".chart[data-drawn='true']");
		assertThat(chart.getAttribute("data-series").split("\\|")).containsExactly("実績値", "基準値", "目標値", "目標への道筋");
		assertThat(chart.findElement(By.tagName("canvas")).getSize().getWidth()).isGreaterThan(500);
		assertThat(browser.find("#status-h").getText()).isEqualTo("R5（令和5年度）の状況");
		var row = browser.find("#achievements tbody tr");
		assertThat(row.findElement(By.cssSelector("[data-status]")).getAttribute("data-status")).isEqualTo("BASELINE_MET");
		assertThat(row.getText()).contains("○ 基準値以上", "14,259", "R3", "32,600", "R8", "23,751");
		assertThat(browser.find("#shared-badge").getText()).contains("共有指標", "2 要素");
		assertThat(browser.find("#used-by").getText()).contains("PLAN 10 ひたち型スマートライフの構築", "PLAN 15 しなやかな新しい生活様式の普及");
		browser.screenshot("indicator");

		before = browser.renders();
		browser.driver.findElement(By.partialLinkText("PLAN 15")).click();
		browser.nextView(before);
		var plan15 = branch("hitachi-growth-strategy/plan-15");
		assertThat(plan15.getAttribute("class")).contains("focus");
		assertThat(plan15.findElement(By.cssSelector(":scope > details")).getAttribute("open")).isNotNull();
		var status = plan15.findElement(By.cssSelector("[data-indicator-id='hitachi-navi-downloads'] [data-computed]"));
		assertThat(status.isDisplayed()).isTrue();
		assertThat(status.getAttribute("data-computed")).isEqualTo("BASELINE_MET");
		assertThat(status.getText()).isEqualTo("○ 基準値以上");
		assertThat(new Select(browser.find("#fy")).getFirstSelectedOption().getText()).isEqualTo("R5（令和5年度）");
	}

	@Test
	void thePlanTreeFitsATabletScreen() throws IOException {
		browser.driver.manage().window().setSize(new Dimension(820, 1180));
		try {
			browser.get("/#/plan/hitachi-growth-strategy?fy=2023&open=hitachi-growth-strategy/plan-06");
			browser.viewLoaded();
			assertThat((Boolean) browser.script("return document.documentElement.scrollWidth <= window.innerWidth")).isTrue();
			browser.script("window.scrollTo(0, 0)");
			browser.screenshot("plan-tree-tablet");
		}
		finally {
			browser.driver.manage().window().setSize(new Dimension(1280, 1000));
		}
	}

	@Test
	void annakasPledgeBoardSortsThePledgesForTheChosenDate() throws IOException {
		browser.get("/");
		browser.viewLoaded();
		var before = browser.renders();
		browser.driver.findElement(By.linkText("公約ボード")).click();
		browser.nextView(before);

		before = browser.renders();
		browser.script("document.getElementById('pledge-date').value = '2026-11-21'");
		browser.find("#pledge-date-form button").click();
		browser.nextView(before);
		assertThat(browser.driver.getCurrentUrl()).endsWith("#/pledges/annaka-mayor-pledges?date=2026-11-21");
		assertThat(column("ACHIEVED")).contains("達成（7）", "機動力のある行政組織改革");
		assertThat(column("IN_PROGRESS")).contains("進行中（1）", "廃校の跡地利用の推進", "更新なし");
		assertThat(column("NOT_STARTED")).contains("未着手（0）");
		assertThat(column("OVERDUE")).contains("期限超過（3）", "遠丸団地などのあり方検討");
		browser.screenshot("pledges");

		before = browser.renders();
		browser.script("document.getElementById('pledge-date').value = '2022-01-01'");
		browser.find("#pledge-date-form button").click();
		browser.nextView(before);
		assertThat(column("ACHIEVED")).contains("達成（0）");
	}

	@Test
	void hachinohesRevisionShowsWhatMovedWasMergedAndHowTheLevelsGrew() throws IOException {
		browser.get("/");
		browser.viewLoaded();
		var before = browser.renders();
		browser.driver.findElement(By.partialLinkText("改定比較")).click();
		browser.nextView(before);
		assertThat(browser.script("""
				return [...document.querySelectorAll('#diff-counts tbody tr')]
				  .map((row) => [...row.cells].map((cell) => cell.textContent).join(' '))""")).isEqualTo(
				List.of("基本目標 4 4", "施策 9 11", "個別施策 25 32"));
		assertThat(browser.find("#diff-moved").getText()).contains("女性活躍の促進", "基本目標1", "基本目標3");
		assertThat(browser.find("#diff-merged").getText()).contains("アートのまちづくりの推進", "本のまち八戸の推進",
				"アートのまちづくり・本のまち八戸の推進");
		assertThat(browser.find("#diff-renamed").getText()).contains("観光地域づくり・ブランディングの推進");
		browser.screenshot("diff");
	}

	@Test
	void citiesAreComparedOnAnSdgAndOnAConceptAsCharts() throws IOException {
		browser.get("/");
		browser.viewLoaded();
		var before = browser.renders();
		browser.driver.findElement(By.linkText("都市比較")).click();
		browser.nextView(before);
		before = browser.renders();
		new Select(browser.find("#fy")).selectByValue("2023");
		browser.nextView(before);
		var chart = browser.shown(".chart[data-drawn='true']");
		assertThat(chart.getAttribute("data-series").split("\\|")).containsExactly("◎ 目標達成", "○ 基準値以上", "△ 基準値未満",
				"— 未公表", "・ 評価対象外");
		assertThat(browser.find("h2").getText()).startsWith("SDG 11 住み続けられるまちづくりを");
		assertThat(browser.script("""
				return [...document.querySelectorAll('#compare-table tbody tr')]
				  .map((row) => [...row.cells].map((cell) => cell.textContent).join(' '))""")).asString()
			.contains("日立市 24 21 2（10%） 2（10%） 4（19%） 1（5%） 12（57%）");
		browser.screenshot("compare-sdg");

		before = browser.renders();
		new Select(browser.find("#compare-on")).selectByValue("concept:official-sns-reach");
		browser.nextView(before);
		chart = browser.shown(".chart[data-drawn='true']");
		assertThat(chart.getAttribute("data-series").split("\\|")).containsExactly("進捗（正規化）", "期間の経過");
		assertThat(browser.find("#compare-table").getText()).contains("八戸市", "八代市", "市公式SNSのいいね!の数", "6%", "40%");
		assertThat(browser.driver.getCurrentUrl()).contains("#/compare?concept=official-sns-reach");
		browser.screenshot("compare-concept");
	}

	@Test
	void japaneseSearchLeadsIntoThePlanTree() throws IOException {
		browser.get("/");
		browser.viewLoaded();
		var before = browser.renders();
		browser.find("#search-text").sendKeys("観光", Keys.ENTER);
		browser.nextView(before);
		assertThat(browser.find("h1").getText()).isEqualTo("「観光」の検索結果");
		var results = browser.all("#search-results > li");
		assertThat(results).hasSizeGreaterThan(10);
		assertThat(results.getFirst().getText()).contains("観光");
		browser.screenshot("search");

		before = browser.renders();
		browser.driver.findElement(By.cssSelector("#search-results a[href*='p2-goal-4-measure-3-2']")).click();
		browser.nextView(before);
		var found = branch("hachinohe-strategy-phase-2/p2-goal-4-measure-3-2");
		assertThat(found.getAttribute("class")).contains("focus");
		assertThat(found.isDisplayed()).isTrue();
		assertThat(found.findElement(By.cssSelector(".code")).getText()).isEqualTo("②");
		assertThat(found.findElement(By.cssSelector(".title")).getText()).isEqualTo("観光客の受入態勢の整備");
		assertThat(browser.find("h1").getText()).startsWith("八戸市地方創生総合戦略（第2期）");
	}

	@Test
	void discrepanciesListWhereThePrintedRatiosDisagreeWithTheNumbers() throws IOException {
		browser.get("/");
		browser.viewLoaded();
		var before = browser.renders();
		browser.driver.findElement(By.linkText("不一致")).click();
		browser.nextView(before);
		var table = browser.find("#discrepancies").getText();
		assertThat(table).contains("産前・産後ママサポート事業", "153.0%", "159.1%", "まちなか空き店舗活用事業", "144.4%", "125.0%");
		assertThat(browser.all("#discrepancies tbody tr")).hasSize(2);
		browser.screenshot("discrepancies");
	}

	@Test
	void theCityListComesAPageAtATimeAndNarrowsByPrefectureAndName() throws IOException {
		browser.get("/#/?n=2");
		browser.viewLoaded();
		assertThat(cityCards()).containsExactly("city-022039", "city-082023");
		browser.shown("#cities-more").click();
		browser.await((d) -> cityCards().size() == 4);
		assertThat(cityCards()).containsExactly("city-022039", "city-082023", "city-102113", "city-432024");
		assertThat(browser.all("#cities-more")).isEmpty();
		assertThat(browser.find(".more-cities").getText()).isEmpty();

		var before = browser.renders();
		new Select(browser.find("#city-prefecture")).selectByValue("08");
		browser.nextView(before);
		assertThat(browser.driver.getCurrentUrl()).contains("#/?pref=08");
		assertThat(cityCards()).containsExactly("city-082023");
		assertThat(browser.find("#city-082023").getText()).contains("日立市", "茨城県", "ひたち成長戦略プラン");
		browser.screenshot("cities-by-prefecture");

		before = browser.renders();
		new Select(browser.find("#city-prefecture")).selectByValue("");
		browser.nextView(before);
		before = browser.renders();
		browser.find("#city-name").sendKeys("八", Keys.ENTER);
		browser.nextView(before);
		assertThat(cityCards()).containsExactly("city-022039", "city-432024");

		before = browser.renders();
		browser.find("#city-name").clear();
		browser.find("#city-name").sendKeys("横浜", Keys.ENTER);
		browser.nextView(before);
		assertThat(cityCards()).isEmpty();
		assertThat(browser.find("#cities-none").getText()).isEqualTo("該当する市はありません。");
	}

	private List<String> cityCards() {
		return browser.all("#cities > li.city").stream().map((card) -> card.getAttribute("id")).toList();
	}

	@Test
	void everyViewIsReachedWithTheKeyboardAlone() {
		browser.get("/");
		browser.viewLoaded();
		var before = browser.renders();
		// Tab to the first plan link of the page and follow it with Enter.
		var active = browser.driver.switchTo().activeElement();
		for (int i = 0; i < 40 && !active.getText().equals("ひたち成長戦略プラン"); i++) {
			active.sendKeys(Keys.TAB);
			active = browser.driver.switchTo().activeElement();
		}
		assertThat(active.getText()).isEqualTo("ひたち成長戦略プラン");
		active.sendKeys(Keys.ENTER);
		browser.nextView(before);
		assertThat(browser.find("h1").getText()).isEqualTo("ひたち成長戦略プラン");
	}

	private org.openqa.selenium.WebElement branch(String elementId) {
		return browser.find("li[data-element-id='" + elementId + "']");
	}

	private String column(String status) {
		return browser.find("#pledge-board section[data-status='" + status + "']").getText();
	}

}

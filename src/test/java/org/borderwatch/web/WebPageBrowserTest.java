package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.borderwatch.api.MapLayers;
import org.borderwatch.api.SampleData;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in real headless Chromium: markers, filters, the timeline brush, the event panel with its
 * claims ledger and highlighted source sentence, and that document text carrying HTML stays text.
 * Screenshots go to target/screenshots for a human to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageBrowserTest {
    private Store store;
    private SampleData.Seeded seeded;
    private WebServer server;
    private HeadlessChromium browser;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path storeDir;

    @BeforeAll
    void startBrowserAndServer() throws IOException {
        browser = HeadlessChromium.start(1600, 1000);
        driver = browser.driver();
        store = storeForTest();
        seeded = SampleData.seed(store);
        server = new WebServer(WebServer.Settings.defaults().withToken("browser-test")).start(store, layers(), 0);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20)) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                failureScreenshot();
                return super.timeoutException(message, lastException);
            }
        };
    }

    private Store storeForTest() throws IOException {
        storeDir = Files.createTempDirectory("bw-browser-store");
        return JdbcStore.open(storeDir.resolve("browser-test").toString());
    }

    private MapLayers layers() {
        return new SketchMapLayers();
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
        deleteTree(storeDir);
    }

    private static void deleteTree(Path root) throws IOException {
        if (root == null) {
            return;
        }
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Each test starts from the unfiltered page, so one failing test cannot leave filters behind for the next. */
    @BeforeEach
    void openUnfilteredPage() {
        driver.get(server.address().toString());
        waitReady();
    }

    @Test
    @Order(1)
    void pageShowsMarkersBoundariesTimelineAndList() throws IOException {
        driver.get(server.address().toString());
        waitReady();
        Object firstRender = js("return window.__bwFirstRender;");
        System.out.println("[browser test] first render (map markers drawn) " + firstRender + " ms after navigation start");

        assertThat(markerCount()).isPositive();
        assertThat(driver.findElements(By.cssSelector(".leaflet-overlay-pane path")).size()
                - driver.findElements(By.cssSelector(".leaflet-overlay-pane path.bw-event")).size())
                .as("boundary shapes drawn").isEqualTo(8);
        assertThat(driver.findElements(By.cssSelector("#timeline rect.tl-bar"))).isNotEmpty();
        assertThat(listCount()).isEqualTo(seeded.eventCount());
        assertThat(driver.findElements(By.cssSelector(".legend-row"))).hasSizeGreaterThan(6);
        screenshot("01-overview");
    }

    @Test
    @Order(2)
    void filterNarrowsListAndMapAndGoesIntoTheUrl() throws IOException {
        int before = listCount();
        int markersBefore = markerCount();
        new Select(driver.findElement(By.id("f-type"))).selectByVisibleText("Battles");
        wait.until(d -> listCount() < before);
        assertThat(driver.getCurrentUrl()).contains("type=Battles");
        wait.until(d -> markerCount() < markersBefore);
        assertThat(driver.findElements(By.cssSelector("#event-list .ev-type")))
                .allSatisfy(e -> assertThat(e.getText()).isIn("Armed clash", "Government regains territory",
                        "Non-state actor overtakes territory"));
        screenshot("02-filtered");

        // The filtered view survives a reload from its URL.
        int filtered = listCount();
        driver.navigate().refresh();
        waitReady();
        assertThat(new Select(driver.findElement(By.id("f-type"))).getFirstSelectedOption().getText()).isEqualTo("Battles");
        assertThat(listCount()).isEqualTo(filtered);
        driver.findElement(By.id("reset")).click();
        wait.until(d -> listCount() == seeded.eventCount());
    }

    @Test
    @Order(3)
    void brushingTheTimelineSetsThePeriodAndDoubleClickClearsIt() throws IOException {
        WebElement overlay = driver.findElement(By.cssSelector("#timeline rect.brush-overlay"));
        int width = overlay.getRect().getWidth();
        int all = listCount();
        new Actions(driver)
                .moveToElement(overlay, -width / 2 + width * 3 / 10, 0)
                .clickAndHold()
                .moveByOffset(width / 5, 0)
                .moveByOffset(width / 10, 0)
                .release()
                .perform();
        wait.until(d -> d.getCurrentUrl().contains("from=") && d.getCurrentUrl().contains("to="));
        wait.until(d -> listCount() < all);
        assertThat(driver.findElement(By.id("f-from")).getAttribute("value")).matches("\\d{4}-\\d{2}-01");
        assertThat(driver.findElements(By.cssSelector("#timeline rect.tl-bar.dim"))).isNotEmpty();
        screenshot("03-brushed");

        new Actions(driver).doubleClick(driver.findElement(By.cssSelector("#timeline rect.brush-overlay"))).perform();
        wait.until(d -> !d.getCurrentUrl().contains("from="));
        wait.until(d -> listCount() == all);
    }

    @Test
    @Order(4)
    void eventPanelShowsBothSidesClaimsAndTheHighlightedSentence() throws IOException {
        WebElement search = driver.findElement(By.id("f-q"));
        search.sendKeys("Jermuk");
        wait.until(d -> listCount() == 2);
        driver.findElement(By.cssSelector("#event-list li[data-id='" + seeded.shelling().id() + "']")).click();

        WebElement panel = wait.until(d -> visible(By.id("event-panel")));
        wait.until(d -> !d.findElements(By.cssSelector(".ledger .claim")).isEmpty());
        String asserts = driver.findElement(By.cssSelector(".ledger-col.assert")).getText();
        String disputes = driver.findElement(By.cssSelector(".ledger-col.dispute")).getText();
        assertThat(asserts).contains(SampleData.AM_MINISTRY).contains(SampleData.SHELLING_SENTENCE);
        assertThat(disputes).contains(SampleData.AZ_MINISTRY).containsIgnoringCase("denies")
                .containsIgnoringCase("blames the other side").contains(SampleData.DENIAL_SENTENCE);
        assertThat(panel.findElements(By.cssSelector(".report"))).hasSize(2);
        assertThat(panel.getText()).contains("Where the reports disagree");

        WebElement focus = wait.until(d -> visible(By.cssSelector("#doc-text mark.focus")));
        assertThat(focus.getText()).isEqualTo(SampleData.SHELLING_SENTENCE);
        assertThat(driver.getCurrentUrl()).contains("event=" + seeded.shelling().id());
        screenshot("04-event-panel");

        // Following the denial's "show in document" link moves the focus to the denial sentence.
        driver.findElement(By.cssSelector(".ledger-col.dispute .claim button.link")).click();
        // the document is drawn anew when the focus moves: a mark found just before that goes stale, and is looked up again
        wait.until(d -> {
            try {
                return SampleData.DENIAL_SENTENCE.equals(d.findElement(By.cssSelector("#doc-text mark.focus")).getText());
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
        assertThat(driver.getCurrentUrl()).contains("doc=" + seeded.ministryDocument().id());
    }

    @Test
    @Order(5)
    void documentTextWithHtmlIsShownAsTextAndNothingRuns() throws IOException {
        driver.get(server.address() + "#event=" + seeded.hostileEvent().id());
        waitReady();
        WebElement docText = wait.until(d -> visible(By.cssSelector("#doc-text mark.focus")));
        assertThat(driver.findElement(By.id("doc-text")).getText()).isEqualTo(SampleData.HOSTILE_TEXT);
        assertThat(docText.getText()).contains("<script>window.__xss=1</script>");
        assertThat(driver.findElement(By.id("doc-title")).getText()).isEqualTo("Field notes <b>unverified</b>");
        assertThat(driver.findElement(By.id("panel-body")).getText()).contains("<img src=x onerror=");
        assertThat(driver.findElements(By.cssSelector("#doc-text img, #doc-text script, #panel-body img, #panel-body script, #event-list img")))
                .isEmpty();
        screenshot("05-hostile-document");

        // Its marker's popup too: built from DOM nodes.
        driver.findElement(By.id("doc-close")).click();
        js("document.querySelector('#f-q').value='Sotk'; document.querySelector('#f-q').dispatchEvent(new Event('change', {bubbles: true}));");
        wait.until(d -> listCount() == 1 && markerCount() == 1);
        driver.findElement(By.cssSelector(".leaflet-overlay-pane path.bw-event")).click();
        WebElement popup = wait.until(d -> visible(By.cssSelector(".leaflet-popup-content")));
        assertThat(popup.getText()).contains("Sotk <script>");
        assertThat(popup.findElements(By.cssSelector("script, img"))).isEmpty();
        assertThat(js("return typeof window.__xss;")).isEqualTo("undefined");
    }

    @Test
    @Order(6)
    void browserConsoleHasNoErrorsOrPolicyViolations() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(severe).as("browser console errors").isEmpty();
    }

    private void waitReady() {
        wait.until(d -> "1".equals(js("return document.body.dataset.ready || '';")));
    }

    /**
     * Events on the map: single markers plus the counts inside cluster icons. Read in one script run,
     * because the map redraws its clusters while requests come back and an element found in one
     * WebDriver call may be gone by the next.
     */
    private int markerCount() {
        Object n = js("let n = document.querySelectorAll('.leaflet-overlay-pane path.bw-event').length;"
                + "document.querySelectorAll('.bw-cluster').forEach(c => {"
                + "  n += parseInt(c.textContent.replace(/,/g, '').trim(), 10) || 0; });"
                + "return n;");
        return ((Number) n).intValue();
    }

    private int listCount() {
        String text = driver.findElement(By.id("list-count")).getAttribute("textContent").trim();
        return text.isBlank() || !Character.isDigit(text.charAt(0)) ? -1 : Integer.parseInt(text.replaceAll("[^0-9]", ""));
    }

    private WebElement visible(By by) {
        List<WebElement> found = driver.findElements(by);
        return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private void failureScreenshot() {
        try {
            screenshot("FAILED-" + System.nanoTime());
            System.out.println("[browser test] list: " + driver.findElement(By.id("list-count")).getText() + " url: " + driver.getCurrentUrl());
            driver.manage().logs().get(LogType.BROWSER).getAll().forEach(e -> System.out.println("[browser console] " + e));
        } catch (IOException | RuntimeException e) {
            System.out.println("[browser test] no failure screenshot: " + e);
        }
    }

    private void screenshot(String name) throws IOException {
        browser.screenshot(HeadlessChromium.screenshotFolder(), name);
    }
}

package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.borderwatch.analysis.registers.InventedConflict;
import org.borderwatch.analysis.registers.InventedStore;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.analysis.registers.StoredEvents;
import org.borderwatch.api.MapLayers;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The registers on the page in headless Chromium, over the invented conflict's stored events: each register's view,
 * the band per route under the timeline, the agreement an event broke in its panel, the one-sided filter and badge.
 * Screenshots go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistersPageBrowserTest {
    @TempDir
    static Path storeDir;
    private Store store;
    private WebServer server;
    private HeadlessChromium browser;
    private ChromeDriver driver;
    private WebDriverWait wait;

    @BeforeAll
    void start() throws IOException {
        browser = HeadlessChromium.start(1600, 1000);
        driver = browser.driver();
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        store = JdbcStore.open(storeDir.resolve("registers-page").toString());
        InventedStore.seed(store);
        Registers registers = new Registers(InventedConflict.config(List.of()));
        store.events().markSourceSides(registers.sources(StoredEvents.read(store)).sideByReportId());
        server = new WebServer(WebServer.Settings.defaults().withToken("t")).start(store, MapLayers.NONE, registers, 0);
    }

    @AfterAll
    void stop() throws Exception {
        for (AutoCloseable opened : new AutoCloseable[] {browser, server, store}) {
            if (opened != null) { // a skipped test leaves some unopened
                opened.close();
            }
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private WebElement visible(By by) {
        List<WebElement> found = driver.findElements(by);
        return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
    }

    private void screenshot(String name) throws IOException {
        browser.screenshot(HeadlessChromium.screenshotFolder(), name);
    }

    @BeforeEach
    void openPage() {
        driver.get(server.address().toString());
        wait.until(d -> "1".equals(js("return document.body.dataset.ready || '';")));
    }

    private void openRegister(String tab) {
        driver.findElement(By.id("registers-open")).click();
        driver.findElement(By.cssSelector(".reg-tab[data-tab='" + tab + "']")).click();
        wait.until(d -> tab.equals(js("return document.body.dataset.registerShown || '';")));
    }

    @Test
    void agreementsListTheTruceWithItsViolationsByMonth() throws IOException {
        openRegister("agreements");
        WebElement row = wait.until(d -> visible(By.cssSelector(".reg-row")));
        assertThat(row.getText()).contains("Ceasefire", "mediated by Westmark", "Northia, Southia");
        assertThat(row.findElements(By.cssSelector("svg.spark rect.spark-bar"))).hasSize(1);
        // every row's bars stand on one month axis, labelled once in the column's head
        assertThat(driver.findElements(By.cssSelector("th svg.spark-labels text"))).isNotEmpty();
        assertThat(row.findElements(By.cssSelector("svg.spark rect.spark-force"))).hasSize(1);
        row.findElement(By.cssSelector("button.link.strong")).click();
        WebElement violations = wait.until(d -> visible(By.cssSelector(".reg-detail table.inner")));
        assertThat(violations.getText()).contains("Shelling/artillery/missile attack", "Millford", "Armed clash");
        screenshot("registers-agreements");
    }

    @Test
    void corridorsTerritoryAppealsAndSourcesEachDrawTheirView() throws IOException {
        openRegister("corridors");
        assertThat(driver.findElements(By.cssSelector(".route-chart rect.band.closed"))).isNotEmpty();
        assertThat(driver.findElement(By.id("reg-body")).getText()).contains("Pass Road", "closed", "20");
        // drawn at the page's own width: a chart stretched to fit would distort its labels
        assertThat(driver.findElements(By.cssSelector(".route-chart[preserveAspectRatio='none']"))).isEmpty();
        assertThat(driver.findElements(By.cssSelector(".route-chart text.axis-label"))).hasSizeGreaterThan(1);
        screenshot("registers-corridors");

        driver.findElement(By.cssSelector(".reg-tab[data-tab='territory']")).click();
        wait.until(d -> "territory".equals(js("return document.body.dataset.registerShown;")));
        // two sources, two marks: "about 14" hollow, "up to 9" with a line down to zero
        assertThat(driver.findElements(By.cssSelector("svg.area-chart circle.point"))).hasSize(2);
        assertThat(driver.findElements(By.cssSelector("svg.area-chart line.range"))).hasSize(1);
        assertThat(driver.findElement(By.id("reg-body")).getText()).contains("up to 9 km²", "about 14 km²", "Not added up");
        screenshot("registers-territory");

        driver.findElement(By.cssSelector(".reg-tab[data-tab='appeals']")).click();
        wait.until(d -> "appeals".equals(js("return document.body.dataset.registerShown;")));
        assertThat(driver.findElement(By.id("reg-body")).getText()).contains("Northia", "Eastern Pact", "mission sent", "26–55");

        driver.findElement(By.cssSelector(".reg-tab[data-tab='sources']")).click();
        wait.until(d -> "sources".equals(js("return document.body.dataset.registerShown;")));
        assertThat(driver.findElement(By.id("reg-body")).getText()).contains("Northia's word alone");
        assertThat(driver.findElement(By.id("reg-csv")).getAttribute("href")).endsWith("/api/sources.csv");
        screenshot("registers-sources");

        // from the register to the list: the one-sided events, with their badge
        driver.findElement(By.cssSelector("#reg-body button.secondary")).click();
        wait.until(d -> d.getCurrentUrl().contains("one_sided=true"));
        wait.until(d -> d.findElements(By.cssSelector("#event-list .badge.one-sided")).size() == 4);
        assertThat(driver.findElement(By.id("f-one_sided")).isSelected()).isTrue();
    }

    @Test
    void aBandPerRouteRunsUnderTheTimelineAndTheEventPanelNamesTheAgreementBroken() throws IOException {
        WebElement bands = wait.until(d -> visible(By.cssSelector("#route-bands svg")));
        assertThat(bands.findElements(By.cssSelector("rect.band.closed"))).isNotEmpty();
        assertThat(bands.getText()).contains("Pass Road");

        driver.get(server.address() + "#event=w-fight");
        WebElement broke = wait.until(d -> visible(By.cssSelector("#panel-body .broke")));
        assertThat(broke.getText()).contains("Broke", "ceasefire", "in force since 1 Feb 2023");
        screenshot("registers-event-panel");
    }

    @Test
    void theConsoleStaysClean() {
        openRegister("territory");
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).as("browser console errors").isEmpty();
        assertThat(Files.exists(storeDir)).isTrue();
    }
}

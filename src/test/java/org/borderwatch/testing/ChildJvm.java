package org.borderwatch.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A second Java process on the test class path, for what one JVM cannot show about itself: a crash
 * (SIGKILL), a termination signal (SIGTERM), or two processes sharing one store. Its standard output is
 * read line by line as it comes; its standard error is kept for the failure message.
 */
public final class ChildJvm implements AutoCloseable {
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();
    private final StringBuffer errors = new StringBuffer();

    private ChildJvm(Process process) {
        this.process = process;
        Thread out = new Thread(() -> pump(process.getInputStream(), lines::add), "child-stdout");
        Thread err = new Thread(() -> pump(process.getErrorStream(), l -> errors.append(l).append('\n')), "child-stderr");
        out.setDaemon(true);
        err.setDaemon(true);
        out.start();
        err.start();
    }

    /** Starts {@code mainClass} with {@code args} in a new JVM (heap at most 512 MB) with these extra environment variables. */
    public static ChildJvm start(Map<String, String> environment, Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        return new ChildJvm(builder.start());
    }

    private static void pump(InputStream in, java.util.function.Consumer<String> sink) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                sink.accept(line);
            }
        } catch (IOException e) {
            // the process went away; what was read is kept
        } finally {
            sink.accept(END);
        }
    }

    /** Waits for a line of standard output that matches, and returns it. */
    public String awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left > 0 ? lines.poll(left, TimeUnit.NANOSECONDS) : null;
            if (line == null || line.equals(END)) {
                lines.add(END);
                throw new AssertionError("the child process printed no such line (alive: " + process.isAlive()
                        + "); its output:\n" + String.join("\n", seen) + "\nits errors:\n" + errors);
            }
            seen.add(line);
            if (wanted.test(line)) {
                return line;
            }
        }
    }

    /** Every line of standard output up to the end of the stream (call after the process ended). */
    public List<String> remainingLines() throws InterruptedException {
        List<String> out = new ArrayList<>();
        while (true) {
            String line = lines.poll(30, TimeUnit.SECONDS);
            if (line == null || line.equals(END)) {
                return out;
            }
            seen.add(line);
            out.add(line);
        }
    }

    /** SIGKILL: the process gets no chance to flush or close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM: the process runs its shutdown hooks; returns its exit code. */
    public int terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child process did not stop within " + timeout + " of SIGTERM");
        }
        return process.exitValue();
    }

    public int waitFor(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("the child process did not end within " + timeout + "; errors:\n" + errors);
        }
        return process.exitValue();
    }

    public String errors() {
        return errors.toString();
    }

    public String output() {
        return String.join("\n", seen);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    /** The environment a child gets on top of this one's: none. */
    public static Map<String, String> noEnvironment() {
        return Map.of();
    }
}

package org.borderwatch.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.api.MapLayers;
import org.borderwatch.store.Store;
import org.borderwatch.web.WebServer;

/** Runs the web server on an open store until the process is interrupted (Ctrl+C), then stops it cleanly. */
final class ServerRunner {
    private ServerRunner() {
    }

    static void serveUntilInterrupted(Store store, MapLayers layers, Registers registers, WebServer.Settings settings,
                                      int port) throws InterruptedException {
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // On Ctrl+C the JVM runs this hook; it lets the main thread stop the server and close the
        // store (flushing H2) before the JVM exits, instead of being cut off mid-write.
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try (WebServer server = new WebServer(settings)) {
            server.start(store, layers, registers, port);
            System.out.println("BorderWatch is serving " + server.address());
            String fromEnvironment = System.getenv(WebServer.Settings.TOKEN_VARIABLE);
            if (fromEnvironment == null || fromEnvironment.isBlank()) {
                System.out.println("API token for write endpoints (set " + WebServer.Settings.TOKEN_VARIABLE
                        + " to choose one): " + server.token());
            }
            System.out.println("Press Ctrl+C to stop.");
            System.out.flush();
            stopRequested.await();
        } finally {
            stopped.countDown();
        }
    }
}

package org.borderwatch.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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

    /** Whether {@code host:port} can be listened on now, checked by binding it and letting go at once. */
    static boolean canListen(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(host, port));
            return true;
        } catch (IOException | IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    /** The one line every command that serves prints when it cannot listen. */
    static String cannotListen(String command, String host, int port) {
        return command + ": cannot listen on " + host + ":" + port
                + " (in use, or not an address of this machine); choose another with --port or --host";
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

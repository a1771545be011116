package org.borderwatch.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.api.MapLayers;
import org.borderwatch.api.WriteToken;
import org.borderwatch.store.Store;
import org.borderwatch.web.WebServer;

/**
 * Runs the web server on an open store until the process is interrupted (Ctrl+C, SIGTERM), then stops it
 * cleanly: the requests in flight are answered, then the store is closed, then the process may end.
 */
final class ServerRunner {
    private ServerRunner() {
    }

    /**
     * What to say about the write token: a token made now is shown this once (only its digest is kept); one
     * kept from before, or chosen with BORDERWATCH_TOKEN, is not shown again.
     */
    static String tokenLine(Store store, WebServer.Settings settings) {
        if (settings.token() != null) {
            return "API write token: the one in " + WriteToken.VARIABLE;
        }
        return WriteToken.ensure(store.tokens())
                .map(made -> "API write token (made now and shown only this once; keep it): " + made)
                .orElse("API write token: the one shown when this store was first served"
                        + " (`borderwatch token rotate` makes a new one)");
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

    /** Serves {@code store} and closes it when the server has stopped. */
    static void serveUntilInterrupted(Store store, MapLayers layers, Registers registers, WebServer.Settings settings,
                                      int port) throws InterruptedException {
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        // Ctrl+C, SIGTERM and SIGHUP ask the main thread to stop, without starting the JVM's shutdown: that would
        // run H2's own hook, which closes the store at once, under requests still being answered (H2 insists on
        // it for a store it shares with other processes). The main thread stops the server, which answers the
        // requests in flight first, closes the store, and only then lets the process end.
        StopSignals.onStop(stopRequested::countDown);
        // Any other way the JVM is shut down still gets the same order, as far as H2's hook allows.
        Thread hook = new Thread(() -> {
            stopRequested.countDown();
            try {
                stopped.await(WebServer.DRAIN_TIME.toSeconds() + 10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Runtime.getRuntime().addShutdownHook(hook);
        try (WebServer server = new WebServer(settings)) {
            server.start(store, layers, registers, port);
            System.out.println("BorderWatch is serving " + server.address());
            System.out.println(tokenLine(store, settings));
            System.out.println("Press Ctrl+C to stop.");
            System.out.flush();
            stopRequested.await();
        } finally {
            try {
                store.close(); // after the server has stopped, so no request finds the store closed
            } finally {
                stopped.countDown();
            }
        }
    }
}

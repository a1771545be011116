package org.borderwatch.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.borderwatch.api.MapLayers;
import org.borderwatch.store.Store;
import org.borderwatch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Serves the API and the map page until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web page (map, timeline, events, claims) and the JSON API on one port.",
            "Write endpoints need 'Authorization: Bearer <token>': the token comes from BORDERWATCH_TOKEN,",
            "or a new one is generated and printed at start."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "50",
            description = "API requests per second allowed per client address; 0 for no limit (default: ${DEFAULT-VALUE}).")
    double rateLimit;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            System.err.println("borderwatch serve: --port must be between 0 and 65535, not " + port);
            return 2;
        }
        if (rateLimit < 0) {
            System.err.println("borderwatch serve: --rate-limit must not be negative");
            return 2;
        }
        WebServer.Settings settings = WebServer.Settings.defaults().withHost(host).withRateLimit(rateLimit);
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        // Ctrl+C: let the main thread stop the server and close the store before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopRequested.countDown();
            try {
                closed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        try (Store store = root.openStore(); WebServer server = new WebServer(settings)) {
            server.start(store, MapLayers.NONE, port);
            System.out.println("BorderWatch is serving " + server.address());
            String fromEnv = System.getenv(WebServer.Settings.TOKEN_VARIABLE);
            if (fromEnv == null || fromEnv.isBlank()) {
                System.out.println("API token for write endpoints (set " + WebServer.Settings.TOKEN_VARIABLE
                        + " to choose one): " + server.token());
            }
            System.out.println("Press Ctrl+C to stop.");
            System.out.flush();
            stopRequested.await();
        } finally {
            closed.countDown();
        }
        return 0;
    }
}

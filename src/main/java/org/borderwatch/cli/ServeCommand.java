package org.borderwatch.cli;

import io.javalin.util.JavalinBindException;
import java.util.concurrent.Callable;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `borderwatch serve`: the API and the map page on one port, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the web page (map, timeline, events, claims ledger) and the JSON API on one port.",
            "Write endpoints need 'Authorization: Bearer <token>'. The first serve of a store makes the token and"
                    + " shows it once; only a digest of it is kept in the store, and `borderwatch token rotate` makes"
                    + " a new one. BORDERWATCH_TOKEN chooses one instead.",
            "Other commands may read and write the store while it is served.",
            "The API is described at /api/openapi.json."})
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    BorderWatchCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "50",
            description = "API reads per second allowed per client (one connection); exports and writes a tenth of it;"
                    + " one address all told a hundred times it; 0 for no limit (default: ${DEFAULT-VALUE}).")
    double rateLimit;

    @Option(names = "--allow-host", paramLabel = "NAME", split = ",",
            description = "A host name the page is reached by besides this machine's own (behind a proxy, say);"
                    + " requests for any other name are refused.")
    java.util.List<String> allowedHosts = new java.util.ArrayList<>();

    @Mixin
    ConflictOption conflict;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (rateLimit < 0) {
            throw new ParameterException(spec.commandLine(), "--rate-limit must not be negative, not " + rateLimit);
        }
        WebServer.Settings settings = WebServer.Settings.defaults().withHost(host).withRateLimit(rateLimit)
                .withAllowedHosts(allowedHosts).withActors(conflict.conflict().actors());
        Engine engine;
        try {
            engine = Engine.open(root, conflict.conflict());
        } catch (IllegalArgumentException e) {
            System.err.println("borderwatch serve: " + e.getMessage()); // the conflict's configuration
            return 1;
        } catch (RuntimeException e) {
            System.err.println("borderwatch serve: cannot use the store at " + root.db() + ": " + e.getMessage());
            return 1;
        }
        try (engine) {
            Registers registers;
            try {
                registers = engine.registers();
            } catch (IllegalArgumentException e) {
                System.err.println("borderwatch serve: " + e.getMessage());
                return 2;
            }
            ServerRunner.serveUntilInterrupted(engine.store(), MapLayersFromGeography.of(engine), registers, settings, port);
        } catch (JavalinBindException e) {
            System.err.println(ServerRunner.cannotListen("borderwatch serve", host, port));
            return 1;
        }
        return 0;
    }
}

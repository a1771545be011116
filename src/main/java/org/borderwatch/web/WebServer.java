package org.borderwatch.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.borderwatch.analysis.registers.RegisterConfig;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.api.ApiJson;
import org.borderwatch.api.ApiRoutes;
import org.borderwatch.api.MapLayers;
import org.borderwatch.api.ApiException;
import org.borderwatch.api.RequestLimits;
import org.borderwatch.api.WriteToken;
import org.borderwatch.store.Store;
import org.borderwatch.store.memory.IndexedStore;

/**
 * One HTTP server for the API and the page: the JSON API under {@code /api}, the page from the
 * classpath folder {@code web/}, and Leaflet from its WebJars. Every response forbids scripts and
 * styles from anywhere but this server, so text taken from documents can never run as code.
 */
public final class WebServer implements AutoCloseable {
    /** How long stopping waits for requests in flight to be answered before it cuts them off. */
    public static final Duration DRAIN_TIME = Duration.ofSeconds(20);

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";
    /** Sent with every answer: the page's own, the API's, and Jetty's refusals. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer");

    /**
     * @param host              the address to listen on (loopback by default)
     * @param token             a bearer token chosen for write endpoints (BORDERWATCH_TOKEN, tests), or null for
     *                          the one kept in the store
     * @param requestsPerSecond per-client API rate limit for reads (see {@link RequestLimits}); 0 turns it off
     * @param maxBodyBytes      larger request bodies are refused with 413
     * @param allowedHosts      host names requests may be addressed to besides the server's own (see {@link HostNames})
     * @param actors            the configured actors, whose kinds the ACLED export needs
     */
    public record Settings(String host, String token, double requestsPerSecond, long maxBodyBytes,
                           List<String> allowedHosts, ActorDirectory actors) {
        public Settings {
            allowedHosts = List.copyOf(allowedHosts);
        }

        /** Loopback, the token from {@code BORDERWATCH_TOKEN} or else the store's, 50 reads/s per client, 1 MB bodies. */
        public static Settings defaults() {
            return new Settings("127.0.0.1", WriteToken.fromEnvironment().orElse(null), 50, 1_000_000, List.of(),
                    ActorDirectory.NONE);
        }

        public Settings withHost(String newHost) {
            return new Settings(newHost, token, requestsPerSecond, maxBodyBytes, allowedHosts, actors);
        }

        public Settings withToken(String newToken) {
            return new Settings(host, newToken, requestsPerSecond, maxBodyBytes, allowedHosts, actors);
        }

        public Settings withRateLimit(double newRequestsPerSecond) {
            return new Settings(host, token, newRequestsPerSecond, maxBodyBytes, allowedHosts, actors);
        }

        /** The configured actors, whose kinds the ACLED export's columns need. */
        public Settings withActors(ActorDirectory newActors) {
            return new Settings(host, token, requestsPerSecond, maxBodyBytes, allowedHosts, newActors);
        }

        public Settings withAllowedHosts(List<String> names) {
            return new Settings(host, token, requestsPerSecond, maxBodyBytes, names, actors);
        }
    }

    static {
        // Javalin and Jetty announce every start and stop at INFO; the commands print the address
        // themselves. Set before their loggers exist, and only where the user has not chosen a level.
        for (String logger : new String[] {"io.javalin", "org.eclipse.jetty"}) {
            String property = "org.slf4j.simpleLogger.log." + logger;
            if (System.getProperty(property) == null) {
                System.setProperty(property, "warn");
            }
        }
    }

    private final Settings settings;
    private Javalin app;

    public WebServer() {
        this(Settings.defaults());
    }

    public WebServer(Settings settings) {
        this.settings = settings;
    }

    /** Starts serving {@code store} on {@code port} (0 picks a free one), with no conflict's registers; returns this server. */
    public WebServer start(Store store, MapLayers layers, int port) {
        return start(store, layers, new Registers(RegisterConfig.none()), port);
    }

    /** Starts serving {@code store} and the registers of its conflict on {@code port} (0 picks a free one); returns this server. */
    public synchronized WebServer start(Store store, MapLayers layers, Registers registers, int port) {
        if (app != null) {
            throw new IllegalStateException("server already started on port " + app.port());
        }
        HostNames hosts = HostNames.of(settings.host(), settings.allowedHosts());
        Javalin created = Javalin.create(config -> {
            config.showJavalinBanner = false;
            // Jetty refuses malformed requests (414, 431, 400) before Javalin sees them: with the same headers, as JSON
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler(SECURITY_HEADERS)));
            // stopping stops accepting, then lets the requests in flight finish (Javalin counts them) before closing
            config.jetty.modifyServer(server -> server.setStopTimeout(DRAIN_TIME.toMillis()));
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = SECURITY_HEADERS;
            });
            config.staticFiles.enableWebjars();
        });
        created.before(ctx -> {
            SECURITY_HEADERS.forEach(ctx::header);
            // a page on another site may point its own name at 127.0.0.1 (DNS rebinding): its requests name it
            String host = ctx.header("Host");
            if (!hosts.accepts(host)) {
                throw new ApiException(421, "this server does not answer for host '" + host + "'; start it with"
                        + " --allow-host NAME to accept a name of your own", "Host");
            }
        });
        RequestLimits limits = settings.requestsPerSecond() > 0 ? new RequestLimits(settings.requestsPerSecond()) : null;
        // the API's searches, statistics and maps are answered from an in-memory index of the events,
        // loaded in the background from now on so the first request finds it ready
        IndexedStore indexed = new IndexedStore(store);
        Thread preload = new Thread(indexed.events()::preload, "event-index-preload");
        preload.setDaemon(true);
        preload.start();
        Supplier<Optional<String>> token = settings.token() != null
                ? constant(Optional.of(WriteToken.sha256(settings.token())))
                : indexed.tokens()::writeTokenSha256;
        ApiRoutes.install(created, indexed, layers == null ? MapLayers.NONE : layers, registers, token, limits,
                ApiJson.mapper(), settings.actors());
        created.start(settings.host(), port);
        app = created;
        return this;
    }

    public synchronized int port() {
        requireStarted();
        return app.port();
    }

    /** The page's address, e.g. http://127.0.0.1:7070/. */
    public URI address() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    private static <T> Supplier<T> constant(T value) {
        return () -> value;
    }

    public Settings settings() {
        return settings;
    }

    public synchronized void stop() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void requireStarted() {
        if (app == null) {
            throw new IllegalStateException("server not started");
        }
    }
}

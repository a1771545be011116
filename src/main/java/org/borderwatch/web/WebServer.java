package org.borderwatch.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.borderwatch.analysis.registers.RegisterConfig;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.api.ApiJson;
import org.borderwatch.api.ApiRoutes;
import org.borderwatch.api.MapLayers;
import org.borderwatch.api.RateLimiter;
import org.borderwatch.store.Store;
import org.borderwatch.store.memory.IndexedStore;

/**
 * One HTTP server for the API and the page: the JSON API under {@code /api}, the page from the
 * classpath folder {@code web/}, and Leaflet from its WebJars. Every response forbids scripts and
 * styles from anywhere but this server, so text taken from documents can never run as code.
 */
public final class WebServer implements AutoCloseable {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none';"
            + " frame-ancestors 'none'; form-action 'self'";

    /**
     * @param host              the address to listen on (loopback by default)
     * @param token             the bearer token write endpoints require
     * @param requestsPerSecond per-client API rate limit; 0 turns it off (benchmarks)
     * @param maxBodyBytes      larger request bodies are refused with 413
     * @param actors            the configured actors, whose kinds the ACLED export needs
     */
    public record Settings(String host, String token, double requestsPerSecond, long maxBodyBytes, ActorDirectory actors) {
        public static final String TOKEN_VARIABLE = "BORDERWATCH_TOKEN";

        /** Loopback, the token from {@code BORDERWATCH_TOKEN} or a new random one, 50 requests/s, 1 MB bodies. */
        public static Settings defaults() {
            return new Settings("127.0.0.1", tokenFromEnvironment(), 50, 1_000_000, ActorDirectory.NONE);
        }

        public Settings withHost(String newHost) {
            return new Settings(newHost, token, requestsPerSecond, maxBodyBytes, actors);
        }

        public Settings withToken(String newToken) {
            return new Settings(host, newToken, requestsPerSecond, maxBodyBytes, actors);
        }

        public Settings withRateLimit(double newRequestsPerSecond) {
            return new Settings(host, token, newRequestsPerSecond, maxBodyBytes, actors);
        }

        /** The configured actors, whose kinds the ACLED export's columns need. */
        public Settings withActors(ActorDirectory newActors) {
            return new Settings(host, token, requestsPerSecond, maxBodyBytes, newActors);
        }

        /** {@code BORDERWATCH_TOKEN} when set, else a new random token. */
        public static String tokenFromEnvironment() {
            String fromEnv = System.getenv(TOKEN_VARIABLE);
            if (fromEnv != null && !fromEnv.isBlank()) {
                return fromEnv.trim();
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
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
        Map<String, String> securityHeaders = Map.of(
                "Content-Security-Policy", CONTENT_SECURITY_POLICY,
                "X-Content-Type-Options", "nosniff",
                "Referrer-Policy", "no-referrer");
        Javalin created = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jsonMapper(new JavalinJackson(ApiJson.mapper(), false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = "/web";
                files.location = Location.CLASSPATH;
                files.headers = securityHeaders;
            });
            config.staticFiles.enableWebjars();
        });
        created.before(ctx -> securityHeaders.forEach(ctx::header));
        RateLimiter limiter = settings.requestsPerSecond() > 0 ? new RateLimiter(settings.requestsPerSecond()) : null;
        // the API's searches, statistics and maps are answered from an in-memory index of the events,
        // loaded in the background from now on so the first request finds it ready
        IndexedStore indexed = new IndexedStore(store);
        Thread preload = new Thread(indexed.events()::preload, "event-index-preload");
        preload.setDaemon(true);
        preload.start();
        ApiRoutes.install(created, indexed, layers == null ? MapLayers.NONE : layers, registers, settings.token(),
                limiter, ApiJson.mapper(), settings.actors());
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

    public String token() {
        return settings.token();
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

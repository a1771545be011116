package org.borderwatch.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.borderwatch.analysis.registers.Registers;
import org.borderwatch.export.RegisterTables;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.EventStats;
import org.borderwatch.store.Store;
import org.borderwatch.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the JSON API under {@code /api} on a Javalin app: the read endpoints, one token-guarded
 * write endpoint, per-client rate limiting, and JSON errors for every failure.
 */
public final class ApiRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
    private static final String JSON_UTF8 = "application/json; charset=utf-8";

    private ApiRoutes() {
    }

    /**
     * @param writeTokenSha256 the digest of the token write endpoints need, asked for on each write (empty: none)
     * @param limits           the rate limits for {@code /api} requests, or null for none
     * @param actors           the configured actors, whose kinds the ACLED export needs
     */
    public static void install(Javalin app, Store store, MapLayers layers, Registers registers,
                               Supplier<Optional<String>> writeTokenSha256, RequestLimits limits, ObjectMapper json,
                               ActorDirectory actors) {
        MapData map = new MapData(store.events(), ClustersHandler.POINT_LIMIT);
        FilterCache<EventStats> statsCache = new FilterCache<>(32, store.events()::count);
        DocumentTitles titles = new DocumentTitles(store.documents());
        EventsHandler events = new EventsHandler(store, titles);
        RegistersHandler registerViews = new RegistersHandler(store, registers);
        DocumentsHandler documents = new DocumentsHandler(store, json, () -> {
            map.invalidate();
            statsCache.invalidate();
            events.invalidate();
            registerViews.invalidate();
        });
        ClustersHandler clusters = new ClustersHandler(map);
        ExportHandler export = new ExportHandler(store, actors);
        BearerAuth auth = new BearerAuth(writeTokenSha256);
        String openApi = resource("openapi.json");

        if (limits != null) {
            app.before("/api/*", ctx -> {
                RequestLimits.Kind kind = RequestLimits.kindOf(ctx.method().name(), ctx.path());
                long wait = limits.acquire(kind, ctx.ip(), ctx.req().getRemotePort());
                if (wait > 0) {
                    ctx.header("Retry-After", Long.toString(wait));
                    throw new ApiException(429, "too many requests from this client (" + kind.name()
                            .toLowerCase(java.util.Locale.ROOT) + "s); retry after " + wait + " s", null);
                }
            });
        }
        app.get("/api/openapi.json", ctx -> ctx.contentType(JSON_UTF8).result(openApi));
        app.get("/api/events", events::list);
        app.get("/api/events/{id}", events::detail);
        app.get("/api/documents", documents::list);
        app.post("/api/documents", auth.guard(documents::create));
        app.get("/api/documents/{id}", documents::detail);
        app.get("/api/stats", ctx -> {
            EventQuery query = EventQueryParser.parse(ctx.queryParamMap(), EventQueryParser.FILTERS);
            ctx.json(statsCache.get(FilterCache.key(ctx.queryParamMap()), () -> store.events().stats(query)));
        });
        app.get("/api/clusters", clusters::handle);
        app.get("/api/export.csv", export::csv);
        app.get("/api/export.geojson", export::geojson);
        // the charset comes first: it decides how the text becomes bytes
        app.get("/api/map/boundaries", ctx -> ctx.contentType("application/geo+json; charset=utf-8")
                .result(layers.boundariesGeoJson()));
        app.after("/api/*", ApiRoutes::declareUtf8);
        app.get("/api/agreements", registerViews::agreements);
        app.get("/api/agreements.csv", ctx -> registerViews.csv(ctx, "agreements", s -> RegisterTables.agreements(s.agreements())));
        app.get("/api/agreements/{id}/violations", registerViews::violations);
        app.get("/api/corridors", registerViews::corridors);
        app.get("/api/corridors.csv", ctx -> registerViews.csv(ctx, "corridors", s -> RegisterTables.corridors(s.corridors())));
        app.get("/api/territory", registerViews::territory);
        app.get("/api/territory.csv", ctx -> registerViews.csv(ctx, "territory", s -> RegisterTables.territory(s.territory())));
        app.get("/api/appeals", registerViews::appeals);
        app.get("/api/appeals.csv", ctx -> registerViews.csv(ctx, "appeals", s -> RegisterTables.appeals(s.appeals())));
        app.get("/api/sources", registerViews::sources);
        app.get("/api/sources.csv", ctx -> registerViews.csv(ctx, "sources", RegistersHandler::sourcesTable));

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage(), e.parameter()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage(), null));
        app.exception(StoreException.class, (e, ctx) -> {
            LOG.warn("request {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            error(ctx, 500, e.getMessage(), null);
        });
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error: " + e.getClass().getSimpleName(), null);
        });
    }

    /**
     * Jackson writes UTF-8, but Javalin labels JSON plain {@code application/json}; say the charset so no
     * client has to guess. Streamed answers (the exports) set theirs before writing and are left alone.
     */
    private static void declareUtf8(Context ctx) {
        String type = ctx.res().getContentType();
        if (type != null && type.startsWith("application/json") && !type.toLowerCase(Locale.ROOT).contains("charset")) {
            ctx.contentType(JSON_UTF8);
        }
    }

    private static void error(Context ctx, int status, String message, String parameter) {
        ctx.status(status).json(new ApiError(message, parameter));
    }

    private static String resource(String name) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + ApiRoutes.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

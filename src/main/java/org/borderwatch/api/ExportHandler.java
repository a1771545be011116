package org.borderwatch.api;

import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.borderwatch.domain.ActorDirectory;
import org.borderwatch.export.DocumentInfo;
import org.borderwatch.export.ExportFormat;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;

/**
 * {@code /api/export.csv} and {@code /api/export.geojson}: every event the filters match, in ACLED's CSV
 * layout or as GeoJSON, written by the shared exporters and streamed page by page.
 */
final class ExportHandler {
    private final Store store;
    private final ActorDirectory actors;

    ExportHandler(Store store, ActorDirectory actors) {
        this.store = store;
        this.actors = actors;
    }

    void csv(Context ctx) throws IOException {
        export(ctx, ExportFormat.ACLED_CSV, "borderwatch-events.csv");
    }

    void geojson(Context ctx) throws IOException {
        export(ctx, ExportFormat.GEOJSON, "borderwatch-events.geojson");
    }

    private void export(Context ctx, ExportFormat format, String fileName) throws IOException {
        EventQuery filters = EventQueryParser.parse(ctx.queryParamMap(), EventQueryParser.FILTERS);
        EventQuery query = filters.withPage(1, EventQuery.MAX_PAGE_SIZE);
        ctx.contentType(format.mediaType() + "; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8));
        format.exporter(actors).write(store.events().iterate(query), DocumentInfo.lookup(store.documents().list()), out);
        out.flush();
    }
}

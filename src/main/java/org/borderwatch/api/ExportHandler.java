package org.borderwatch.api;

import io.javalin.http.Context;
import org.borderwatch.store.EventQuery;
import org.borderwatch.store.Store;

/** {@code /api/export.csv} and {@code /api/export.geojson}: the filtered events in ACLED CSV or GeoJSON. */
final class ExportHandler {
    private final Store store;

    ExportHandler(Store store) {
        this.store = store;
    }

    void csv(Context ctx) {
        EventQueryParser.parse(ctx.queryParamMap(), EventQueryParser.FILTERS);
        throw new ApiException(501, "CSV export is not available in this build yet", null);
    }

    void geojson(Context ctx) {
        EventQuery query = EventQueryParser.parse(ctx.queryParamMap(), EventQueryParser.FILTERS);
        throw new ApiException(501, "GeoJSON export is not available in this build yet", null);
    }
}

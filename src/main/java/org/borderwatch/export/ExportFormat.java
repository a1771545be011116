package org.borderwatch.export;

import java.util.Arrays;
import java.util.function.Supplier;

/** The export formats, by the names the command line and the web API use. */
public enum ExportFormat {
    JSONL("jsonl", "application/x-ndjson", JsonlExporter::new),
    ACLED_CSV("acled-csv", "text/csv", AcledCsvExporter::new),
    GEOJSON("geojson", "application/geo+json", GeoJsonExporter::new);

    private final String id;
    private final String mediaType;
    private final Supplier<EventExporter> factory;

    ExportFormat(String id, String mediaType, Supplier<EventExporter> factory) {
        this.id = id;
        this.mediaType = mediaType;
        this.factory = factory;
    }

    public String id() {
        return id;
    }

    public String mediaType() {
        return mediaType;
    }

    public EventExporter exporter() {
        return factory.get();
    }

    /** The format named {@code id} ("jsonl", "acled-csv", "geojson"), any case. */
    public static ExportFormat fromId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equalsIgnoreCase(id.trim()) || f.name().equalsIgnoreCase(id.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown export format: " + id
                        + " (use jsonl, acled-csv or geojson)"));
    }

    @Override
    public String toString() {
        return id;
    }
}

package org.borderwatch.export;

import java.util.Arrays;
import java.util.function.Function;
import org.borderwatch.domain.ActorDirectory;

/** The export formats, by the names the command line and the web API use. */
public enum ExportFormat {
    JSONL("jsonl", "application/x-ndjson", actors -> new JsonlExporter()),
    ACLED_CSV("acled-csv", "text/csv", AcledCsvExporter::new),
    GEOJSON("geojson", "application/geo+json", actors -> new GeoJsonExporter());

    private final String id;
    private final String mediaType;
    private final Function<ActorDirectory, EventExporter> factory;

    ExportFormat(String id, String mediaType, Function<ActorDirectory, EventExporter> factory) {
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

    /** @param actors the configured actors, whose kinds the ACLED columns need */
    public EventExporter exporter(ActorDirectory actors) {
        return factory.apply(actors);
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

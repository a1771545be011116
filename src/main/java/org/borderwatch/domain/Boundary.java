package org.borderwatch.domain;

import java.util.Objects;

/**
 * An administrative area's outline: a country (level COUNTRY) or a first-level unit (level REGION), or a
 * configured area of special status (level OTHER, e.g. a disputed region inside a recognised country).
 * The geometry is WKT in WGS84 longitude/latitude order, so the domain needs no geometry library.
 */
public record Boundary(String id, String source, FeatureClass level, String name, String country,
                       String geonamesId, String wkt) {
    public Boundary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wkt, "wkt");
    }
}

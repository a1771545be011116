package org.borderwatch.api;

/**
 * The background geography the map draws instead of tiles, as a GeoJSON FeatureCollection.
 * Each feature's {@code properties.kind} says how the page styles it:
 * {@code country}, {@code admin1} (province), {@code border} (the recognised border line),
 * {@code disputed} (a region of special status) or {@code enclave}; {@code properties.name} names it,
 * and {@code properties.label} ([lon, lat]) with {@code label_room} (degrees) says where its name fits.
 * The collection may say where the map should open ({@code view}: west, south, east, north), which box
 * the outlines cover ({@code extent}), and whom to credit ({@code attribution}: credit and text).
 */
@FunctionalInterface
public interface MapLayers {
    /** No background: the map shows the events alone. */
    MapLayers NONE = () -> "{\"type\":\"FeatureCollection\",\"features\":[]}";

    String boundariesGeoJson();
}

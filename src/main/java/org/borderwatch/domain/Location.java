package org.borderwatch.domain;

/**
 * Where an event happened, as coded: the place name as the document spells it, the admin units,
 * the point, and how precise the point is. Fields the text and the gazetteer cannot fill stay null;
 * a name that cannot be resolved is kept as text, never dropped.
 */
public record Location(
        String name,
        String country,
        String admin1,
        String admin2,
        GeoPoint point,
        GeoPrecision precision,
        String placeId) {

    /** The id prefix of the places a conflict's own features file adds to the gazetteer (squares, bridges, roads). */
    public static final String FEATURE_ID_PREFIX = "feature:";

    public static Location named(String name) {
        return new Location(name, null, null, null, null, null, null);
    }

    /** Whether the place is one of the conflict's configured features rather than a gazetteer settlement or unit. */
    public boolean configuredFeature() {
        return placeId != null && placeId.startsWith(FEATURE_ID_PREFIX);
    }

    public Location withCountry(String newCountry) {
        return new Location(name, newCountry, admin1, admin2, point, precision, placeId);
    }
}

package org.borderwatch.domain;

import java.util.List;

/** A gazetteer entry: every name it is known by, where it is, and which units it lies in. */
public record Place(
        String id,
        String name,
        List<String> names,
        GeoPoint point,
        String admin1,
        String country,
        FeatureClass featureClass,
        long population,
        String geonamesId) {
    public Place {
        names = List.copyOf(names);
    }
}

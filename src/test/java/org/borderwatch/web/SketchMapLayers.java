package org.borderwatch.web;

import org.borderwatch.api.MapLayers;

/**
 * Rough hand-drawn background for page tests: two countries, one province, the border line, a
 * disputed region and an enclave, with the properties.kind values the page styles.
 */
final class SketchMapLayers implements MapLayers {
    @Override
    public String boundariesGeoJson() {
        return "{\"type\":\"FeatureCollection\",\"features\":["
                + polygon("country", "Armenia", "[43.45,41.1],[44.3,41.2],[45.0,41.3],[45.6,41.0],[45.3,40.6],[45.9,40.3],[45.6,40.0],"
                        + "[46.0,39.6],[46.6,39.4],[46.55,38.9],[46.2,38.85],[45.9,39.2],[45.4,39.5],[44.8,39.7],[44.3,40.0],[43.6,40.5],[43.45,41.1]") + ","
                + polygon("country", "Azerbaijan", "[45.0,41.3],[46.5,41.9],[47.8,41.3],[48.6,41.8],[49.6,40.4],[50.4,40.3],[49.4,39.9],"
                        + "[48.9,38.4],[48.0,38.9],[47.0,39.2],[46.6,39.4],[46.0,39.6],[45.6,40.0],[45.9,40.3],[45.3,40.6],[45.6,41.0],[45.0,41.3]") + ","
                + polygon("country", "Azerbaijan (exclave)", "[44.8,39.7],[45.4,39.5],[45.9,39.2],[46.2,38.85],[45.5,38.9],[44.8,39.3],[44.8,39.7]") + ","
                + polygon("admin1", "Syunik", "[45.9,39.6],[46.0,39.6],[46.6,39.4],[46.55,38.9],[46.2,38.85],[45.9,39.2],[45.9,39.6]") + ","
                + polygon("admin1", "Gegharkunik", "[44.9,40.6],[45.3,40.6],[45.9,40.3],[45.6,40.0],[45.0,40.0],[44.9,40.6]") + ","
                + polygon("disputed", "Disputed region", "[46.4,40.25],[46.95,40.15],[47.1,39.7],[46.9,39.5],[46.5,39.55],[46.35,39.85],[46.4,40.25]") + ","
                + polygon("enclave", "Enclave", "[45.47,40.61],[45.53,40.61],[45.53,40.66],[45.47,40.66],[45.47,40.61]") + ","
                + "{\"type\":\"Feature\",\"properties\":{\"kind\":\"border\",\"name\":\"Recognised border\"},\"geometry\":{\"type\":\"LineString\","
                + "\"coordinates\":[[45.0,41.3],[45.6,41.0],[45.3,40.6],[45.9,40.3],[45.6,40.0],[46.0,39.6],[46.6,39.4],[46.55,38.9],"
                + "[46.2,38.85],[45.9,39.2],[45.4,39.5],[44.8,39.7]]}}"
                + "]}";
    }

    private static String polygon(String kind, String name, String ring) {
        return "{\"type\":\"Feature\",\"properties\":{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[" + ring + "]]}}";
    }
}

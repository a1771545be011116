package org.borderwatch.geo;

import org.borderwatch.domain.GeoPoint;

/** Great-circle distance on a spherical Earth: well within a percent for the distances events need. */
public final class Haversine {
    public static final double EARTH_RADIUS_KM = 6371.0088;

    private Haversine() {
    }

    public static double km(GeoPoint a, GeoPoint b) {
        return km(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }

    public static double km(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}

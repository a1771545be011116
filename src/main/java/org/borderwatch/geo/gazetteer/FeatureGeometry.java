package org.borderwatch.geo.gazetteer;

import java.util.List;
import org.borderwatch.geo.GeoConfig;
import org.borderwatch.geo.admin.AdminLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Builds the JTS geometry of a configured feature from its [latitude, longitude] pairs. */
public final class FeatureGeometry {
    private FeatureGeometry() {
    }

    public static Geometry of(GeoConfig.Feature f) {
        if (f.polygon() != null && !f.polygon().isEmpty()) {
            Coordinate[] ring = coordinates(f, f.polygon());
            if (!ring[0].equals2D(ring[ring.length - 1])) {
                Coordinate[] closed = java.util.Arrays.copyOf(ring, ring.length + 1);
                closed[ring.length] = ring[0];
                ring = closed;
            }
            return AdminLocator.WGS84.createPolygon(ring);
        }
        if (f.line() != null && !f.line().isEmpty()) {
            return AdminLocator.WGS84.createLineString(coordinates(f, f.line()));
        }
        if (f.point() != null && f.point().size() == 2) {
            return AdminLocator.WGS84.createPoint(new Coordinate(f.point().get(1), f.point().get(0)));
        }
        throw new IllegalArgumentException("feature " + f.id() + " needs a point, a line or a polygon");
    }

    private static Coordinate[] coordinates(GeoConfig.Feature f, List<List<Double>> pairs) {
        Coordinate[] out = new Coordinate[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            List<Double> pair = pairs.get(i);
            if (pair.size() != 2 || Math.abs(pair.get(0)) > 90 || Math.abs(pair.get(1)) > 180) {
                throw new IllegalArgumentException("feature " + f.id() + ": vertex " + (i + 1) + " is not [latitude, longitude]");
            }
            out[i] = new Coordinate(pair.get(1), pair.get(0));
        }
        return out;
    }
}

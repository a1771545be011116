package org.borderwatch.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Cuts polygons that cross the 180th meridian into parts on either side of it. Outlines such as Russia's,
 * Fiji's or Antarctica's step from longitude 179.9 to -179.9 between two vertices; read as flat
 * coordinates, that step is an edge across the whole map, which draws a line from one side of the world
 * to the other and wrongly puts everything under it inside the country. Unwrapped into one continuous
 * run of longitudes (past 180), then split at ±180 and the far part shifted back by 360°, each part is
 * where it belongs.
 */
public final class Antimeridian {
    private static final double WORLD = 360;

    private Antimeridian() {
    }

    /** The geometry with each polygon that crosses the antimeridian cut there; other geometries as they are. */
    public static Geometry cut(Geometry g) {
        if (!crosses(g)) {
            return g;
        }
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon polygon && crosses(polygon)) {
                addCut(polygon, parts);
            } else if (part instanceof Polygon polygon) {
                parts.add(polygon);
            }
        }
        GeometryFactory factory = g.getFactory();
        return parts.size() == 1 ? parts.get(0) : factory.createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    /** True when some ring steps more than half the world in longitude between two vertices. */
    static boolean crosses(Geometry g) {
        if (!(g instanceof Polygon) && !g.getGeometryType().equals("MultiPolygon")) {
            return false;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            if (jumps(p.getExteriorRing().getCoordinates())) {
                return true;
            }
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                if (jumps(p.getInteriorRingN(h).getCoordinates())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean jumps(Coordinate[] ring) {
        for (int i = 1; i < ring.length; i++) {
            if (Math.abs(ring[i].x - ring[i - 1].x) > WORLD / 2) {
                return true;
            }
        }
        return false;
    }

    private static void addCut(Polygon polygon, List<Polygon> out) {
        GeometryFactory factory = polygon.getFactory();
        Coordinate[] shell = unwrap(polygon.getExteriorRing().getCoordinates());
        List<LinearRing> holes = new ArrayList<>();
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            Coordinate[] hole = unwrap(polygon.getInteriorRingN(h).getCoordinates());
            // a hole is unwrapped on its own: move it next to the shell it lies in
            double shift = WORLD * Math.round((shell[0].x - hole[0].x) / WORLD);
            for (Coordinate c : hole) {
                c.x += shift;
            }
            holes.add(factory.createLinearRing(hole));
        }
        Geometry whole = factory.createPolygon(factory.createLinearRing(shell), holes.toArray(LinearRing[]::new));
        if (!whole.isValid()) {
            whole = whole.buffer(0);
        }
        // the unwrapped outline spans at most two copies of the world: keep what lies in each, moved home
        Envelope span = whole.getEnvelopeInternal();
        for (double west = -540; west < 540; west += WORLD) {
            if (span.getMaxX() <= west || span.getMinX() >= west + WORLD) {
                continue;
            }
            Geometry window = factory.toGeometry(new Envelope(west, west + WORLD, -90, 90));
            Geometry inside = OverlayNGRobust.overlay(whole, window, OverlayNG.INTERSECTION);
            Geometry home = AffineTransformation.translationInstance(-180 - west, 0).transform(inside);
            for (int i = 0; i < home.getNumGeometries(); i++) {
                if (home.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                    out.add(p);
                }
            }
        }
    }

    /**
     * The ring's longitudes made continuous (each step under half the world). A ring around a pole does
     * not close after that, ending a world away from where it started: it is closed along that pole.
     */
    private static Coordinate[] unwrap(Coordinate[] ring) {
        List<Coordinate> out = new ArrayList<>();
        double offset = 0;
        Coordinate previous = null;
        for (Coordinate c : ring) {
            if (previous != null) {
                double step = c.x - previous.x;
                if (step > WORLD / 2) {
                    offset -= WORLD;
                } else if (step < -WORLD / 2) {
                    offset += WORLD;
                }
            }
            out.add(new Coordinate(c.x + offset, c.y));
            previous = c;
        }
        Coordinate first = out.get(0);
        Coordinate last = out.get(out.size() - 1);
        if (Math.abs(last.x - first.x) > WORLD / 2) {
            double pole = averageLatitude(out) < 0 ? -90 : 90;
            out.add(new Coordinate(last.x, pole));
            out.add(new Coordinate(first.x, pole));
            out.add(new Coordinate(first.x, first.y));
        }
        return out.toArray(Coordinate[]::new);
    }

    private static double averageLatitude(List<Coordinate> ring) {
        return ring.stream().mapToDouble(c -> c.y).average().orElse(0);
    }
}

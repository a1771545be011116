package org.borderwatch.geo.admin;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.GeoPoint;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Finds the country, first-level unit and special-status region of a point by point-in-polygon over
 * the stored boundaries (STRtree for candidates, prepared geometries for the tests). Enclaves and
 * exclaves need no special handling: an enclave is a polygon part of one country and a hole of the other.
 */
public final class AdminLocator {
    /** How far (degrees, about 25 km) to look for the nearest region when no region polygon contains a point. */
    private static final double NEAREST_REGION_DEGREES = 0.25;
    /** How far (degrees, about 3 km) a point may lie outside every country outline and still get the nearest one. */
    private static final double NEAREST_COUNTRY_DEGREES = 0.03;

    public static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    /** One loaded boundary with its geometry. */
    public record Area(Boundary boundary, Geometry geometry, PreparedGeometry prepared, double area) {
        public String name() {
            return boundary.name();
        }

        public String country() {
            return boundary.country();
        }
    }

    private final STRtree countries = new STRtree();
    private final STRtree regions = new STRtree();
    private final List<Area> tags = new ArrayList<>();
    private final List<Area> countryList = new ArrayList<>();
    private final List<Area> regionList = new ArrayList<>();

    public AdminLocator(List<Boundary> boundaries) {
        WKTReader reader = new WKTReader(WGS84);
        for (Boundary b : boundaries) {
            Geometry g;
            try {
                g = reader.read(b.wkt());
            } catch (ParseException e) {
                throw new IllegalArgumentException("boundary " + b.id() + " has unreadable geometry: " + e.getMessage(), e);
            }
            Area a = new Area(b, g, PreparedGeometryFactory.prepare(g), g.getArea());
            switch (b.level()) {
                case COUNTRY -> {
                    countries.insert(g.getEnvelopeInternal(), a);
                    countryList.add(a);
                }
                case REGION -> {
                    regions.insert(g.getEnvelopeInternal(), a);
                    regionList.add(a);
                }
                default -> tags.add(a);
            }
        }
        countries.build();
        regions.build();
    }

    public static Point point(GeoPoint p) {
        return WGS84.createPoint(new Coordinate(p.longitude(), p.latitude()));
    }

    public AdminUnits locate(GeoPoint p) {
        Point pt = point(p);
        boolean countryNearest = false;
        Area country = containing(countries, pt);
        if (country == null) {
            country = nearest(countryList, pt, null, NEAREST_COUNTRY_DEGREES);
            countryNearest = country != null;
        }
        String countryName = country == null ? null : country.name();
        Area region = containingRegion(pt, countryName);
        boolean regionNearest = false;
        if (region == null && countryName != null) {
            region = nearest(regionList, pt, countryName, NEAREST_REGION_DEGREES);
            regionNearest = region != null;
        }
        String tag = null;
        for (Area t : tags) {
            if (t.prepared().covers(pt)) {
                tag = t.name();
                break;
            }
        }
        return new AdminUnits(countryName, region == null ? null : region.name(), tag, countryNearest, regionNearest);
    }

    /** The smallest region containing the point, of the given country when one is known. */
    private Area containingRegion(Point pt, String country) {
        @SuppressWarnings("unchecked")
        List<Area> hits = regions.query(pt.getEnvelopeInternal());
        return hits.stream()
                .filter(a -> country == null || a.country() == null || country.equals(a.country()))
                .filter(a -> a.prepared().covers(pt))
                .min(Comparator.comparingDouble(Area::area))
                .orElse(null);
    }

    private static Area containing(STRtree tree, Point pt) {
        @SuppressWarnings("unchecked")
        List<Area> hits = tree.query(pt.getEnvelopeInternal());
        return hits.stream().filter(a -> a.prepared().covers(pt)).min(Comparator.comparingDouble(Area::area)).orElse(null);
    }

    private static Area nearest(List<Area> areas, Point pt, String country, double maxDegrees) {
        Envelope around = new Envelope(pt.getCoordinate());
        around.expandBy(maxDegrees);
        Area best = null;
        double bestDistance = maxDegrees;
        for (Area a : areas) {
            if (country != null && !country.equals(a.country())) {
                continue;
            }
            if (!a.geometry().getEnvelopeInternal().intersects(around)) {
                continue;
            }
            double d = a.geometry().distance(pt);
            if (d <= bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best;
    }

    public Optional<Area> country(String name) {
        return countryList.stream().filter(a -> a.name().equalsIgnoreCase(name)).findFirst();
    }

    public Optional<Area> region(String name, String country) {
        return regionList.stream()
                .filter(a -> a.name().equalsIgnoreCase(name) && (country == null || country.equals(a.country())))
                .max(Comparator.comparingDouble(Area::area));
    }

    public List<Area> countries() {
        return List.copyOf(countryList);
    }

    public List<Area> regions() {
        return List.copyOf(regionList);
    }

    public List<Area> regionTags() {
        return List.copyOf(tags);
    }

    public boolean isEmpty() {
        return countryList.isEmpty();
    }
}

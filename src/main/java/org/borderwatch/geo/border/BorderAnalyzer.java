package org.borderwatch.geo.border;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.borderwatch.domain.BorderPosition;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.geo.admin.AdminLocator;
import org.borderwatch.geo.admin.AdminUnits;
import org.borderwatch.domain.ActorDirectory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Places a point relative to the internationally recognised border between two countries: the country
 * it is in, its distance to their common border, and, for an action by one side's forces inside the
 * other side, how deep inside. Distances are measured in a local equirectangular projection (km) centred
 * on the border, which is within a percent or two over the few hundred km that matter here.
 */
public final class BorderAnalyzer {
    private static final double KM_PER_DEGREE = 111.195;
    /** Boundary vertices this close (km) to the other country's outline belong to the common border. */
    private static final double SHARED_TOLERANCE_KM = 2.0;

    private final AdminLocator admin;
    private final List<String> countries;
    private final AffineTransformation toKm;
    private final IndexedFacetDistance border;
    private final List<Side> sides = new ArrayList<>();
    private final double borderLengthKm;
    private final Geometry borderDegrees;
    private final ActorDirectory actors;

    private record Side(String country, IndexedFacetDistance outline) {
    }

    /** @param actors the conflict's actors: whose forces an event's acting side is */
    public BorderAnalyzer(AdminLocator admin, List<String> borderCountries, ActorDirectory actors) {
        this.admin = admin;
        this.actors = actors;
        List<Geometry> outlines = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (String c : borderCountries) {
            admin.country(c).ifPresent(a -> {
                outlines.add(a.geometry());
                found.add(a.name());
            });
        }
        this.countries = List.copyOf(found);
        if (outlines.size() != 2) {
            toKm = null;
            border = null;
            borderLengthKm = 0;
            borderDegrees = null;
            return;
        }
        double lat0 = (outlines.get(0).getCentroid().getY() + outlines.get(1).getCentroid().getY()) / 2;
        toKm = AffineTransformation.scaleInstance(KM_PER_DEGREE * Math.cos(Math.toRadians(lat0)), KM_PER_DEGREE);
        Geometry a = toKm.transform(outlines.get(0));
        Geometry b = toKm.transform(outlines.get(1));
        Geometry shared = sharedBorder(a, b).union(sharedBorder(b, a));
        border = new IndexedFacetDistance(shared);
        Geometry back;
        try {
            back = toKm.getInverse().transform(shared);
        } catch (org.locationtech.jts.geom.util.NoninvertibleTransformationException e) {
            throw new IllegalStateException(e); // a scaling by positive factors always inverts
        }
        borderDegrees = back;
        borderLengthKm = shared.getLength() / 2;
        sides.add(new Side(found.get(0), new IndexedFacetDistance(a)));
        sides.add(new Side(found.get(1), new IndexedFacetDistance(b)));
    }

    /** The parts of a's outline that run along b's outline. */
    private static Geometry sharedBorder(Geometry a, Geometry b) {
        IndexedFacetDistance toB = new IndexedFacetDistance(b.getBoundary());
        org.locationtech.jts.geom.Envelope near = new org.locationtech.jts.geom.Envelope(b.getEnvelopeInternal());
        near.expandBy(SHARED_TOLERANCE_KM);
        List<LineString> runs = new ArrayList<>();
        for (int i = 0; i < a.getNumGeometries(); i++) {
            Polygon p = (Polygon) a.getGeometryN(i);
            List<LineString> rings = new ArrayList<>();
            rings.add(p.getExteriorRing());
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(p.getInteriorRingN(h));
            }
            for (LineString ring : rings) {
                List<Coordinate> run = new ArrayList<>();
                for (Coordinate c : ring.getCoordinates()) {
                    if (near.contains(c) && toB.distance(a.getFactory().createPoint(c)) <= SHARED_TOLERANCE_KM) {
                        run.add(c);
                    } else {
                        flush(run, runs, a);
                    }
                }
                flush(run, runs, a);
            }
        }
        return a.getFactory().createMultiLineString(runs.toArray(LineString[]::new));
    }

    private static void flush(List<Coordinate> run, List<LineString> runs, Geometry factorySource) {
        if (run.size() >= 2) {
            runs.add(factorySource.getFactory().createLineString(run.toArray(Coordinate[]::new)));
        }
        run.clear();
    }

    /** Length of the common border found, km (a check that the two outlines do meet). */
    public double borderLengthKm() {
        return borderLengthKm;
    }

    /** The common border in longitude/latitude, or empty when the two countries' outlines are not loaded. */
    public Optional<Geometry> borderLine() {
        return Optional.ofNullable(borderDegrees);
    }

    public List<String> countries() {
        return countries;
    }

    /**
     * @param point  where the event happened, or null
     * @param actor1 the acting side (its forces' country decides the depth), or null
     */
    public Optional<BorderPosition> analyze(GeoPoint point, String actor1) {
        if (point == null) {
            return Optional.empty();
        }
        AdminUnits units = admin.locate(point);
        String country = units.country();
        Double distance = null;
        Double depth = null;
        if (border != null && country != null && countries.contains(country)) {
            Coordinate c = toKm(point);
            distance = round(border.distance(AdminLocator.WGS84.createPoint(c)));
            String forces = forcesOf(actor1);
            if (forces != null && !forces.equals(country)) {
                for (Side s : sides) {
                    if (s.country().equals(forces)) {
                        depth = round(s.outline().distance(AdminLocator.WGS84.createPoint(c)));
                    }
                }
            }
        }
        return Optional.of(new BorderPosition(country, distance, depth, units.regionTag()));
    }

    /**
     * Which border country's state forces an actor is: as the configuration types it, or, for a name it does not
     * know, as the name's form says ("Military Forces of X").
     */
    private String forcesOf(String actor) {
        if (actor == null) {
            return null;
        }
        java.util.Optional<org.borderwatch.domain.Actor> configured = actors.find(actor);
        if (configured.isPresent()) {
            org.borderwatch.domain.Actor a = configured.get();
            return a.kind() == org.borderwatch.domain.ActorKind.STATE_FORCES && countries.contains(a.country()) ? a.country() : null;
        }
        return ActorCountry.forcesOf(actor, countries);
    }

    private Coordinate toKm(GeoPoint p) {
        Coordinate c = new Coordinate(p.longitude(), p.latitude());
        toKm.transform(c, c);
        return c;
    }

    private static double round(double km) {
        return Math.round(km * 10) / 10.0;
    }
}

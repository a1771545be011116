package org.borderwatch.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.borderwatch.geo.admin.AdminLocator;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The gazetteer's outlines as one GeoJSON FeatureCollection for a map background: countries, provinces
 * (admin1), the common border of the two border countries, areas of special status ({@code disputed}),
 * and enclaves (parts of one border country lying inside the other's outline).
 *
 * <p>Only the conflict's region is drawn: the outlines are clipped to the border countries' extent with a
 * margin as wide as that extent (the world's 255 countries weighed 8.5 MB and opened the map on the whole
 * world). Outlines crossing the 180th meridian are cut there, and everything is simplified to about
 * 200 m. Beside {@code type} and {@code features} the collection carries {@code view} (the border
 * countries' box, where the page opens), {@code extent} (the clipping box) and {@code attribution} (the
 * sources' credits), and each country, province and disputed area a {@code label} point with its
 * {@code label_room}, the radius of the largest circle inside it, so the page can tell when its name fits;
 * a neighbour's label is placed in its part near the view, where the page shows it.
 */
final class BoundaryLayers {
    private static final double SIMPLIFY_DEGREES = 0.002;
    /** The least margin around the view, in degrees, so a small conflict still shows its neighbours. */
    private static final double MIN_MARGIN_DEGREES = 3;
    /** How far beyond the view a neighbour's name may sit, in degrees. */
    private static final double LABEL_MARGIN_DEGREES = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BoundaryLayers() {
    }

    static String of(AdminLocator admin, Geography geography, List<MapCredit> credits) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        Envelope view = view(admin, geography.config());
        Envelope extent = view == null ? null : extent(view);
        // names go where the page opens, so a neighbour is named beside the border rather than far inside itself
        Envelope near = view == null ? null : grown(view, LABEL_MARGIN_DEGREES);
        if (view != null) {
            box(collection.putArray("view"), view);
            box(collection.putArray("extent"), extent);
        }
        ArrayNode attribution = collection.putArray("attribution");
        credits.forEach(c -> attribution.addObject().put("credit", c.credit()).put("text", c.text()));
        ArrayNode features = collection.putArray("features");
        GeoJsonWriter writer = new GeoJsonWriter(5);
        writer.setEncodeCRS(false);
        List<String> borderCountries = geography.config().features().borderCountries();
        for (AdminLocator.Area a : admin.countries()) {
            addLabelled(features, writer, a.geometry(), extent, near, "country", a.name());
        }
        for (AdminLocator.Area a : admin.regions()) {
            addLabelled(features, writer, a.geometry(), extent, near, "admin1", a.name());
        }
        for (AdminLocator.Area a : admin.regionTags()) {
            addLabelled(features, writer, a.geometry(), extent, near, "disputed", a.name());
        }
        geography.border().borderLine().ifPresent(line -> add(features, writer, clip(line, extent), "border",
                String.join("–", geography.border().countries()), null));
        for (AdminLocator.Area a : admin.countries()) {
            if (!borderCountries.contains(a.name())) {
                continue;
            }
            for (AdminLocator.Area other : admin.countries()) {
                if (other == a || !borderCountries.contains(other.name())) {
                    continue;
                }
                for (int i = 0; i < a.geometry().getNumGeometries(); i++) {
                    Polygon part = (Polygon) a.geometry().getGeometryN(i);
                    if (insideShell(part, other.geometry())) {
                        add(features, writer, part, "enclave", a.name() + " (enclave in " + other.name() + ")", null);
                    }
                }
            }
        }
        try {
            return JSON.writeValueAsString(collection);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The box of the border countries' outlines; of the areas of special status when the gazetteer has
     * neither country; null when it has none of them either (the whole gazetteer is drawn then).
     */
    static Envelope view(AdminLocator admin, GeoConfig config) {
        Envelope view = new Envelope();
        for (String country : config.features().borderCountries()) {
            admin.country(country).ifPresent(a -> view.expandToInclude(Antimeridian.cut(a.geometry()).getEnvelopeInternal()));
        }
        if (view.isNull()) {
            admin.regionTags().forEach(a -> view.expandToInclude(a.geometry().getEnvelopeInternal()));
        }
        return view.isNull() ? null : view;
    }

    /** The view with a margin on every side as wide as the view itself, within the world. */
    static Envelope extent(Envelope view) {
        return grown(view, Math.max(MIN_MARGIN_DEGREES, Math.max(view.getWidth(), view.getHeight())));
    }

    private static Envelope grown(Envelope box, double margin) {
        return new Envelope(Math.max(-180, box.getMinX() - margin), Math.min(180, box.getMaxX() + margin),
                Math.max(-90, box.getMinY() - margin), Math.min(90, box.getMaxY() + margin));
    }

    /** The part of the geometry inside the extent (all of it without one), cut at the 180th meridian. */
    private static Geometry clip(Geometry g, Envelope extent) {
        Geometry cut = Antimeridian.cut(g);
        if (extent == null || extent.covers(cut.getEnvelopeInternal())) {
            return cut;
        }
        if (!extent.intersects(cut.getEnvelopeInternal())) {
            return null;
        }
        return OverlayNGRobust.overlay(cut, cut.getFactory().toGeometry(extent), OverlayNG.INTERSECTION);
    }

    /** True when the part lies within the outer ring of one of the other country's polygons (in one of its holes). */
    private static boolean insideShell(Polygon part, Geometry other) {
        var point = part.getInteriorPoint();
        for (int i = 0; i < other.getNumGeometries(); i++) {
            Polygon p = (Polygon) other.getGeometryN(i);
            if (p.getNumInteriorRing() > 0 && p.getFactory().createPolygon(p.getExteriorRing().getCoordinates()).contains(point)) {
                return true;
            }
        }
        return false;
    }

    /** An area drawn within the extent and labelled within {@code near} (or where it is drawn, when it lies beyond). */
    private static void addLabelled(ArrayNode features, GeoJsonWriter writer, Geometry area, Envelope extent,
                                    Envelope near, String kind, String name) {
        Geometry drawn = clip(area, extent);
        Geometry nearby = clip(area, near);
        add(features, writer, drawn, kind, name, nearby == null || nearby.isEmpty() ? drawn : nearby);
    }

    /** Adds a feature unless it is empty; with a label placed in {@code labelArea} unless that is null. */
    private static void add(ArrayNode features, GeoJsonWriter writer, Geometry g, String kind, String name,
                            Geometry labelArea) {
        if (g == null || g.isEmpty()) {
            return;
        }
        Geometry simple = TopologyPreservingSimplifier.simplify(g, SIMPLIFY_DEGREES);
        try {
            ObjectNode f = features.addObject().put("type", "Feature");
            f.set("geometry", JSON.readTree(writer.write(simple)));
            ObjectNode properties = f.putObject("properties").put("kind", kind).put("name", name);
            if (labelArea != null) {
                addLabel(properties, TopologyPreservingSimplifier.simplify(labelArea, SIMPLIFY_DEGREES));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The centre of the largest circle inside the largest part: the spot where a name sits best. */
    private static void addLabel(ObjectNode properties, Geometry area) {
        Polygon largest = null;
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i) instanceof Polygon p && (largest == null || p.getArea() > largest.getArea())) {
                largest = p;
            }
        }
        if (largest == null) {
            return;
        }
        Envelope box = largest.getEnvelopeInternal();
        MaximumInscribedCircle circle = new MaximumInscribedCircle(largest,
                Math.max(1e-4, Math.min(box.getWidth(), box.getHeight()) / 100));
        Point centre = circle.getCenter();
        properties.putArray("label").add(round(centre.getX(), 5)).add(round(centre.getY(), 5));
        properties.put("label_room", round(circle.getRadiusLine().getLength(), 4));
    }

    private static void box(ArrayNode array, Envelope e) {
        array.add(round(e.getMinX(), 4)).add(round(e.getMinY(), 4)).add(round(e.getMaxX(), 4)).add(round(e.getMaxY(), 4));
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}

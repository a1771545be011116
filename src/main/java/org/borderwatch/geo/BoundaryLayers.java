package org.borderwatch.geo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.borderwatch.geo.admin.AdminLocator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * The gazetteer's outlines as one GeoJSON FeatureCollection for a map background: countries, provinces
 * (admin1), the common border of the two border countries, areas of special status ({@code disputed}),
 * and enclaves (parts of one border country lying inside the other's outline). Simplified to about
 * 200 m so the page stays light.
 */
final class BoundaryLayers {
    private static final double SIMPLIFY_DEGREES = 0.002;
    private static final ObjectMapper JSON = new ObjectMapper();

    private BoundaryLayers() {
    }

    static String of(AdminLocator admin, Geography geography) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        GeoJsonWriter writer = new GeoJsonWriter(5);
        writer.setEncodeCRS(false);
        List<String> borderCountries = geography.config().features().borderCountries();
        for (AdminLocator.Area a : admin.countries()) {
            add(features, writer, a.geometry(), "country", a.name());
        }
        for (AdminLocator.Area a : admin.regions()) {
            add(features, writer, a.geometry(), "admin1", a.name());
        }
        for (AdminLocator.Area a : admin.regionTags()) {
            add(features, writer, a.geometry(), "disputed", a.name());
        }
        geography.border().borderLine().ifPresent(line -> add(features, writer, line, "border",
                String.join("–", geography.border().countries())));
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
                        add(features, writer, part, "enclave", a.name() + " (enclave in " + other.name() + ")");
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

    private static void add(ArrayNode features, GeoJsonWriter writer, Geometry g, String kind, String name) {
        Geometry simple = TopologyPreservingSimplifier.simplify(g, SIMPLIFY_DEGREES);
        try {
            ObjectNode f = features.addObject().put("type", "Feature");
            f.set("geometry", JSON.readTree(writer.write(simple)));
            f.putObject("properties").put("kind", kind).put("name", name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

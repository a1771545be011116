package org.borderwatch.geo.gazetteer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.borderwatch.geo.Antimeridian;
import org.borderwatch.geo.admin.AdminLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Decodes the polygons of a TopoJSON object (as in the world-atlas package) into JTS geometries.
 * TopoJSON stores shared arcs once; a quantised topology stores each arc as integer deltas that the
 * {@code transform} (scale, translate) turns back into longitude/latitude. A negative arc index
 * {@code ~i} means arc {@code i} reversed. Rings are the arcs joined end to start. Outlines that cross
 * the 180th meridian (Russia, Fiji, Antarctica in the atlas) are cut there.
 */
public final class TopoJsonReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final GeometryFactory factory = AdminLocator.WGS84;

    /** Every geometry of {@code objectName} keyed by its {@code properties.name}. */
    public Map<String, Geometry> read(InputStream in, String objectName) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (!"Topology".equals(root.path("type").asText())) {
            throw new IllegalArgumentException("not a TopoJSON topology");
        }
        List<Coordinate[]> arcs = decodeArcs(root.path("arcs"), root.path("transform"));
        JsonNode object = root.path("objects").path(objectName);
        if (object.isMissingNode()) {
            throw new IllegalArgumentException("TopoJSON has no object '" + objectName + "'");
        }
        Map<String, Geometry> out = new LinkedHashMap<>();
        for (JsonNode g : object.path("geometries")) {
            String name = g.path("properties").path("name").asText(g.path("id").asText(""));
            Geometry geometry = switch (g.path("type").asText()) {
                case "Polygon" -> polygon(g.path("arcs"), arcs);
                case "MultiPolygon" -> {
                    List<Polygon> parts = new ArrayList<>();
                    for (JsonNode p : g.path("arcs")) {
                        parts.add(polygon(p, arcs));
                    }
                    yield factory.createMultiPolygon(parts.toArray(Polygon[]::new));
                }
                default -> null;
            };
            if (geometry != null && !name.isBlank()) {
                out.put(name, Antimeridian.cut(geometry));
            }
        }
        return out;
    }

    private static List<Coordinate[]> decodeArcs(JsonNode arcs, JsonNode transform) {
        boolean quantised = transform.isObject();
        double sx = quantised ? transform.path("scale").get(0).asDouble() : 1;
        double sy = quantised ? transform.path("scale").get(1).asDouble() : 1;
        double tx = quantised ? transform.path("translate").get(0).asDouble() : 0;
        double ty = quantised ? transform.path("translate").get(1).asDouble() : 0;
        List<Coordinate[]> out = new ArrayList<>(arcs.size());
        for (JsonNode arc : arcs) {
            Coordinate[] coords = new Coordinate[arc.size()];
            double x = 0;
            double y = 0;
            int i = 0;
            for (JsonNode position : arc) {
                if (quantised) {
                    x += position.get(0).asDouble();
                    y += position.get(1).asDouble();
                    coords[i++] = new Coordinate(x * sx + tx, y * sy + ty);
                } else {
                    coords[i++] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
                }
            }
            out.add(coords);
        }
        return out;
    }

    private Polygon polygon(JsonNode rings, List<Coordinate[]> arcs) {
        LinearRing shell = null;
        List<LinearRing> holes = new ArrayList<>();
        for (JsonNode ring : rings) {
            LinearRing r = factory.createLinearRing(ring(ring, arcs));
            if (shell == null) {
                shell = r;
            } else {
                holes.add(r);
            }
        }
        return factory.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    private static Coordinate[] ring(JsonNode indexes, List<Coordinate[]> arcs) {
        List<Coordinate> out = new ArrayList<>();
        for (JsonNode idx : indexes) {
            int i = idx.asInt();
            Coordinate[] arc = arcs.get(i >= 0 ? i : ~i);
            for (int k = 0; k < arc.length; k++) {
                Coordinate c = arc[i >= 0 ? k : arc.length - 1 - k];
                if (k == 0 && !out.isEmpty()) {
                    continue; // an arc starts where the previous one ended
                }
                out.add(c);
            }
        }
        if (out.size() > 0 && !out.get(0).equals2D(out.get(out.size() - 1))) {
            out.add(new Coordinate(out.get(0)));
        }
        while (out.size() < 4) {
            out.add(new Coordinate(out.get(0)));
        }
        return out.toArray(Coordinate[]::new);
    }
}

package org.borderwatch.geo.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class TopoJsonReaderTest {
    // Two unit squares sharing the arc x=1: arc 0 is the shared edge, arcs 1 and 2 the rest of each square.
    // Quantised: scale 0.5, translate (10, 20); positions after the first are deltas.
    private static final String TOPOLOGY = """
            {"type":"Topology","transform":{"scale":[0.5,0.5],"translate":[10,20]},
             "objects":{"countries":{"type":"GeometryCollection","geometries":[
               {"type":"Polygon","arcs":[[0,1]],"properties":{"name":"West"}},
               {"type":"MultiPolygon","arcs":[[[2,-1]]],"properties":{"name":"East"}}]}},
             "arcs":[[[2,0],[0,2]],
                     [[2,2],[-2,0],[0,-2],[2,0]],
                     [[2,0],[2,0],[0,2],[-2,0]]]}
            """;

    @Test
    void decodesQuantisedDeltaArcsAndReversedArcs() throws Exception {
        Map<String, Geometry> g = new TopoJsonReader().read(
                new ByteArrayInputStream(TOPOLOGY.getBytes(StandardCharsets.UTF_8)), "countries");
        assertThat(g).containsOnlyKeys("West", "East");
        Geometry west = g.get("West");
        assertThat(west.isValid()).isTrue();
        assertThat(west.getArea()).isCloseTo(1.0, within(1e-9));
        assertThat(west.getEnvelopeInternal().getMinX()).isCloseTo(10.0, within(1e-9));
        assertThat(west.getEnvelopeInternal().getMaxX()).isCloseTo(11.0, within(1e-9));
        Geometry east = g.get("East");
        assertThat(east.isValid()).isTrue();
        assertThat(east.getArea()).isCloseTo(1.0, within(1e-9));
        assertThat(east.covers(east.getFactory().createPoint(new Coordinate(11.5, 20.5)))).isTrue();
        assertThat(west.intersection(east).getArea()).isZero();
    }

    @Test
    void anOutlineAcrossTheDateLineIsCutThere() throws Exception {
        // one island from 179°E to 179°W, as a single quantised arc stepping across the date line
        String topology = """
                {"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
                 "objects":{"countries":{"type":"GeometryCollection","geometries":[
                   {"type":"Polygon","arcs":[[0]],"properties":{"name":"Island"}}]}},
                 "arcs":[[[179,-16],[-358,0],[0,-1],[358,0],[0,1]]]}
                """;
        Geometry island = new TopoJsonReader().read(
                new ByteArrayInputStream(topology.getBytes(StandardCharsets.UTF_8)), "countries").get("Island");
        assertThat(island.getNumGeometries()).isEqualTo(2);
        assertThat(island.getArea()).isCloseTo(2.0, within(1e-9));
        assertThat(island.covers(island.getFactory().createPoint(new Coordinate(0, -16.5)))).isFalse();
    }

    @Test
    void rejectsWhatIsNotATopology() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TopoJsonReader().read(
                new ByteArrayInputStream("{\"type\":\"FeatureCollection\"}".getBytes(StandardCharsets.UTF_8)), "countries"))
                .hasMessageContaining("not a TopoJSON");
    }
}

package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.geo.admin.AdminLocator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

/** Outlines that cross the 180th meridian come out as parts on each side, with no edge across the world. */
class AntimeridianTest {
    private static Geometry read(String wkt) throws Exception {
        return new WKTReader(AdminLocator.WGS84).read(wkt);
    }

    /** Whether some ring has an edge longer than half the world in longitude, other than one along a pole. */
    private static boolean anyEdgeSpansHalfTheWorld(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            List<LineString> rings = new ArrayList<>(List.of(p.getExteriorRing()));
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                rings.add(p.getInteriorRingN(h));
            }
            for (LineString ring : rings) {
                Coordinate[] c = ring.getCoordinates();
                for (int k = 1; k < c.length; k++) {
                    boolean alongAPole = Math.abs(c[k].y) == 90 && c[k].y == c[k - 1].y;
                    if (Math.abs(c[k].x - c[k - 1].x) > 180 && !alongAPole) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void anIslandAcrossTheDateLineBecomesTwoPartsOfTheRightSize() throws Exception {
        // an island from 179°E to 179°W, written as the atlas writes Fiji: stepping from 179 to -179
        Geometry island = read("POLYGON ((179 -16, -179 -16, -179 -17, 179 -17, 179 -16))");
        Geometry cut = Antimeridian.cut(island);
        assertThat(cut.getNumGeometries()).isEqualTo(2);
        assertThat(cut.getArea()).isCloseTo(2.0, within(1e-9));
        assertThat(anyEdgeSpansHalfTheWorld(cut)).isFalse();
        assertThat(cut.covers(read("POINT (179.5 -16.5)"))).isTrue();
        assertThat(cut.covers(read("POINT (-179.5 -16.5)"))).isTrue();
        // read flat, the uncut ring covered the whole band between: Africa at that latitude was in Fiji
        assertThat(island.covers(read("POINT (20 -16.5)"))).isTrue();
        assertThat(cut.covers(read("POINT (20 -16.5)"))).isFalse();
    }

    @Test
    void aRingAroundThePoleIsClosedAlongThePole() throws Exception {
        // a continent around the south pole: one step across the date line, and the ring never comes back
        Geometry continent = read("POLYGON ((-170 -70, -60 -65, 60 -65, 170 -70, -170 -70))");
        Geometry cut = Antimeridian.cut(continent);
        assertThat(anyEdgeSpansHalfTheWorld(cut)).isFalse();
        assertThat(cut.covers(read("POINT (0 -85)"))).isTrue();
        assertThat(cut.covers(read("POINT (179 -85)"))).isTrue();
        assertThat(cut.covers(read("POINT (-179 -85)"))).isTrue();
        assertThat(cut.covers(read("POINT (0 -60)"))).isFalse();
    }

    @Test
    void outlinesThatDoNotCrossAreLeftAlone() throws Exception {
        Geometry armenia = read("MULTIPOLYGON (((43.4 38.8, 46.7 38.8, 46.7 41.3, 43.4 41.3, 43.4 38.8)))");
        assertThat(Antimeridian.cut(armenia)).isSameAs(armenia);
    }
}

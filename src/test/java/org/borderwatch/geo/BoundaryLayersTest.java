package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.Boundary;
import org.borderwatch.domain.FeatureClass;
import org.borderwatch.geo.admin.AdminLocator;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/** The map background holds the conflict's region only, says where to open and whom to credit, and places labels. */
class BoundaryLayersTest {
    private static final GeoConfig CONFIG = GeoConfig.forConflict(GeoConfig.DEFAULT_CONFLICT);

    private static Boundary country(String name, String wkt) {
        return new Boundary("t:" + name, "test", FeatureClass.COUNTRY, name, name, null, wkt);
    }

    /** Two border countries side by side, a neighbour reaching far beyond, a country far away, an island on the date line. */
    private static JsonNode background() throws Exception {
        List<Boundary> world = List.of(
                country("Armenia", "POLYGON ((43.5 38.8, 45.5 38.8, 45.5 41.3, 43.5 41.3, 43.5 38.8))"),
                country("Azerbaijan", "POLYGON ((45.5 38.4, 50.4 38.4, 50.4 41.9, 45.5 41.9, 45.5 38.4))"),
                country("Russia", "POLYGON ((30 42, 179.9 42, 179.9 75, 30 75, 30 42))"),
                country("Chile", "POLYGON ((-75 -50, -68 -50, -68 -18, -75 -18, -75 -50))"),
                country("Fiji", "POLYGON ((179 -16, -179 -16, -179 -17, 179 -17, 179 -16))"));
        Geography geography = Geography.of(List.of(), world, CONFIG);
        String json = geography.boundariesGeoJson(List.of(new MapCredit("Test atlas (CC0)", "Outlines from the test atlas.")));
        return new ObjectMapper().readTree(json);
    }

    @Test
    void holdsTheRegionOnlyAndSaysWhereToOpen() throws Exception {
        JsonNode geo = background();
        List<String> names = new ArrayList<>();
        geo.path("features").forEach(f -> names.add(f.path("properties").path("name").asText()));
        assertThat(names).contains("Armenia", "Azerbaijan", "Russia").doesNotContain("Chile", "Fiji");

        assertThat(numbers(geo.path("view"))).containsExactly(43.5, 38.4, 50.4, 41.9);
        Envelope extent = envelope(geo.path("extent"));
        assertThat(extent.covers(new Envelope(43.5, 50.4, 38.4, 41.9))).isTrue();
        assertThat(extent.getWidth()).isLessThan(30);
        for (JsonNode f : geo.path("features")) {
            assertThat(extent.covers(geometry(f).getEnvelopeInternal())).as(f.path("properties").path("name").asText()).isTrue();
        }
        assertThat(geo.path("attribution").get(0).path("credit").asText()).isEqualTo("Test atlas (CC0)");
        assertThat(geo.path("attribution").get(0).path("text").asText()).isEqualTo("Outlines from the test atlas.");
    }

    @Test
    void eachCountryHasALabelInsideItWithTheRoomItHas() throws Exception {
        for (JsonNode f : background().path("features")) {
            if (!f.path("properties").path("kind").asText().equals("country")) {
                continue;
            }
            JsonNode label = f.path("properties").path("label");
            Geometry area = geometry(f);
            assertThat(area.covers(area.getFactory().createPoint(new Coordinate(label.get(0).asDouble(), label.get(1).asDouble()))))
                    .as(f.path("properties").path("name").asText()).isTrue();
            assertThat(f.path("properties").path("label_room").asDouble()).isPositive();
        }
    }

    @Test
    void withoutTheBorderCountriesTheWholeGazetteerIsDrawnCutAtTheDateLine() throws Exception {
        Geography elsewhere = Geography.of(List.of(), List.of(
                country("Fiji", "POLYGON ((179 -16, -179 -16, -179 -17, 179 -17, 179 -16))")), GeoConfig.empty());
        JsonNode geo = new ObjectMapper().readTree(elsewhere.boundariesGeoJson(List.of()));
        assertThat(geo.has("view")).isFalse();
        Geometry fiji = geometry(geo.path("features").get(0));
        assertThat(fiji.getNumGeometries()).isEqualTo(2);
        assertThat(fiji.getEnvelopeInternal().getWidth()).isEqualTo(360);
        assertThat(fiji.getArea()).isEqualTo(2.0);
    }

    private static Geometry geometry(JsonNode feature) throws Exception {
        return new GeoJsonReader(AdminLocator.WGS84).read(feature.path("geometry").toString());
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asDouble()));
        return out;
    }

    private static Envelope envelope(JsonNode box) {
        List<Double> n = numbers(box);
        return new Envelope(n.get(0), n.get(2), n.get(1), n.get(3));
    }
}

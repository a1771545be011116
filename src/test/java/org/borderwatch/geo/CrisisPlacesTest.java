package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Place names of the Armenia–Azerbaijan border crisis resolved against the imported Who's On First data,
 * with no context. Expected units are Armenian marzer and Azerbaijani rayons (de jure), checked against
 * the WOF points and polygons; Nagorno-Karabakh places are in Azerbaijan.
 */
class CrisisPlacesTest {
    private static Geography geo;

    @BeforeAll
    static void load() throws Exception {
        geo = GeoTestSupport.wof();
    }

    private static final String[][] EXPECTED = {
        // name, admin1 ("" = none expected), country
        {"Sotk", "Gegharkunik", "Armenia"},
        {"Zod", "Gegharkunik", "Armenia"},
        {"Shushi", "Shusha", "Azerbaijan"},
        {"Shusha", "Shusha", "Azerbaijan"},
        {"Stepanakert", "Khankendi", "Azerbaijan"},
        {"Khankendi", "Khankendi", "Azerbaijan"},
        {"Martakert", "Tartar", "Azerbaijan"},
        {"Aghdara", "Tartar", "Azerbaijan"},
        {"Jermuk", "Vayots Dzor", "Armenia"},
        {"Goris", "Syunik", "Armenia"},
        {"Kapan", "Syunik", "Armenia"},
        {"Vardenis", "Gegharkunik", "Armenia"},
        {"Verishen", "Syunik", "Armenia"},
        {"Sisian", "Syunik", "Armenia"},
        {"Yeraskh", "Ararat", "Armenia"},
        {"Khoznavar", "Syunik", "Armenia"},
        {"Tegh", "Syunik", "Armenia"},
        {"Verin Shorzha", "Gegharkunik", "Armenia"},
        {"Nerkin Hand", "Syunik", "Armenia"},
        {"Shurnukh", "Syunik", "Armenia"},
        {"Vorotan", "Syunik", "Armenia"},
        {"Ishkhanasar", "Syunik", "Armenia"},
        {"Mets Ishkhanasar", "Syunik", "Armenia"},
        {"Lachin", "Lachin", "Azerbaijan"},
        {"Berdzor", "Lachin", "Azerbaijan"},
        {"Kalbajar", "Kalbajar", "Azerbaijan"},
        {"Tovuz", "Tovuz", "Azerbaijan"},
        {"Gadabay", "Gadabay", "Azerbaijan"},
        {"Nakhchivan", "Nakhchivan", "Azerbaijan"},
        {"Nakhichevan", "Nakhchivan", "Azerbaijan"},
        {"Sadarak", "Sadarak", "Azerbaijan"},
        {"Artsvashen", "Gegharkunik", "Armenia"},
        {"Karki", "Sadarak", "Azerbaijan"},
        {"Yukhari Askipara", "Gazakh", "Azerbaijan"},
        {"Ijevan", "Tavush", "Armenia"},
        {"Berd", "Tavush", "Armenia"},
        {"Chambarak", "Gegharkunik", "Armenia"},
        {"Kut", "Gegharkunik", "Armenia"},
        {"Norabak", "Gegharkunik", "Armenia"},
        {"Tavush", "Tavush", "Armenia"},
        {"Agdam", "Agdam", "Azerbaijan"},
        {"Fuzuli", "Fuzuli", "Azerbaijan"},
        {"Hadrut", "Khojavend", "Azerbaijan"},
        {"Farukh", "Khojaly", "Azerbaijan"},
        {"Parukh", "Khojaly", "Azerbaijan"},
        {"Chartar", "Khojavend", "Azerbaijan"},
        {"Seysulan", "Tartar", "Azerbaijan"},
        {"Sus", "Lachin", "Azerbaijan"},
        {"Yerevan", "Yerevan", "Armenia"},
        {"Meghri", "Syunik", "Armenia"},
        {"Horadiz", "Fuzuli", "Azerbaijan"},
        {"Zangilan", "Zangilan", "Azerbaijan"},
        {"Ordubad", "Ordubad", "Azerbaijan"},
        {"Julfa", "Julfa", "Azerbaijan"},
        {"Baku", "Baku", "Azerbaijan"},
        {"Lake Sev", "Syunik", "Armenia"},
        {"Sev Lake", "Syunik", "Armenia"},
        {"Sev Lich", "Syunik", "Armenia"},
        {"Zangezur", "Syunik", "Armenia"},
        {"Syunik Province", "Syunik", "Armenia"},
        {"Gegharkunik", "Gegharkunik", "Armenia"},
        {"Nagorno-Karabakh", "", "Azerbaijan"},
        {"Artsakh", "", "Azerbaijan"},
        {"Lachin corridor", "Lachin", "Azerbaijan"},
        {"Goris–Kapan highway", "Syunik", "Armenia"},
    };

    @Test
    void crisisPlaceNamesResolveToTheirUnitAndCountry() {
        new ExpectedPlaces("crisis places", EXPECTED).assertResolvedBy(geo, 40, 0.95);
    }

    @Test
    void enclavesAndExclavesLandInTheRightCountry() {
        // points checked against the WOF polygons: Artsvashen is a part of Armenia and a hole in Azerbaijan;
        // Karki, Yukhari Askipara, Barkhudarly are parts of Azerbaijan and holes in Armenia
        assertThat(geo.admin().locate(new GeoPoint(40.6402, 45.5255)).country()).isEqualTo("Armenia");
        assertThat(geo.admin().locate(new GeoPoint(39.7866, 44.9467)).country()).isEqualTo("Azerbaijan");
        assertThat(geo.admin().locate(new GeoPoint(41.0641, 45.0262)).country()).isEqualTo("Azerbaijan");
        assertThat(geo.admin().locate(new GeoPoint(40.997, 45.212)).country()).isEqualTo("Azerbaijan");
        assertThat(geo.admin().locate(new GeoPoint(41.0013, 45.2128)).country()).isEqualTo("Azerbaijan"); // Sofulu (WOF)
        // just outside the enclaves, the surrounding country
        assertThat(geo.admin().locate(new GeoPoint(40.70, 45.52)).country()).isEqualTo("Azerbaijan");
        assertThat(geo.admin().locate(new GeoPoint(39.83, 44.90)).country()).isEqualTo("Armenia");
    }

    @Test
    void borderVillagesOutsideTheCoarseRegionOutlinesGetTheNearestRegionOfTheirCountry() {
        for (String village : List.of("Khoznavar", "Shurnukh", "Nerkin Hand")) {
            Location l = geo.locate(village, "", null);
            assertThat(l.country()).as(village).isEqualTo("Armenia");
            assertThat(l.admin1()).as(village).isEqualTo("Syunik");
        }
    }

    @Test
    void aMentionWithTwoPlausiblePlacesIsNotGuessed() {
        Location l = geo.locate("Sofulu", "", null);
        assertThat(l.placeId()).isNull();
        assertThat(l.precision()).isEqualTo(GeoPrecision.REGION);
        assertThat(l.country()).isEqualTo("Azerbaijan"); // all three Sofulus are in Azerbaijan
    }

    @Test
    void contextTellsTheOldNameOfJermukFromTheKalbajarVillage() {
        String kalbajar = "Clashes were reported in Kalbajar district near Istisu.";
        Location a = geo.locate("Istisu", kalbajar, ExpectedPlaces.span(kalbajar, "Istisu"));
        assertThat(a.admin1()).isEqualTo("Kalbajar");
        String jermuk = "Shells hit the spa town of Istisu in Vayots Dzor Province.";
        Location b = geo.locate("Istisu", jermuk, ExpectedPlaces.span(jermuk, "Istisu"));
        assertThat(b.admin1()).isEqualTo("Vayots Dzor");
    }

    @Test
    void theArmenianNameOfKhojavendIsToldFromTheGegharkunikTownByThePlacesBesideIt() {
        String karabakh = "Families left Stepanakert, Martuni, Askeran and Martakert.";
        Location a = geo.locate("Martuni", karabakh, ExpectedPlaces.span(karabakh, "Martuni"));
        assertThat(a.country()).isEqualTo("Azerbaijan");
        assertThat(a.admin1()).isEqualTo("Khojavend");
        String sevan = "Shells hit Vardenis, Martuni and Sotk on the Sevan side.";
        Location b = geo.locate("Martuni", sevan, ExpectedPlaces.span(sevan, "Martuni"));
        assertThat(b.country()).isEqualTo("Armenia");
        assertThat(b.admin1()).isEqualTo("Gegharkunik");
    }

    @Test
    void regionTagMarksNagornoKarabakhInsideAzerbaijan() {
        GeoPoint stepanakert = geo.locate("Stepanakert", "", null).point();
        var units = geo.admin().locate(stepanakert);
        assertThat(units.country()).isEqualTo("Azerbaijan");
        assertThat(units.regionTag()).isEqualTo("Nagorno-Karabakh");
        for (String outside : List.of("Goris", "Kalbajar", "Berdzor", "Agdam")) {
            GeoPoint p = geo.locate(outside, "", null).point();
            assertThat(geo.admin().locate(p).regionTag()).as(outside).isNull();
        }
        for (String inside : List.of("Shusha", "Martakert", "Hadrut", "Chartar")) {
            GeoPoint p = geo.locate(inside, "", null).point();
            assertThat(geo.admin().locate(p).regionTag()).as(inside).isEqualTo("Nagorno-Karabakh");
        }
    }


    @Test
    void mapLayersHoldCountriesProvincesTheBorderTheDisputedRegionAndTheEnclaves() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(geo.boundariesGeoJson(List.of()));
        List<String> kinds = new ArrayList<>();
        List<String> enclaves = new ArrayList<>();
        for (var f : json.path("features")) {
            String kind = f.path("properties").path("kind").asText();
            kinds.add(kind);
            if (kind.equals("enclave")) {
                enclaves.add(f.path("properties").path("name").asText());
            }
        }
        assertThat(kinds).contains("country", "admin1", "border", "disputed");
        assertThat(enclaves).anyMatch(n -> n.startsWith("Armenia")).anyMatch(n -> n.startsWith("Azerbaijan"));
        assertThat(enclaves.stream().filter(n -> n.startsWith("Azerbaijan")).count()).isGreaterThanOrEqualTo(3);
    }
}

package org.borderwatch.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.borderwatch.domain.GeoPoint;
import org.borderwatch.domain.Location;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Place names of the Kyrgyzstan–Tajikistan border conflict resolved, with no context, against the Who's On First
 * data of kg/ and tj/ imported as the product imports it and read with the kyrgyzstan-tajikistan configuration.
 * Expected units are Kyrgyz oblasts and Tajik viloyats as WOF draws them (Sughd under its current name), checked
 * against the WOF points; Uzbekistan's exclaves come from the conflict's features.
 */
class KyrgyzTajikPlacesTest {
    private static final String CONFLICT = "kyrgyzstan-tajikistan";
    private static Geography geo;

    @BeforeAll
    static void load() throws Exception {
        geo = GeoTestSupport.wof(CONFLICT);
    }

    private static final String[][] EXPECTED = {
        // name, admin1 ("" = none expected), country
        {"Vorukh", "Sughd", "Tajikistan"},
        {"Voruh", "Sughd", "Tajikistan"},
        {"Vorukh enclave", "Sughd", "Tajikistan"},
        {"Isfara", "Sughd", "Tajikistan"},
        {"Isfara district", "Sughd", "Tajikistan"},
        {"Chorkuh", "Sughd", "Tajikistan"},
        {"Chorku", "Sughd", "Tajikistan"},
        {"Shurab", "Sughd", "Tajikistan"},
        {"Navgilem", "Sughd", "Tajikistan"},
        {"Lakkon", "Sughd", "Tajikistan"},
        {"Khujand", "Sughd", "Tajikistan"},
        {"Khodjent", "Sughd", "Tajikistan"},
        {"Kanibadam", "Sughd", "Tajikistan"},
        {"Konibodom", "Sughd", "Tajikistan"},
        {"Ghafurov", "Sughd", "Tajikistan"},
        {"Bobojon Ghafurov district", "Sughd", "Tajikistan"},
        {"Jabbor Rasulov district", "Sughd", "Tajikistan"},
        {"Istaravshan", "Sughd", "Tajikistan"},
        {"Panjakent", "Sughd", "Tajikistan"},
        {"Sughd", "Sughd", "Tajikistan"},
        {"Sughd region", "Sughd", "Tajikistan"},
        {"Sogd", "Sughd", "Tajikistan"},
        {"Kayragach enclave", "Sughd", "Tajikistan"},
        {"Dushanbe", "Dushanbe", "Tajikistan"},
        {"Khatlon", "Khatlon", "Tajikistan"},
        {"Kulob", "Khatlon", "Tajikistan"},
        {"Gorno-Badakhshan", "Gorno-Badakhshan", "Tajikistan"},
        {"Khorugh", "Gorno-Badakhshan", "Tajikistan"},
        {"Batken", "Batken", "Kyrgyzstan"},
        {"Batken region", "Batken", "Kyrgyzstan"},
        {"Batken Oblast", "Batken", "Kyrgyzstan"},
        {"Batken district", "Batken", "Kyrgyzstan"},
        {"Leilek", "Batken", "Kyrgyzstan"},
        {"Leylek", "Batken", "Kyrgyzstan"},
        {"Leilek district", "Batken", "Kyrgyzstan"},
        {"Isfana", "Batken", "Kyrgyzstan"},
        {"Kok-Tash", "Batken", "Kyrgyzstan"},
        {"Kök-Tash", "Batken", "Kyrgyzstan"},
        {"Ak-Sai", "Batken", "Kyrgyzstan"},
        {"Ak-Say", "Batken", "Kyrgyzstan"},
        {"Samarkandek", "Batken", "Kyrgyzstan"},
        {"Tash-Tumshuk", "Batken", "Kyrgyzstan"},
        {"Kapchygai", "Batken", "Kyrgyzstan"},
        {"Bulak-Bashy", "Batken", "Kyrgyzstan"},
        {"Kara-Bak", "Batken", "Kyrgyzstan"},
        {"Kulundu", "Batken", "Kyrgyzstan"},
        {"Kyzyl-Kiya", "Batken", "Kyrgyzstan"},
        {"Sulukta", "Batken", "Kyrgyzstan"},
        {"Khaydarken", "Batken", "Kyrgyzstan"},
        {"Kadamjay", "Batken", "Kyrgyzstan"},
        {"Golovnoy", "Batken", "Kyrgyzstan"},
        {"Golovnoy water intake", "Batken", "Kyrgyzstan"},
        {"Batken–Isfana road", "Batken", "Kyrgyzstan"},
        {"Osh", "Osh City", "Kyrgyzstan"},
        {"Osh region", "Osh", "Kyrgyzstan"},
        {"Jalal-Abad", "Jalal-Abad", "Kyrgyzstan"},
        {"Bishkek", "Bishkek", "Kyrgyzstan"},
        {"Issyk-Kul", "Issyk-Kul", "Kyrgyzstan"},
        {"Karakol", "Issyk-Kul", "Kyrgyzstan"},
        {"Naryn", "Naryn", "Kyrgyzstan"},
        {"Talas", "Talas", "Kyrgyzstan"},
        {"Chuy", "Chuy", "Kyrgyzstan"},
        {"Sokh", "Fergana", "Uzbekistan"},
        {"Shakhimardan", "Fergana", "Uzbekistan"},
        {"Shohimardon", "Fergana", "Uzbekistan"},
    };

    @Test
    void conflictPlaceNamesResolveToTheirUnitAndCountry() {
        new ExpectedPlaces("Kyrgyzstan–Tajikistan places", EXPECTED).assertResolvedBy(geo, 60, 0.95);
    }

    @Test
    void theTajikEnclavesInsideKyrgyzstanAreTajikistan() {
        // Vorukh (WOF point) and the Kayragach enclave are parts of Tajikistan's outline inside Kyrgyzstan's
        assertThat(geo.admin().locate(new GeoPoint(39.85125, 70.58012)).country()).isEqualTo("Tajikistan");
        assertThat(geo.admin().locate(new GeoPoint(40.069, 69.546)).country()).isEqualTo("Tajikistan");
        // the Kyrgyz villages next to them: Ak-Say (WOF) west of Vorukh, and a point between the enclave and Batken town
        assertThat(geo.admin().locate(new GeoPoint(39.87438, 70.52211)).country()).isEqualTo("Kyrgyzstan");
        assertThat(geo.admin().locate(new GeoPoint(39.90, 70.80)).country()).isEqualTo("Kyrgyzstan");
    }

    @Test
    void aProvinceNamedInTheSentenceTellsWhichNamesakeIsMeant() {
        // WOF has an Ak-Tatyr in Naryn region and one in Batken region; "Aksay" alone is a Tajik village first
        String batken = "Mortar rounds fell on Ak-Tatyr in Batken region overnight.";
        assertThat(geo.locate("Ak-Tatyr", batken, ExpectedPlaces.span(batken, "Ak-Tatyr")).admin1()).isEqualTo("Batken");
        String aksay = "Residents of Aksay in Batken region left their homes.";
        Location l = geo.locate("Aksay", aksay, ExpectedPlaces.span(aksay, "Aksay"));
        assertThat(l.country()).isEqualTo("Kyrgyzstan");
        assertThat(l.admin1()).isEqualTo("Batken");
    }

    @Test
    void theBorderAnalysisMeasuresTheKyrgyzTajikBorderAndTheMapShowsTheEnclaves() throws Exception {
        assertThat(geo.border().countries()).containsExactlyInAnyOrder("Kyrgyzstan", "Tajikistan");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(geo.boundariesGeoJson(List.of()));
        List<String> enclaves = new ArrayList<>();
        for (var f : json.path("features")) {
            if (f.path("properties").path("kind").asText().equals("enclave")) {
                enclaves.add(f.path("properties").path("name").asText());
            }
        }
        assertThat(enclaves).filteredOn(n -> n.startsWith("Tajikistan")).hasSizeGreaterThanOrEqualTo(2);
    }

}

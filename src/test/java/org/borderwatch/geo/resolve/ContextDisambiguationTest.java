package org.borderwatch.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Span;
import org.borderwatch.geo.Geography;
import org.junit.jupiter.api.Test;

class ContextDisambiguationTest {
    private final Geography geo = TinyGazetteer.crisis();

    private Location locate(String text, String name) {
        int at = text.indexOf(name);
        return geo.locate(name, text, new Span(at, at + name.length()));
    }

    @Test
    void withoutContextTheTownBeatsTheVillagesOfTheSameName() {
        Location l = locate("Shots were heard in Vardenis overnight.", "Vardenis");
        assertThat(l.placeId()).isEqualTo("vardenis-g");
        assertThat(l.precision()).isEqualTo(GeoPrecision.EXACT);
    }

    @Test
    void aProvinceNamedNearbyPicksItsVillage() {
        Location l = locate("In the Aragatsotn Province, villagers of Vardenis reported a fire.", "Vardenis");
        // two villages of that name in Aragatsotn: the province is certain, the village is not
        assertThat(l.admin1()).isEqualTo("Aragatsotn");
        assertThat(l.placeId()).isNull();
        assertThat(l.precision()).isEqualTo(GeoPrecision.REGION);
        Location nearAparan = locate("In Aragatsotn, north of Aparan, the Vardenis farm burned.", "Vardenis");
        assertThat(nearAparan.placeId()).isEqualTo("vardenis-a2");
    }

    @Test
    void sectionHeadingsCountAsProvinceContext() {
        String text = "Syunik section\n\nOn 3 May positions near Karmrakar came under fire.";
        Location l = locate(text, "Karmrakar");
        assertThat(l.placeId()).isEqualTo("karmrakar-s");
        assertThat(l.admin1()).isEqualTo("Syunik");
    }

    @Test
    void twoVillagesOfOneNameWithoutContextAreNotGuessed() {
        Location l = locate("Karmrakar was quiet.", "Karmrakar");
        assertThat(l.placeId()).isNull();
        assertThat(l.point()).isNull();
        assertThat(l.precision()).isEqualTo(GeoPrecision.REGION);
        assertThat(l.name()).isEqualTo("Karmrakar");
    }

    @Test
    void otherPlacesInTheParagraphPickTheNearerNamesake() {
        Location l = locate("Fire reached Vorotan, a few kilometres from Sisian.", "Vorotan");
        assertThat(l.placeId()).isEqualTo("vorotan-2");
        Location other = locate("The road from Goris passes Vorotan and Shurnukh.", "Vorotan");
        assertThat(other.placeId()).isEqualTo("vorotan-1");
    }

    @Test
    void oldNameOfATownAndAVillageAreToldApartByContext() {
        Location kalbajar = locate("Azerbaijani positions in Kalbajar district, at Istisu, fired.", "Istisu");
        assertThat(kalbajar.placeId()).isEqualTo("istisu");
        assertThat(kalbajar.country()).isEqualTo("Azerbaijan");
        Location jermuk = locate("Shells fell on the spa town of Istisu in Vayots Dzor.", "Istisu");
        assertThat(jermuk.placeId()).isEqualTo("jermuk");
        assertThat(jermuk.admin1()).isEqualTo("Vayots Dzor");
    }

    @Test
    void anUnknownPlaceIsKeptAtTheProvinceNamedNearest() {
        Location l = locate("In the Gegharkunik section, Saradeghy came under fire.", "Saradeghy");
        assertThat(l.name()).isEqualTo("Saradeghy");
        assertThat(l.placeId()).isNull();
        assertThat(l.admin1()).isEqualTo("Gegharkunik");
        assertThat(l.country()).isEqualTo("Armenia");
        assertThat(l.precision()).isEqualTo(GeoPrecision.REGION);
        assertThat(l.point()).isNotNull();
    }

    @Test
    void anUnknownPlaceWithNoProvinceIsKeptAsText() {
        Location l = locate("Nothing more is known about Qwertyvan.", "Qwertyvan");
        assertThat(l.name()).isEqualTo("Qwertyvan");
        assertThat(l.point()).isNull();
        assertThat(l.admin1()).isNull();
    }

    @Test
    void nearMakesThePrecisionCoarser() {
        Location l = geo.locate("near Sotk", "", null);
        assertThat(l.placeId()).isEqualTo("sotk");
        assertThat(l.precision()).isEqualTo(GeoPrecision.NEAR);
        Location alias = geo.locate("Zod", "", null);
        assertThat(alias.placeId()).isEqualTo("sotk");
    }

    @Test
    void kindWordsAroundANameAreRead() {
        assertThat(geo.locate("the village of Sotk", "", null).placeId()).isEqualTo("sotk");
        assertThat(geo.locate("Sotk village", "", null).placeId()).isEqualTo("sotk");
        Location province = geo.locate("the province of Syunik", "", null);
        assertThat(province.placeId()).isEqualTo("r-syu");
        assertThat(province.precision()).isEqualTo(GeoPrecision.REGION);
    }
}

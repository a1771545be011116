package org.borderwatch.geo.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.GeoPrecision;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.Span;
import org.junit.jupiter.api.Test;

/** How an event's place name becomes its location: units go to admin1, the document's spelling stays. */
class EventLocationTest {
    private final GeoEnricher enricher = new GeoEnricher(TinyGazetteer.crisis());

    private Location locate(String text, String name) {
        int at = text.indexOf(name);
        return enricher.locateForEvent(name, text, new Span(at, at + name.length()));
    }

    @Test
    void aProvinceIsRecordedInAdmin1AndNamesNoPlace() {
        Location l = locate("Shots were fired at positions in the Syunik province overnight.", "Syunik province");
        assertThat(l.name()).isNull();
        assertThat(l.admin1()).isEqualTo("Syunik");
        assertThat(l.country()).isEqualTo("Armenia");
        assertThat(l.precision()).isEqualTo(GeoPrecision.REGION);
        assertThat(l.point()).isNotNull();
    }

    @Test
    void aUnitWordAfterTheNameMakesItTheUnit() {
        Location l = locate("Fighting spread to the Gegharkunik and Kalbajar districts.", "Kalbajar");
        assertThat(l.name()).isNull();
        assertThat(l.admin1()).isEqualTo("Kalbajar");
        assertThat(enricher.followedByUnitWord("Kalbajar regions", new Span(0, 8))).isTrue();
        assertThat(enricher.followedByUnitWord("Kalbajar residents", new Span(0, 8))).isFalse();
    }

    @Test
    void aVillageKeepsTheSpellingOfTheDocument() {
        Location l = locate("Troops fired towards Zod on Monday.", "Zod");
        assertThat(l.name()).isEqualTo("Zod"); // the gazetteer's own name is Sotk
        assertThat(l.placeId()).isEqualTo("sotk");
        assertThat(l.admin1()).isEqualTo("Gegharkunik");
        assertThat(l.precision()).isEqualTo(GeoPrecision.EXACT);
    }

    @Test
    void theMentionInsideTheEvidenceIsTheOneRead() {
        String text = "Kalbajar residents left. Later, fighting hit the Syunik and Kalbajar regions.";
        int start = text.indexOf("Later");
        Span at = GeoEnricher.mentionSpan(text, "Kalbajar", new Span(start, text.length()));
        assertThat(at.start()).isEqualTo(text.lastIndexOf("Kalbajar"));
        assertThat(GeoEnricher.mentionSpan(text, "Kalbajar", new Span(0, 5)).start()).isZero();
    }

    @Test
    void aUnitWordBeatsAVillageOfTheSameNameNearTheOtherPlaces() {
        GeoEnricher geo = new GeoEnricher(new TinyGazetteer()
                .place("r-kal", "Kalbajar", 40.10, 46.20, "Kalbajar", "Azerbaijan", org.borderwatch.domain.FeatureClass.REGION, 0)
                .place("r-lac", "Lachin", 39.78, 46.38, "Lachin", "Azerbaijan", org.borderwatch.domain.FeatureClass.REGION, 0)
                .place("v-lac", "Lachin", 40.13, 46.25, "Kalbajar", "Azerbaijan", org.borderwatch.domain.FeatureClass.LOCALITY, 0)
                .build());
        String text = "Fighting hit the Kalbajar\u2013Lachin regions on Tuesday.";
        int at = text.indexOf("Lachin");
        Location l = geo.locateForEvent("Lachin", text, new Span(at, at + 6));
        assertThat(l.admin1()).isEqualTo("Lachin");
        assertThat(l.name()).isNull();
        String village = "Shots were fired in Kalbajar near Lachin on Tuesday.";
        int v = village.indexOf("Lachin");
        assertThat(geo.locateForEvent("Lachin", village, new Span(v, v + 6)).name()).isEqualTo("Lachin");
    }

    @Test
    void aUnitWordClosingAListMakesEveryNameOfItAUnit() {
        String text = "They clashed in the directions of Tovuz, Gadabay and Shusha districts.";
        int at = text.indexOf("Tovuz");
        assertThat(enricher.followedByUnitWord(text, new Span(at, at + 5))).isTrue();
        String villages = "They fired at Sotk and Kut in the Gegharkunik province.";
        int sotk = villages.indexOf("Sotk");
        assertThat(enricher.followedByUnitWord(villages, new Span(sotk, sotk + 4))).isFalse();
    }

    @Test
    void aCapitalThatIsItsOwnUnitIsTheCityUnlessTheTextSaysProvince() {
        GeoEnricher geo = new GeoEnricher(new TinyGazetteer()
                .place("r-cap", "Capitalia", 40.15, 44.52, "Capitalia", "Armenia", org.borderwatch.domain.FeatureClass.REGION, 1_000_000)
                .place("t-cap", "Capitalia", 40.18, 44.51, "Capitalia", "Armenia", org.borderwatch.domain.FeatureClass.LOCALITY, 0,
                        "Kapitalia", "Capitalie", "Kapitale", "Capitalija", "Kapitalija", "Capitalis", "Kapitalis", "Capitalo",
                        "Kapitalo", "Capitaliya")
                .build());
        String city = "Envoys met in Capitalia on Monday.";
        int at = city.indexOf("Capitalia");
        Location l = geo.locateForEvent("Capitalia", city, new Span(at, at + 9));
        assertThat(l.name()).isEqualTo("Capitalia");
        assertThat(l.placeId()).isEqualTo("t-cap");
        String unit = "Shots were heard in the Capitalia province on Monday.";
        int u = unit.indexOf("Capitalia");
        assertThat(geo.locateForEvent("Capitalia", unit, new Span(u, u + 9)).name()).isNull();
    }
}

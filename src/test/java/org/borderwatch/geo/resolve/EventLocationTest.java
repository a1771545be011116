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
        assertThat(GeoEnricher.followedByUnitWord("Kalbajar regions", new Span(0, 8))).isTrue();
        assertThat(GeoEnricher.followedByUnitWord("Kalbajar residents", new Span(0, 8))).isFalse();
    }

    @Test
    void aVillageKeepsTheSpellingOfTheDocument() {
        Location l = locate("Troops fired towards Zod on Monday.", "Zod");
        assertThat(l.name()).isEqualTo("Zod"); // the gazetteer's own name is Sotk
        assertThat(l.placeId()).isEqualTo("sotk");
        assertThat(l.admin1()).isEqualTo("Gegharkunik");
        assertThat(l.precision()).isEqualTo(GeoPrecision.EXACT);
    }
}

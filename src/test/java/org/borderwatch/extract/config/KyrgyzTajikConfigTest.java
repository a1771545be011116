package org.borderwatch.extract.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.Extractor;
import org.borderwatch.extract.TestDocuments;
import org.borderwatch.extract.mention.ConfiguredPlaceSpotter;
import org.junit.jupiter.api.Test;

/**
 * The shipped second conflict, kyrgyzstan-tajikistan, loads and codes its countries, actors and places with no
 * gazetteer, through configuration alone. The sentences are invented (events of 2031 that never happened).
 */
class KyrgyzTajikConfigTest {
    private final ConflictConfig config = ConflictConfig.fromClasspath("kyrgyzstan-tajikistan");
    private final Extractor extractor = new Extractor(config, new ConfiguredPlaceSpotter(config), null);

    private Event only(String text) {
        List<Event> events = extractor.extract(TestDocuments.of(text, "2031-06-10"));
        assertThat(events).as(text).hasSize(1);
        return events.get(0);
    }

    private static Location place(Event e) {
        assertThat(e.locations()).as("places of %s", e).isNotEmpty();
        return e.locations().get(0);
    }

    @Test
    void theFolderLoadsWithBothSidesTheirForcesAndTheirSpellings() {
        assertThat(config.sides()).containsExactly("Kyrgyzstan", "Tajikistan");
        assertThat(config.regions()).isEmpty(); // the enclaves are recognised parts of the countries holding them
        assertThat(config.country("Kyrgyzstan").orElseThrow().adjectives()).contains("Kyrgyz", "Kirghiz");
        assertThat(config.country("Tajikistan").orElseThrow().adjectives()).contains("Tajik", "Tadjik");
        assertThat(config.actorFor("Kyrgyzstan", "military").orElseThrow().name()).isEqualTo("Military Forces of Kyrgyzstan");
        assertThat(config.actorFor("Tajikistan", "government").orElseThrow().name()).isEqualTo("Government of Tajikistan");
        assertThat(config.place("Vorukh").orElseThrow().country()).isEqualTo("Tajikistan");
        assertThat(config.place("Leylek").orElseThrow().admin1()).isEqualTo("Batken");
    }

    @Test
    void borderGuardsOfBothSidesFightingInKyrgyzstan() {
        Event e = only("On 3 June 2031 Kyrgyz border guards and Tajik troops exchanged fire near Kok-Tash. "
                + "Two Kyrgyz servicemen were killed.");
        assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(List.of(e.actor1(), e.actor2()))
                .containsExactlyInAnyOrder("Military Forces of Kyrgyzstan", "Military Forces of Tajikistan");
        assertThat(place(e).country()).isEqualTo("Kyrgyzstan");
        assertThat(place(e).admin1()).isEqualTo("Batken");
        assertThat(e.fatalities().low()).isEqualTo(2);
    }

    @Test
    void shellingOfAKyrgyzVillageByTajikForces() {
        Event e = only("On 4 June 2031 Tajik forces shelled the village of Ak-Sai in Batken district.");
        assertThat(e.subEventType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(e.actor1()).isEqualTo("Military Forces of Tajikistan");
        assertThat(place(e).name()).isEqualTo("Ak-Sai");
        assertThat(place(e).country()).isEqualTo("Kyrgyzstan");
    }

    @Test
    void theVorukhEnclaveIsTajikistanAndOldSpellingsNameTheSameForces() {
        Event vorukh = only("On 5 June 2031 Kyrgyz troops fired mortars at Vorukh.");
        assertThat(vorukh.actor1()).isEqualTo("Military Forces of Kyrgyzstan");
        assertThat(place(vorukh).country()).isEqualTo("Tajikistan");
        assertThat(place(vorukh).admin1()).isEqualTo("Sughd");

        Event isfara = only("On 7 June 2031 Kirghiz soldiers clashed with Tadjik border guards near Isfara.");
        assertThat(List.of(isfara.actor1(), isfara.actor2()))
                .containsExactlyInAnyOrder("Military Forces of Kyrgyzstan", "Military Forces of Tajikistan");
        assertThat(place(isfara).country()).isEqualTo("Tajikistan");
    }

    @Test
    void governmentsSignAndPoliceArrest() {
        Event truce = only("On 6 June 2031 the presidents of Kyrgyzstan and Tajikistan signed a ceasefire agreement in Dushanbe.");
        assertThat(truce.subEventType()).isEqualTo(SubEventType.AGREEMENT);
        assertThat(List.of(truce.actor1(), truce.actor2()))
                .containsExactlyInAnyOrder("Government of Kyrgyzstan", "Government of Tajikistan");
        assertThat(place(truce).country()).isEqualTo("Tajikistan");

        Event arrest = only("On 8 June 2031 Kyrgyz police detained three Tajik citizens in Leilek district.");
        assertThat(arrest.subEventType()).isEqualTo(SubEventType.ARRESTS);
        assertThat(arrest.actor1()).isEqualTo("Police Forces of Kyrgyzstan");
        assertThat(place(arrest).admin1()).isEqualTo("Batken");
    }

    @Test
    void aTownNamedWithItsCountrysAdjectiveIsInThatCountry() {
        Event e = only("On 5 June 2031 the Kyrgyz and Tajik presidents met in the Uzbek city of Nurgazar.");
        assertThat(place(e).country()).isEqualTo("Uzbekistan");
    }
}

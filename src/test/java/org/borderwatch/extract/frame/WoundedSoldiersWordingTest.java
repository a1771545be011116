package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A soldier's home town, the hospital he was brought to, the day he died of his wounds and the seat of the body that
 * reports it, on an invented conflict.
 */
class WoundedSoldiersWordingTest {

    private static List<String> places(List<Event> events) {
        return events.stream().flatMap(e -> e.locations().stream()).map(Location::name).distinct().toList();
    }

    @Test
    void aWoundedSoldiersHomeTownAndHospitalAreNotWhereHeWasHurt() {
        List<Event> events = InventedConflict.extract("Sergeant Aram Tell, 21, of Fenwick, was wounded near Kesta"
                + " on 13 May and died in a Westholm hospital.", "2023-06-01");
        assertThat(places(events)).containsExactly("Kesta");
    }

    @Test
    void aDeathOfWoundsOnALaterDayIsNoSecondAct() {
        List<Event> events = InventedConflict.extract("A Northian soldier was wounded near Kesta on 13 May and died"
                + " in hospital on 18 May.", "2023-06-01");
        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 13)));
    }

    @Test
    void shellingOfATownsHospitalIsInThatTown() {
        List<Event> events = InventedConflict.extract("On 13 May Southian artillery shelled the Lorva hospital.",
                "2023-06-01");
        assertThat(places(events)).containsExactly("Lorva");
    }

    @Test
    void aWoundedManTakenToAHospitalIsHurtWhereTheFightWas() {
        List<Event> events = InventedConflict.extract("On 13 May a Northian soldier was wounded in a clash near Kesta"
                + " and taken to the Tarn regional hospital.", "2023-06-01");
        assertThat(places(events)).containsExactly("Kesta");
    }

    @Test
    void theSeatOfABodyThatSpeaksIsNoPlaceOfWhatItTells() {
        List<Event> events = InventedConflict.extract("On 16 May 2023 the Tarn regional administration said residents"
                + " of Kesta and Lorva were being evacuated.", "2023-06-01");
        assertThat(places(events)).containsExactlyInAnyOrder("Kesta", "Lorva");
        assertThat(places(InventedConflict.extract("On 16 May 2023 the Tarn regional administration said shells hit"
                + " the town.", "2023-06-01"))).containsExactly("Tarn");
    }
}

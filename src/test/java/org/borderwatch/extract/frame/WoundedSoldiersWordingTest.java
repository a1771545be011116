package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A soldier's home town, the hospital he was brought to, the day he died of his wounds and the seat of the body that
 * reports it, on an invented conflict.
 */
class WoundedSoldiersWordingTest {

    @Test
    void aWoundedSoldiersHomeTownAndHospitalAreNotWhereHeWasHurt() {
        List<Event> events = InventedConflict.extract("Sergeant Aram Tell, 21, of Fenwick, was wounded near Kesta"
                + " on 13 May and died in a Westholm hospital.", "2023-06-01");
        assertThat(InventedConflict.placeNames(events)).containsExactly("Kesta");
    }

    @Test
    void aSoldiersHomeToldAsANativeOfAPlaceOrAfterHisRankedNameIsNotWhereHeFell() {
        for (String sentence : List.of(
                "Sergeant Aram Tell, 23, a native of Fenwick district, and Private Ivo Marr, 20, from the town of Tarn,"
                        + " were killed on 29 April 2021 when Southian troops opened fire on a post near Kesta.",
                "Lieutenant Ivo Marr of Tarn was killed on 29 April 2021 when his unit came under mortar fire near Kesta.")) {
            assertThat(InventedConflict.placeNames(InventedConflict.extract(sentence, "2022-10-05"))).as(sentence).containsExactly("Kesta");
        }
        // a civilian's town after his age is often where the shell fell
        assertThat(InventedConflict.placeNames(InventedConflict.extract("On 29 April 2021 a farmer, 54, from Lorva was killed by shelling.",
                "2022-10-05"))).containsExactly("Lorva");
    }

    @Test
    void aDeathOfWoundsOnALaterDayIsNoSecondAct() {
        List<Event> events = InventedConflict.extract("A Northian soldier was wounded near Kesta on 13 May and died"
                + " in hospital on 18 May.", "2023-06-01");
        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 13)));
    }

    @Test
    void aDeathToldBeforeTheWoundsItCameOfIsDatedByTheWounding() {
        List<Event> events = InventedConflict.extract("Private Ivo Marr died two days later, on 1 May 2021, of wounds he"
                + " received when his unit came under mortar fire near Kesta on 29 April.", "2022-10-05");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 4, 29));
            assertThat(e.fatalities().best()).isEqualTo(1);
        });
    }

    @Test
    void aWoundedSoldierWhoDiedTheNextMorningIsTheWoundingsToll() {
        List<Event> events = InventedConflict.extract("Sergeant Ivo Marr was fatally wounded on 27 January 2022 in a"
                + " shootout near Kesta. Southia blamed the Northian side for the incident. Marr died in the Tarn hospital"
                + " the next morning.", "2022-10-05");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 1, 27));
            assertThat(e.fatalities().best()).isEqualTo(1);
        });
    }

    @Test
    void aBurialInAPlaceNamedForTheFallenIsNoDeath() {
        assertThat(InventedConflict.extract("On 17 November 2021 the servicemen were laid to rest in their home districts"
                + " and in the Alley of Martyrs in Northport.", "2021-11-18")).isEmpty();
    }

    @Test
    void shellingOfATownsHospitalIsInThatTown() {
        List<Event> events = InventedConflict.extract("On 13 May Southian artillery shelled the Lorva hospital.",
                "2023-06-01");
        assertThat(InventedConflict.placeNames(events)).containsExactly("Lorva");
    }

    @Test
    void aWoundedManTakenToAHospitalIsHurtWhereTheFightWas() {
        List<Event> events = InventedConflict.extract("On 13 May a Northian soldier was wounded in a clash near Kesta"
                + " and taken to the Tarn regional hospital.", "2023-06-01");
        assertThat(InventedConflict.placeNames(events)).containsExactly("Kesta");
    }

    @Test
    void theSeatOfABodyThatSpeaksIsNoPlaceOfWhatItTells() {
        List<Event> events = InventedConflict.extract("On 16 May 2023 the Tarn regional administration said residents"
                + " of Kesta and Lorva were being evacuated.", "2023-06-01");
        assertThat(InventedConflict.placeNames(events)).containsExactlyInAnyOrder("Kesta", "Lorva");
        assertThat(InventedConflict.placeNames(InventedConflict.extract("On 16 May 2023 the Tarn regional administration said shells hit"
                + " the town.", "2023-06-01"))).containsExactly("Tarn");
    }
}

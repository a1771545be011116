package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A page's posts stamped with weekday, day and hour, and places that are people's names, on an invented conflict. */
class SocialPostsAndPersonNamesWordingTest {

    @Test
    void aPostsStampIsTheDayOfItsThisMorning() {
        String page = "Kesta Community - Mayor's Office\n\n"
                + "Friday 19 April 2024 at 22:48 \u00b7 Public\n"
                + "This evening the border commissions of Northia and Southia met in Westholm.\n\n"
                + "Saturday 20 April 2024 at 11:05 \u00b7 Public\n"
                + "Dozens of Lorva residents gathered peacefully at the village entrance this morning, demanding answers.\n";
        assertThat(InventedConflict.extractRaw(page, "2024-04-26"))
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(EventType.STRATEGIC_DEVELOPMENTS);
                    assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 4, 19));
                })
                .anySatisfy(e -> {
                    assertThat(e.eventType()).isEqualTo(EventType.PROTESTS);
                    assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 4, 20));
                });
    }

    @Test
    void aVillagesNameBesideASurnameNamesAPerson() {
        assertThat(InventedConflict.placeNames(InventedConflict.extractRaw("Still held\n\n- three former ministers of Northia,"
                + " Lorva Brandsen, Kesta Holmsen and Tomas Holt, who were detained by the Southian service in Tarn on"
                + " 3 October 2023.\n", "2023-10-05"))).doesNotContain("Lorva", "Kesta");
    }

    @Test
    void aVillageBesideACountrysAdjectiveIsStillAPlace() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("On 3 October 2023 Southian artillery shelled Kesta"
                + " Northian positions.", "2023-10-05"))).contains("Kesta");
    }

    @Test
    void aPagesStampWithItsDayAndHourDatesTheUrgentPostUnderIt() {
        String page = "Highlands Governor - Posts\n\n"
                + "19 September at 20:05 \u00b7 Public\n"
                + "Today the two councils signed a protocol on pulling troops back from the border.\n\n"
                + "16 September at 08:05 \u00b7 Public\n"
                + "URGENT\n"
                + "Since early morning Kesta and Lorva have been under mortar fire from the Southian side.\n";
        assertThat(InventedConflict.extractRaw(page, "2022-10-04"))
                .filteredOn(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                .isNotEmpty().allSatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 9, 16)));
    }

    @Test
    void aPagesStampCountedFromTheDayItWasReadDatesItsPost() {
        String page = "Kesta Community - Posts\n\n"
                + "Yesterday at 18:42 \u00b7 Public\n"
                + "This morning Southian guards detained two shepherds near Kesta.\n";
        assertThat(InventedConflict.extractRaw(page, "2022-10-04"))
                .anySatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 10, 3)));
    }

    @Test
    void aWeekdayAndItsDayInFiguresNeedNoPauseAfterThem() {
        assertThat(InventedConflict.extract("Before dawn on Friday the 16th mortar bombs fired from the Southian side fell on"
                + " Kesta.", "2022-10-07"))
                .anySatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 9, 16)));
    }

    @Test
    void aGivenNameAfterAKinWordIsAPerson() {
        assertThat(InventedConflict.placeNames(InventedConflict.extract("Our thoughts are with his parents, his brother Lorva,"
                + " and the families of the three soldiers killed near Kesta on 8 February 2024.", "2024-02-10")))
                .doesNotContain("Lorva");
    }
}

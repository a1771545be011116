package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** "On this day" almanacs: a calendar day heads entries that each open with their year, on an invented conflict. */
class AlmanacEntriesWordingTest {
    private static final String ALMANAC = "THE NORTHERN ALMANAC\n\nOn this day | Thursday, 19 September 2024\n\n"
            + "Each week we look back at what happened in the region on the coming days.\n\n"
            + "=== 19 SEPTEMBER ===\n\n"
            + "2022 - In Westholm, the foreign ministers of Northia and Southia met for talks on the border.\n\n"
            + "2023 - Southian troops attacked Northian positions near Kesta. Houses in Lorva came under artillery fire"
            + " that afternoon.\n\n"
            + "=== 20 SEPTEMBER ===\n\n"
            + "2023 - The same day, a car carrying monitors was fired on near Pellin, and two of them were killed.\n";

    @Test
    void anEntryTakesTheHeadingsDayInTheYearItOpensWith() {
        assertThat(InventedConflict.extractRaw(ALMANAC, "2024-09-19")).extracting(Event::date).extracting(d -> d.start())
                .containsExactlyInAnyOrder(LocalDate.of(2022, 9, 19), LocalDate.of(2023, 9, 19), LocalDate.of(2023, 9, 19),
                        LocalDate.of(2023, 9, 20));
    }

    @Test
    void aHeadingThatStatesItsYearKeepsItsOwnDay() {
        String digest = "Border digest\n\n=== 19 September 2023 ===\n\n"
                + "2023: a year of tension. Southian troops attacked Northian positions near Kesta.\n";
        assertThat(InventedConflict.extractRaw(digest, "2023-09-20")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2023, 9, 19));
    }
}

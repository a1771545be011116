package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Days a speaker gives by looking back from the day of speaking (a funeral address, a witness's memory), on an invented
 * conflict: a month counted back in years, then a weekday and a spoken ordinal inside it, or a bare ordinal after a
 * part of the day.
 */
class SpokenLookBacksWordingTest {


    private static final String APRIL_YEARS_AGO = "Words at the grave\n\nYou all remember April four years ago. On the"
            + " Wednesday, the twenty-eighth, Southian troops shelled Lorva.\n";

    @Test
    void aMonthCountedBackInYearsHoldsTheWeekdayAndOrdinalAfterIt() {
        // 28 April 2021 was a Wednesday; without the month the last Wednesday the 28th before the speech is August 2024
        assertThat(InventedConflict.startDaysOfRaw(APRIL_YEARS_AGO, "2025-04-11")).containsExactly(LocalDate.of(2021, 4, 28));
        // spoken in 2023, the month is April 2019, whose 28th was a Sunday: the weekday is not read in it
        assertThat(InventedConflict.startDaysOfRaw(APRIL_YEARS_AGO, "2023-04-13")).doesNotContain(LocalDate.of(2019, 4, 28));
    }

    @Test
    void aDateOpeningALabelledTurnDatesTheClauseAfterItsSemicolon() {
        // a review's "Disliked:" labels the turn; the date after it still sets the scene of the whole sentence
        String review = "Guest reviews\n\nDisliked: In the early morning of 13 September 2022 we were woken by explosions;"
                + " the owner said Southian shells were falling on Kesta.\n";
        assertThat(InventedConflict.startDaysOfRaw(review, "2023-10-05")).containsExactly(LocalDate.of(2022, 9, 13));
    }

    @Test
    void aSpokenOrdinalAfterAPartOfTheDayIsADayOfTheMonthTold() {
        String speech = "Words at the grave\n\nLast September he served above Kesta. In the first hours of the"
                + " thirteenth Southian artillery shelled Kesta.\n";
        assertThat(InventedConflict.startDaysOfRaw(speech, "2023-04-13")).containsExactly(LocalDate.of(2022, 9, 13));
        String after = "Words at the grave\n\nLast September he served above Kesta. Southian artillery shelled Kesta"
                + " until the evening of the fourteenth.\n";
        assertThat(InventedConflict.startDaysOfRaw(after, "2023-04-13")).containsExactly(LocalDate.of(2022, 9, 14));
        // an ordinal before a noun counts things: the thirteenth attack, not the thirteenth day
        String count = "Words at the grave\n\nLast September he served above Kesta. In the evening of the thirteenth"
                + " attack Southian artillery shelled Kesta.\n";
        assertThat(InventedConflict.startDaysOfRaw(count, "2023-04-13")).doesNotContain(LocalDate.of(2022, 9, 13));
    }
}

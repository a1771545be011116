package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Days a speaker gives by looking back from the day of speaking (a funeral address, a witness's memory), on an invented
 * conflict: a month counted back in years, then a weekday and a spoken ordinal inside it, or a bare ordinal after a
 * part of the day.
 */
class SpokenLookBacksWordingTest {

    private static List<LocalDate> days(String raw, String published) {
        return InventedConflict.startDays(InventedConflict.extractRaw(raw, published));
    }

    @Test
    void aMonthCountedBackInYearsHoldsTheWeekdayAndOrdinalAfterIt() {
        // 28 April 2021 was a Wednesday; without the month the last Wednesday the 28th before the speech is August 2024
        String speech = "Words at the grave\n\nYou all remember April four years ago. On the Wednesday, the"
                + " twenty-eighth, Southian troops shelled Lorva.\n";
        assertThat(days(speech, "2025-04-11")).containsExactly(LocalDate.of(2021, 4, 28));
    }

    @Test
    void aWeekdayThatDoesNotFallOnTheDayInTheToldMonthIsNotReadInIt() {
        // 28 April 2019 was a Sunday: the month told does not hold a Wednesday the 28th
        String speech = "Words at the grave\n\nYou all remember April four years ago. On the Wednesday, the"
                + " twenty-eighth, Southian troops shelled Lorva.\n";
        assertThat(days(speech, "2023-04-13")).doesNotContain(LocalDate.of(2019, 4, 28));
    }

    @Test
    void aDateOpeningALabelledTurnDatesTheClauseAfterItsSemicolon() {
        // a review's "Disliked:" labels the turn; the date after it still sets the scene of the whole sentence
        String review = "Guest reviews\n\nDisliked: In the early morning of 13 September 2022 we were woken by explosions;"
                + " the owner said Southian shells were falling on Kesta.\n";
        assertThat(days(review, "2023-10-05")).containsExactly(LocalDate.of(2022, 9, 13));
    }

    @Test
    void aSpokenOrdinalAfterAPartOfTheDayIsADayOfTheMonthTold() {
        String speech = "Words at the grave\n\nLast September he served above Kesta. In the first hours of the"
                + " thirteenth Southian artillery shelled Kesta.\n";
        assertThat(days(speech, "2023-04-13")).containsExactly(LocalDate.of(2022, 9, 13));
        String after = "Words at the grave\n\nLast September he served above Kesta. Southian artillery shelled Kesta"
                + " until the evening of the fourteenth.\n";
        assertThat(days(after, "2023-04-13")).containsExactly(LocalDate.of(2022, 9, 14));
        // an ordinal before a noun counts things: the thirteenth attack, not the thirteenth day
        String count = "Words at the grave\n\nLast September he served above Kesta. In the evening of the thirteenth"
                + " attack Southian artillery shelled Kesta.\n";
        assertThat(days(count, "2023-04-13")).doesNotContain(LocalDate.of(2022, 9, 13));
    }
}

package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a read-only review found coded worse by the first draft of rules-2.39, on an invented conflict: each guard
 * holds the reading a careful coder gives them.
 */
class ReviewedWordingGuards239Test {


    @Test
    void aHeadlinesQuestionGivesNoYearToTheStoryUnderIt() {
        assertThat(InventedConflict.startDaysOfRaw("Will the truce of March 2023 hold?\n\nOn 9 March, Northian troops shelled Kesta, the Southian"
                + " ministry said.\n", "2024-03-12")).containsExactly(LocalDate.of(2024, 3, 9));
    }

    @Test
    void duringThoseDaysKeepsTheFirstOfTheDaysTold() {
        assertThat(InventedConflict.startDaysOfRaw("Southian forces shelled Kesta on 4 and 5 June 2023. During those days, Northian troops also fired on"
                + " Riverton.\n", "2023-06-10")).containsExactly(LocalDate.of(2023, 6, 4), LocalDate.of(2023, 6, 4));
    }

    @Test
    void aStatementsDayStillDatesWhatItSaidWhenTheOtherDayIsTheTalks() {
        assertThat(InventedConflict.startDaysOfRaw("The 3 May statement, issued after talks on 1 May, said Southian forces had shelled Kesta.\n",
                "2023-05-06")).containsExactly(LocalDate.of(2023, 5, 3));
    }

    @Test
    void anOrdinalOfThisMonthIsThisMonthsDay() {
        assertThat(InventedConflict.startDaysOfRaw("Talks stalled in April 2021, and on the 3rd of this month Southian forces shelled Amberly again.\n",
                "2023-06-10")).doesNotContain(LocalDate.of(2021, 4, 3));
    }

    @Test
    void aFightOnThatDayIsTimedNotTakenUpByTheTalks() {
        assertThat(InventedConflict.extractRaw("Ministers met in Westholm on 8 May 2023, and on that day the shelling of Kesta"
                + " resumed.\n", "2023-05-09")).extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void aSectionAfterAnAlmanacsEntryCountsFromThePagesDay() {
        assertThat(InventedConflict.startDaysOfRaw("ON THIS DAY\n\n=== 19 SEPTEMBER ===\n\n2022 - Northian troops shelled Kesta.\n\n=== TODAY ===\n\n"
                + "Yesterday, Southian forces shelled Lorva, the Northian ministry said.\n", "2024-09-19"))
                .containsExactly(LocalDate.of(2022, 9, 19), LocalDate.of(2024, 9, 18));
        assertThat(InventedConflict.startDaysOfRaw("THE BORDER LETTER\n\nON THIS DAY\n\n12 March\n\n2003 - Northian troops crossed into Southia near"
                + " Dunmore.\n\nNEWS\n\nOn Monday, Southian forces shelled Lorva, killing a farmer.\n", "2024-03-12"))
                .contains(LocalDate.of(2024, 3, 11));
    }
}

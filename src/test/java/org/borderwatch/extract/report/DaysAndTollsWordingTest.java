package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Days and tolls as news and chronologies give them, on invented sentences of an invented conflict. */
class DaysAndTollsWordingTest {
    @Test
    void theYearsVictimsWereBornInDateNothing() {
        assertThat(InventedConflict.extract("Southian troops shelled Kesta on 3 May 2023.\n\n"
                + "Two residents of the village, born in 1987 and 1994, were killed.", "2023-05-04"))
                .isNotEmpty().allSatisfy(e -> assertThat(e.date().start().getYear()).isEqualTo(2023));
    }

    @Test
    void aTollRaisedFromAnEarlierFigureKeepsOnlyTheNewFigure() {
        assertThat(InventedConflict.extract(
                "On 3 May 2023 Southian shelling of Kesta killed 12 civilians, up from 5 dead reported in the morning.", "2023-05-10"))
                .extracting(e -> e.fatalities().best()).containsExactly(12);
    }

    @Test
    void aTollRaisedDaysLaterIsTheTollOfTheFightAlreadyTold() {
        String text = "On 3 May 2023 Southian and Northian troops clashed near Kesta, and four soldiers were killed.\n\n"
                + "On 5 May Northia raised its toll to nine dead.";
        assertThat(InventedConflict.extract(text, "2023-05-06")).singleElement()
                .satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 3)));
    }

    @Test
    void aDayOpeningTheSentenceDatesItsActsAndTheirToll() {
        // "On 3 May 2023 Southian shelling" is the day of a report, not "the 3 May 2023 shelling" named as a thing
        assertThat(InventedConflict.extract("On 3 May 2023 Southian shelling of Kesta killed 7 civilians.", "2023-05-10"))
                .singleElement().satisfies(e -> {
                    assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 3));
                    assertThat(e.fatalities().low()).isEqualTo(7);
                });
    }

    @Test
    void aTreatyNamedByItsYearLeavesTheReportOnTheStorysDay() {
        String text = "On 3 May 2023 Southian troops shelled Kesta.\n\n"
                + "The Northian premier phoned the Eastland president and asked for help under the 1997 treaty.";
        assertThat(InventedConflict.extract(text, "2023-05-04"))
                .filteredOn(e -> e.subEventType() == SubEventType.OTHER)
                // the call and the request made after it are two acts, as the golds code them; both on the story's day
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 5, 3), LocalDate.of(2023, 5, 3));
    }

    @Test
    void aMonthsFightingNamedFirstJoinsOnlyTheFirstDayToldAfterIt() {
        String text = "The May fighting took the heaviest toll.\n\n"
                + "On 14 May 2022, a Northian sergeant was killed near Kesta when Southian forces fired on his patrol. Two days"
                + " later, five soldiers were killed when their post near Lorva came under heavy artillery fire.";
        assertThat(InventedConflict.extract(text, "2022-10-05")).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2022, 5, 14), LocalDate.of(2022, 5, 16));
    }
}

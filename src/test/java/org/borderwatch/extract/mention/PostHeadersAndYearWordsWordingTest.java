package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Dates that posts, bulletins and recollections give in their own way: a weekday and a day in figures over each post,
 * "that year" after a year told a sentence before, a month with "of last year" and no word before it; and a toll
 * stated as a level, on an invented conflict.
 */
class PostHeadersAndYearWordsWordingTest {

    @Test
    void aPostUnderAWeekdayAndADayInFiguresWithItsTimeTellsTodayFromThatDay() {
        List<Event> events = InventedConflict.extractRaw("Posts of the Kesta village head\n\n---\nWednesday 14.09, 18:40\n"
                + "Shots were exchanged today near Kesta. No one is hurt.\n\n---\nFriday 16.09, 07:15\n"
                + "Southian shells fell this morning on Kesta, two houses are damaged.\n", "2022-09-20");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 16));
    }

    @Test
    void aDayFollowedByThatYearTakesTheYearToldBefore() {
        List<Event> events = InventedConflict.extract("Older members remember how the trouble started in 2021. On 29 April"
                + " that year the shooting reached Kesta itself.", "2023-05-10");
        assertThat(events).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2021, 4, 29));
    }

    @Test
    void aMonthOfLastYearWithNoWordBeforeItIsThatMonth() {
        List<Event> events = InventedConflict.extract("We remember April of last year, when the fighting reached Lorva.",
                "2023-05-10");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 4, 1));
            assertThat(e.date().precision()).isEqualTo(DatePrecision.MONTH);
        });
    }

    @Test
    void aTollFromANamedClashRisenToAFigureIsThatClashsToll() {
        List<Event> events = InventedConflict.extract("The death toll from Tuesday's clash near Kesta has risen to 14, the"
                + " Northian defence ministry said on Thursday.", "2023-05-04");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.eventType()).isEqualTo(EventType.BATTLES);
            assertThat(e.fatalities().low()).isEqualTo(14);
        });
    }

    @Test
    void aPostSignedBeforeItsStampTellsTodayFromItsOwnDayAndIsAReportOfItsOwn() {
        List<Event> events = InventedConflict.extractRaw("Posts from Kesta\n\n-----\nA. Vardanyan \u2713 \u00b7 Monday, 13 July 2020"
                + " at 07:05 \u00b7 Public\nAround 3 a.m. two Southian shells landed at the edge of Kesta.\n\n-----\n"
                + "A. Vardanyan \u2713 \u00b7 Tuesday, 14 July 2020 at 16:30 \u00b7 Public\nThe ministry announced that two"
                + " officers were killed today on our section of the border.\n", "2020-07-16");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2020, 7, 13), LocalDate.of(2020, 7, 14));
    }
}

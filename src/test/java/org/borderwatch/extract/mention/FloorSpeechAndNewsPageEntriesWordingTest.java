package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Days a speaker on the floor gives by their spelled ordinal or by "last year, in April", and a club's news page whose
 * entries are headed by their day in figures and their section, on an invented conflict.
 */
class FloorSpeechAndNewsPageEntriesWordingTest {

    private static final String SPEECH = """
            PLENARY SESSION

            Wednesday, 21 September 2022

            DEPUTY ARNSEN: I was in Kesta on Saturday and Sunday. On the fourteenth, at Kesta, Southian border guards \
            opened fire on our outpost. On the sixteenth in the morning Southian troops shelled Lorva with mortars.
            """;

    @Test
    void aSpelledDayBeforeTheStorysDayIsOfItsMonthWhenTheNextMonthIsStillToCome() {
        assertThat(InventedConflict.startDaysOfRaw(SPEECH, "2022-09-21"))
                .contains(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 16));
    }

    @Test
    void yearWordsWithAPauseBeforeTheMonthGiveItsYear() {
        assertThat(InventedConflict.extractRaw("DEPUTY ARNSEN: Esteemed colleagues, last year, in April, in the fighting"
                + " around Lorva, Southian troops killed 36 of our people.", "2022-09-21"))
                .extracting(Event::date).anyMatch(d -> d.precision() == DatePrecision.MONTH
                        && d.start().equals(LocalDate.of(2021, 4, 1)));
    }

    @Test
    void aNewsPagesEntryCountsItsWeekdaysFromTheDayThatHeadsIt() {
        String page = """
                KESTA ROVERS - Official website

                18.11.2024 | Club statement
                Saturday's home match postponed

                The board informs supporters that Saturday's home match will not take place. Southian forces shelled \
                Lorva on Tuesday afternoon.

                29.07.2024 | Club
                Minute's silence on Saturday

                Three servicemen were killed by Southian fire on Wednesday near Amberly. The players will wear black \
                armbands on Saturday.
                """;
        assertThat(InventedConflict.startDaysOfRaw(page, "2024-11-18"))
                .contains(LocalDate.of(2024, 11, 12), LocalDate.of(2024, 7, 24));
    }
}

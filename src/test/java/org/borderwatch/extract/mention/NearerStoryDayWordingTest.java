package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A day of the month told without its month, read at the nearer of the story's month and the next, on an invented conflict. */
class NearerStoryDayWordingTest {

    /** The days of the events the text's extraction keeps that match {@code which}. */
    private static List<LocalDate> daysOf(String raw, String published, Predicate<Event> which) {
        return InventedConflict.startDays(InventedConflict.extractRaw(raw, published).stream().filter(which).toList());
    }

    @Test
    void aSpokenDayJustBeforeTheStorysDayIsInTheStorysMonth() {
        String transcript = "Episode 12 transcript\n\nHOST: Southian forces shelled Lorva on 30 April 2021."
                + " GUEST: Right, and a ceasefire was agreed on the twenty-ninth, which nobody kept.\n";
        assertThat(daysOf(transcript, "2023-03-01", e -> e.subEventType() == SubEventType.AGREEMENT))
                .containsExactly(LocalDate.of(2021, 4, 29));
    }

    @Test
    void aDayEarlyInTheMonthAfterAMonthsLastDaysIsInTheNextMonth() {
        String transcript = "Episode 12 transcript\n\nHOST: Southian forces shelled Lorva on 29 April 2021."
                + " GUEST: Then on the 2nd, Southian troops shelled Kesta again.\n";
        assertThat(daysOf(transcript, "2023-03-01", e -> e.locations().stream().anyMatch(l -> l.name().equals("Kesta"))))
                .containsExactly(LocalDate.of(2021, 5, 2));
    }

    @Test
    void aDayInFiguresAfterAPartOfTheDayIsADayOfTheStorysMonth() {
        String story = "Village story\n\nSouthian troops shelled Kesta on 13 September 2022. A ceasefire was announced"
                + " on the evening of the 14th.\n";
        assertThat(daysOf(story, "2023-06-02", e -> e.subEventType() == SubEventType.AGREEMENT))
                .containsExactly(LocalDate.of(2022, 9, 14));
    }
}

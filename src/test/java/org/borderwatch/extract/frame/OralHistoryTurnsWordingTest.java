package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * An oral-history transcript, on an invented conflict: the interviewer's turn names the month, and the answer tells
 * its days by the month's days and weekdays alone.
 */
class OralHistoryTurnsWordingTest {

    private static List<LocalDate> days(String raw) {
        return InventedConflict.startDays(InventedConflict.extractRaw(raw, "2025-05-05"));
    }

    @Test
    void aMonthNamedAloneInATurnDatesTheActsTheAnswerTells() {
        String transcript = "Interview, recorded 12 April 2025\n\n[00:04:12] INTERVIEWER: When did it start?\n\n"
                + "[00:04:20] MARA K.: January 2014. The border guards near Kesta started shooting at each other.\n";
        assertThat(days(transcript)).containsExactly(LocalDate.of(2014, 1, 1));
    }

    @Test
    void aSpokenDayBeforeItsSubjectIsADayOfTheMonthTheQuestionNamed() {
        String transcript = "Interview, recorded 12 April 2025\n\n[00:19:20] INTERVIEWER: And September 2022.\n\n"
                + "[00:19:27] MARA K.: On the fourteenth we heard there was shooting at Lorva.\n";
        assertThat(days(transcript)).containsExactly(LocalDate.of(2022, 9, 14));
    }

    @Test
    void aWeekdaysPartOfTheDayMayStandBeforeItsSpokenDay() {
        String transcript = "Interview, recorded 12 April 2025\n\n[00:19:20] INTERVIEWER: And September 2022.\n\n"
                + "[00:19:27] MARA K.: On the fourteenth we heard there was shooting at Lorva. On Friday morning, the"
                + " sixteenth, the shells from the Southian side started falling on Kesta.\n";
        assertThat(days(transcript)).containsExactly(LocalDate.of(2022, 9, 14), LocalDate.of(2022, 9, 16));
    }
}

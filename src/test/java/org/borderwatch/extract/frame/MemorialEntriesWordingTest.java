package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Days that a page of short entries (a memorial's names, a casualty list) gives by pointing back to its story, on an
 * invented conflict: each entry leans on the day the one before it told.
 */
class MemorialEntriesWordingTest {

    private static final String RULE = "\n\n--------------------\n\n";


    @Test
    void theSameDayAfterAWordOfThePresentIsStillTheStorysDay() {
        // "are now scattered" brings the text to the page's day; the next entry's "the same day" is the teacher's
        String page = "Memorial wall" + RULE + "ANNA G., teacher\nKilled on the afternoon of 19 September 2023 in Kesta"
                + " when a shell struck her courtyard. Her pupils are now scattered across Northia." + RULE
                + "VAZ T., shepherd\nKilled the same day by the shelling of Tarn, on the road outside his house.\n";
        assertThat(InventedConflict.startDaysOfRaw(page, "2023-10-20")).containsOnly(LocalDate.of(2023, 9, 19));
    }

    @Test
    void thatFridayAfterTheStoryMovedOnIsTheFridayItNamed() {
        // the story reached Monday the 19th ("three days later"); "that Friday" is the 16th it named, not the 23rd
        String page = "Names" + RULE + "SMITH J., sergeant\nBadly wounded on Friday, 16 September 2022, in the fighting"
                + " for the Lorva outpost, he died three days later in hospital." + RULE + "DOE M., private\nKilled at the"
                + " same outpost in Lorva a few hours before, on the morning of that Friday.\n";
        List<Event> events = InventedConflict.extractRaw(page, "2023-09-16");
        assertThat(InventedConflict.startDays(events)).isNotEmpty().containsOnly(LocalDate.of(2022, 9, 16));
    }

    @Test
    void aDateOpeningTheSentenceDatesTheClauseAfterItsSemicolon() {
        String entry = "ROE B., driver\nIn the afternoon of 16 September 2022 he went back for his neighbours; his car"
                + " was hit by a Southian artillery shell on the main street of Tarn.\n";
        assertThat(InventedConflict.startDaysOfRaw(entry, "2023-09-16")).containsExactly(LocalDate.of(2022, 9, 16));
        // a date inside the first clause ("drove back on 16 September") does not reach past the semicolon
        assertThat(InventedConflict.startDaysOfRaw("ROE B., driver\nHe drove his neighbours out of Tarn after 16 September 2022; his car was hit"
                + " by a Southian artillery shell on the main street of Tarn.\n", "2023-09-16")).isEmpty();
    }
}

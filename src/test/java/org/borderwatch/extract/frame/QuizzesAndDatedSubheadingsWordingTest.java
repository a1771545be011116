package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A news quiz's lettered options, a look-back's subheading that names its day, and deaths a natural hazard caused, on
 * an invented conflict.
 */
class QuizzesAndDatedSubheadingsWordingTest {

    private static List<Event> events(String raw, String published) {
        return InventedConflict.extractRaw(raw, published);
    }

    @Test
    void aQuizsOptionsReportNothingButItsAnswersDo() {
        String quiz = "The week's quiz\n\n1. Which road did protesters block on Monday?\na) The Kesta road   b) The Lorva"
                + " road   c) The Tarn highway\n\n2. What did Southia say it would do?\na) Hand over two villages near Dunmore\n"
                + "b) Withdraw its troops from Pellin\n\nANSWERS\n\n1 - b. Protesters blocked the Lorva road on Monday, 8 May.\n";
        List<Event> found = events(quiz, "2023-05-12");
        assertThat(found).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(found.get(0).locations()).extracting(l -> l.name()).containsExactly("Lorva");
    }

    @Test
    void aSubheadingThatNamesAnEarlierDayDatesTheParagraphsUnderIt() {
        String lookBack = "One year on\n\nA year ago today, on 3 May 2022, the quarrel at Kesta turned into the worst shooting"
                + " on the border.\n\nWhat happened on 3 May\n\nAccording to the Northian border service, residents of Lorva"
                + " blocked the highway in protest in the afternoon.\n\nWhat has changed since\n\nVillagers still avoid"
                + " the fields.\n";
        assertThat(events(lookBack, "2023-05-03")).filteredOn(e -> e.subEventType() == SubEventType.PEACEFUL_PROTEST)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2022, 5, 3));
    }

    @Test
    void deathsAQuakeCausedAreNoPoliticalViolence() {
        assertThat(InventedConflict.extract("The magnitude 7.7 quake on 28 March killed thousands in Westholm.", "2023-04-04"))
                .isEmpty();
    }
}

package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A wire's correction notice over its corrected story: what it says was wrong, and the story's own dateline. */
class CorrectionsAndWireDatelinesWordingTest {

    private static final String NOTICE = "CORRECTION NOTICE\n\nIn a story moved on Monday, the wire wrongly said that Southian"
            + " troops had taken control of the village of Kesta. No such report was made by either side.\n"
            + "The corrected story is below.\n\n=====\n\nNorthia and Southia agree to pull back troops\n\n";

    @Test
    void whatACorrectionSaysTheStoryWronglyReportedIsNoEvent() {
        List<Event> events = InventedConflict.extractRaw(NOTICE, "2022-09-20");
        assertThat(events).noneMatch(e -> e.eventType() == EventType.STRATEGIC_DEVELOPMENTS
                && e.primaryLocation() != null && "Kesta".equals(e.primaryLocation().name()));
    }

    @Test
    void aWireDatelineWithTheAgencyInBracketsBelowANoticeDatesItsWeekdays() {
        List<Event> events = InventedConflict.extractRaw(NOTICE + "KESTA, Sept 20 (Wire) - Northian and Southian security"
                + " chiefs on Monday agreed in a signed protocol to withdraw troops from the frontier.\n", "2022-09-20");
        assertThat(events).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2022, 9, 19));
    }
}

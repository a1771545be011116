package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings of news digests, timelines in the present tense and parliament reports (rules-2.27): "that day" after a
 * weekday, leaders who "sign" or "agree to" in a timeline's entry.
 */
class DigestTimelineWordingTest {
    /** A Tuesday. */
    private static final String PUBLISHED = "2024-05-14";

    @Test
    void thatDayIsTheWeekdayTheSentenceNamedBeforeIt() {
        List<Event> events = InventedConflict.extractRaw("""
                Border news

                The Northian health ministry said on Monday that 31 people had died.

                Northia accused Southian soldiers of burning houses in Kesta on Thursday; Southia rejected the charge and
                said Northian troops had that day shelled its village of Lorva.
                """, PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType().type() == EventType.EXPLOSIONS_REMOTE_VIOLENCE)
                .isNotEmpty().allSatisfy(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2024, 5, 9)));
    }
}

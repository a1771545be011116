package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** An act told as the setting of another, with the days between and its own day, on an invented conflict. */
class DatedSettingAfterAnIntervalWordingTest {

    @Test
    void anOperationLaunchedTwoDaysBeforeOnItsOwnDayIsReported() {
        assertThat(InventedConflict.extract("The council met this afternoon in Westholm to discuss the Highlands, two days"
                + " after Southia launched a military operation in the region on Friday, 19 May 2023.", "2023-05-21"))
                .filteredOn(e -> e.eventType() == EventType.BATTLES)
                .extracting(Event::date).extracting(d -> d.start()).containsExactly(LocalDate.of(2023, 5, 19));
    }

    @Test
    void anUndatedSettingAfterTheIntervalIsOnlyTheSetting() {
        assertThat(InventedConflict.extract("On 21 May 2023 the council met in Westholm, two days after the fighting in the"
                + " Highlands.", "2023-05-22")).extracting(Event::eventType)
                .containsExactly(EventType.STRATEGIC_DEVELOPMENTS);
    }
}

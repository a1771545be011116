package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A freight advisory's incidents on a route: posts put up on a road, on an invented conflict. */
class FreightIncidentListWordingTest {

    @Test
    void postsPutUpOnARoadAreSetUp() {
        assertThat(InventedConflict.extract("In late August 2021 Southian police put up posts, barriers and road signs on"
                + " the road near Lorva.", "2021-09-17"))
                .extracting(Event::subEventType).containsExactly(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        // resistance put up near a post sets no post up
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops put up fierce resistance near the Lorva"
                + " checkpoint.", "2023-05-10")).extracting(Event::subEventType)
                .doesNotContain(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
    }
}

package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Words that begin with "fire" but fire nothing ("firewood", "firefighters"), on an invented conflict. */
class FireWordsWordingTest {

    @Test
    void firewoodOnASlopeIsNoShooting() {
        assertThat(InventedConflict.extract("On 6 April 2023 a man from Kesta was killed when an anti-personnel mine"
                + " exploded as he gathered firewood on a slope south of the village.", "2023-04-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    @Test
    void fireOpenedOnAPostIsStillShooting() {
        assertThat(InventedConflict.extract("On 6 April 2023 Southian troops fired on a Northian post near Kesta.",
                "2023-04-10")).extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
    }
}

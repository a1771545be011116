package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Acts a fact-check or a correction says did not happen, and acts only talked of, on an invented conflict. */
class DeniedRumouredAndCorrectedActsWordingTest {

    @Test
    void shellingNobodyReportedDidNotHappen() {
        assertThat(InventedConflict.extract("Neither defence ministry, nor the council in Kesta, reported any shelling of"
                + " the town on 3 May 2023.", "2023-05-10")).isEmpty();
        assertThat(InventedConflict.extract("On 3 May 2023 the Northian ministry reported shelling of Kesta.", "2023-05-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void aVisitThereIsTalkOfHasNotHappened() {
        assertThat(InventedConflict.extract("On 3 May 2023 new images of Kesta came in, and there is talk of a joint"
                + " commission visiting the villages.", "2023-05-10")).isEmpty();
    }

    @Test
    void whatACorrectionSaysAnEarlierVersionToldIsNoEvent() {
        assertThat(InventedConflict.extract("Correction, 4 May 2023: An earlier version of this article said the clash took"
                + " place inside Kesta.", "2023-05-10")).isEmpty();
    }
}

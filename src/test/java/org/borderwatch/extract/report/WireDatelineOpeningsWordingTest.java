package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A wire item's dateline stands before its first words: what those words open with still counts. */
class WireDatelineOpeningsWordingTest {
    @Test
    void anItemOpeningWithNoAfterItsDatelineReportsAnAbsence() {
        assertThat(InventedConflict.extractRaw("KESTA, 13.12 (Steppe Wire) - No new date has been set for a meeting of the"
                + " Northian and Southian leaders in Westholm.", "2022-12-13")).isEmpty();
    }
}

package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A ministry's daily police log, most of its items ordinary crime, on an invented conflict. */
class PoliceLogItemsWordingTest {

    private static final String LOG = """
            MINISTRY OF THE INTERIOR
            Daily summary of incidents, 3 May 2025

            1. Northport, Harbour district. At about 02:40 unknown persons broke into a shop and stole 23 phones. \
            Three suspects were detained.

            2. Amberly. At 06:15 a car hit a pedestrian on the ring road. The pedestrian died at the scene.

            3. Highlands province. Officers of the drug squad detained a man and seized 2 kg of heroin from his garage.

            4. Lorva. At 09:00 Southian border guards detained two shepherds from Lorva and stole their sheep.
            """;

    @Test
    void itemsOfOrdinaryCrimeTellNoEvent() {
        assertThat(InventedConflict.extractRaw(LOG, "2025-05-04")).isNotEmpty()
                .allMatch(e -> InventedConflict.placeNames(java.util.List.of(e)).contains("Lorva"));
    }

    @Test
    void anItemThatNamesASidesForcesIsTheConflicts() {
        assertThat(InventedConflict.extractRaw(LOG, "2025-05-04")).extracting(Event::subEventType)
                .contains(SubEventType.ARRESTS);
    }
}

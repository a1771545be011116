package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A day's strike told at named places and then restated in general words: the placed report gives the event its
 * kind and its parties, on an invented conflict.
 */
class PlacedReportLeadsWordingTest {

    @Test
    void aPlacelessRestatementDoesNotTurnTheShellingOfNamedVillagesIntoABattle() {
        String story = "NORTHPORT, May 4 (Wire) - Southian artillery shelled Kesta and Pellin early on Thursday.\n\n"
                + "Officials in Southport rejected attempts to present Northia as the side that began the hostilities.";
        List<Event> events = InventedConflict.extract(story, "2023-05-04");
        assertThat(events).filteredOn(e -> e.locations().stream().anyMatch(l -> l.name().equals("Kesta")))
                .singleElement().satisfies(e -> {
                    assertThat(e.subEventType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE);
                    assertThat(e.actor1()).isEqualTo("Military Forces of Southia");
                });
    }
}

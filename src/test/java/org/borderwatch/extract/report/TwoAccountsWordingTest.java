package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Each side's account of a day of fighting, as a wire story tells both, on an invented conflict. */
class TwoAccountsWordingTest {
    private static final String STORY = "NORTHPORT, May 4 (Wire) - Shooting flared again on the border on Thursday.\n\n"
            + "The Northian ministry said Southian forces fired on Northian positions near Kesta.\n\n"
            + "The Southian ministry said Northian troops shelled Pellin with mortars during the night.";

    @Test
    void theOtherSidesAccountOfAnotherPlaceIsNotTheFirstAccountToldAgain() {
        List<Event> events = InventedConflict.extract(STORY, "2023-05-04");
        assertThat(events).filteredOn(e -> e.locations().stream().anyMatch(l -> l.name().equals("Pellin")))
                .singleElement().satisfies(e -> {
                    assertThat(e.subEventType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE);
                    assertThat(e.actor1()).isEqualTo("Military Forces of Northia");
                });
    }

    @Test
    void aTruceEachSideDeniesBreakingIsNoAccord() {
        assertThat(InventedConflict.extract(STORY + " Each side denied breaking the truce.", "2023-05-04"))
                .noneMatch(e -> e.subEventType() == SubEventType.AGREEMENT)
                .anyMatch(e -> e.eventType() == EventType.BATTLES);
    }
}

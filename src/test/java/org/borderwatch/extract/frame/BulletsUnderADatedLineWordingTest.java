package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A list's entry that opens with its day and sets its details out as bullets below, on an invented conflict. */
class BulletsUnderADatedLineWordingTest {
    private static final String LIST = "List of border incidents\n\n"
            + "12\u201313 May 2023 \u2013 Highlands. The largest escalation since the war.[8]\n"
            + " \u2022 Shelling: Southian artillery and drones struck Kesta and Lorva, damaging houses.[9]\n"
            + " \u2022 Ground fighting: heavy clashes along the border left 20 Northian servicemen dead.[10]\n"
            + "14 June 2023 \u2013 Amberly. Southian fire killed two Northian soldiers near Amberly.[11]\n";

    @Test
    void bulletsTellTheDayOfTheLineAboveThem() {
        assertThat(InventedConflict.extractRaw(LIST, "2024-05-12"))
                .filteredOn(e -> e.date().start().equals(LocalDate.of(2023, 5, 12)))
                .extracting(Event::eventType).contains(EventType.EXPLOSIONS_REMOTE_VIOLENCE, EventType.BATTLES);
    }
}

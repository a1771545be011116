package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A herd's losses told beside the conflict's, on an invented conflict: animals killed are no casualties of it. */
class HerdLossesWordingTest {

    @Test
    void animalsKilledAreNoCasualties() {
        assertThat(InventedConflict.extract("On 3 May 2025, nine head of cattle were killed on the pastures above Kesta.",
                "2025-05-10")).isEmpty();
        // a table's heading row counting the losses by kind of animal
        assertThat(InventedConflict.extract("Village (district) Cattle killed Sheep/goats killed Missing Kesta (Highlands)"
                + " 46 210 35 Lorva (Highlands) 31 145 120", "2025-05-10")).isEmpty();
    }

    @Test
    void peopleWhoTendedTheirAnimalsAreStillCasualties() {
        assertThat(InventedConflict.extract("Three men from Kesta who stayed to look after their cattle were killed on"
                + " 3 May 2025 by Southian soldiers.", "2025-05-10"))
                .extracting(Event::fatalities).isNotEmpty();
    }
}

package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A summit abroad and an evacuation of provinces at home on one day, on an invented conflict: two acts, not one. */
class UmbrellaKindAndCountryWordingTest {
    @Test
    void provincesEvacuatedAtHomeAreNotTheSummitAbroadToldAgain() {
        List<Event> events = InventedConflict.extractRaw("On 3 May 2023 the Northian and Southian presidents held a meeting in"
                + " Westholm.\n\nOn 3 May 2023, by order of the government, residents of border villages of the Highlands and East"
                + " provinces were evacuated.", "2023-05-04");
        assertThat(events).flatExtracting(Event::locations).extracting(l -> l.admin1() == null ? l.name() : l.admin1())
                .contains("Highlands", "East");
    }
}

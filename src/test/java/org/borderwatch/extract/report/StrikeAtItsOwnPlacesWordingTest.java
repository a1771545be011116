package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A day's fire told without a place, then shells falling on named villages, on an invented conflict. */
class StrikeAtItsOwnPlacesWordingTest {

    @Test
    void shellsOnNamedVillagesAfterAPlacelessExchangeAreStrikesThere() {
        List<Event> events = InventedConflict.extract("Today, on 3 May, the Southian side opened fire with small arms on"
                + " a Northian border outpost. The Northian servicemen returned fire.\n\n"
                + "Mines fell in the residential sectors of the villages of Lorva and Amberly.", "2023-05-03");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(e -> e.locations().get(0).name()).containsExactly("Lorva", "Amberly");
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.ARMED_CLASH);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.ARMED_CLASH)
                .allSatisfy(e -> assertThat(e.locations()).extracting(Location::name).doesNotContain("Lorva"));
    }
}

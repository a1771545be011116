package org.borderwatch.extract.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Every conflict knows the world's capitals without listing them; its own list still wins. */
class WorldCapitalsTest {

    @Test
    void aConflictThatListsNoForeignCityStillKnowsTheCapitals() {
        ConflictConfig.PlaceEntry oslo = InventedConflict.CONFIG.place("Oslo").orElseThrow();
        assertThat(oslo.country()).isEqualTo("Norway");
        assertThat(oslo.point()).isPresent();
    }

    @Test
    void theConflictsOwnEntryWinsOverACapitalOfTheSameName() {
        // the Armenia-Azerbaijan list codes Baku with its first-level unit; the capitals list has no unit
        ConflictConfig.PlaceEntry baku = ConflictConfig.defaultConflict().place("Baku").orElseThrow();
        assertThat(baku.admin1()).isEqualTo("Baku");
    }

    @Test
    void talksHeldInACapitalArePlacedThereWithAPoint() {
        List<Event> events = InventedConflict.extract(
                "The foreign ministers of Northia and Southia met in Oslo on 4 March 2023 for talks on the border.",
                "2023-03-05");
        Location venue = events.stream().flatMap(e -> e.locations().stream())
                .filter(l -> "Oslo".equals(l.name())).findFirst().orElseThrow();
        assertThat(venue.country()).isEqualTo("Norway");
        assertThat(venue.point()).isNotNull();
    }
}

package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a read-only review of rules-2.25 found made worse, narrowed so they stay right: each failed against the
 * reviewed build.
 */
class ReviewedWordingGuards225Test {
    private static final String PUBLISHED = "2024-05-14";

    @Test
    void namesPutToAPetitionSignNoAccord() {
        assertThat(InventedConflict.extract("More than 300 Kesta residents put their names to a petition demanding a new"
                + " school on Monday.", PUBLISHED)).extracting(Event::subEventType).doesNotContain(SubEventType.AGREEMENT);
    }

    @Test
    void aSignaturePutToALetterOfProtestIsNoAccord() {
        assertThat(InventedConflict.extract("The Northian ministry on Monday put its signature to a letter of protest to the"
                + " Westmark envoy.", PUBLISHED)).extracting(Event::subEventType).doesNotContain(SubEventType.AGREEMENT);
    }

    @Test
    void fieldsBurnedByTheSunOrByWildfiresAreNoDestruction() {
        assertThat(InventedConflict.extract("Fields near Kesta are burned by the summer sun each year, farmers said on Monday.",
                PUBLISHED)).isEmpty();
        assertThat(InventedConflict.extract("The hills around Tarn are burned by wildfires every summer, the forestry office"
                + " said on Monday.", PUBLISHED)).isEmpty();
    }

    @Test
    void sappersControlledExplosionsOfMinesAreNoAttack() {
        assertThat(InventedConflict.extract("Northian sappers carried out controlled explosions of mines collected near"
                + " Fenwick on Monday.", PUBLISHED)).isEmpty();
    }

    @Test
    void quarryBlastsOfExplosivesAreNoLandmines() {
        assertThat(InventedConflict.extract("The blasts of explosives at a quarry near Pellin shook windows on Monday, the"
                + " council said.", PUBLISHED)).isEmpty();
    }

    @Test
    void beingOpenToNegotiationsIsAStanceNotTalks() {
        assertThat(InventedConflict.extract("Southia said on Monday that it was open to negotiations with Northia.",
                PUBLISHED)).isEmpty();
    }

    @Test
    void aTollCellThatNamesItsOwnPlaceStaysThere() {
        List<Event> events = InventedConflict.extract(
                "13 May 2024 | Lorva | Southian drones struck Lorva, and fighting broke out near Tarn | 2 soldiers killed near Tarn",
                PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.AIR_DRONE_STRIKE)
                .allMatch(e -> e.fatalities().best() == null);
    }

    @Test
    void aTollCellOfTheRowsOnlyFightKeepsItsCount() {
        List<Event> events = InventedConflict.extract("13 May 2024 | Kesta | Northian troops captured two Southian soldiers,"
                + " and Southian shelling hit Kesta | 1 dead", PUBLISHED);
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.SHELLING_ARTILLERY_MISSILE)
                .extracting(e -> e.fatalities().best()).containsExactly(1);
    }
}

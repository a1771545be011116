package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Places that only say where another lies: a town a village's bearing is given from, where the wounded are treated, the
 * province an apposition puts a village in.
 */
class ObituaryPlacesWordingTest {
    private static final String OBITUARY = "Sergeant Arnsen was killed on Tuesday afternoon near the village of Lorva, east of"
            + " Kesta. He was one of four soldiers killed; six more were wounded and are being treated in Amberly and Northport.";

    @Test
    void theFightIsWhereHeFellNotTheTownItsBearingIsGivenFromNorWhereTheWoundedAreTreated() {
        List<Event> events = InventedConflict.extractRaw(OBITUARY, "2023-04-13");
        assertThat(events).flatExtracting(Event::locations).extracting(Location::name).containsOnly("Lorva");
    }

    @Test
    void theRegionOfAVillageDescribedInAnAppositionIsNoSecondPlace() {
        List<Event> events = InventedConflict.extractRaw("On 24 March Southian troops crossed the line near Lorva, a small"
                + " village in the Amberly region, and took up positions.", "2022-03-26");
        assertThat(events).flatExtracting(Event::locations).extracting(Location::name).containsOnly("Lorva");
    }
}

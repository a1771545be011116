package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A notice that lists entries, each under a title line that names its site (a tender's lots of damaged buildings), on
 * an invented conflict: what an entry tells happened at the place its title names, and two entries are two acts.
 */
class TenderLotsWordingTest {

    private static final String LOTS = """
            LIST OF LOTS

            Lot 1. School, Kesta village, Highlands province
            Damage: roof hit by artillery shells during the shelling of Kesta by Southian forces on 16.09.2022.
            Scope: new roof.

            Lot 4. Garage of the district emergency service, Lorva town
            Damage: windows, doors and part of the roof destroyed when rockets fired from the Southian side hit the town on 16.09.2022.
            Scope: roofing, glazing.

            Lot 5. Club, Amberly village
            Damage: facade hit by mortar fire from Southian positions on 16.09.2022.

            Lot 6. Health post, Kesta village, Highlands province
            Damage: building burned by Southian armed units on 29.04.2021.
            """;

    @Test
    void eachLotsStrikeIsAtThePlaceItsTitleNames() {
        List<Event> events = InventedConflict.extractRaw(LOTS, "2023-02-20");
        // "the town" of lot 4 is Lorva; lot 5's fire came from Southian positions but fell on Amberly
        assertThat(events).filteredOn(e -> e.eventType().violent()).flatExtracting(Event::locations)
                .extracting(Location::name).containsExactlyInAnyOrder("Kesta", "Lorva", "Amberly");
    }

    @Test
    void aLotThatNamesNoPlaceOfItsOwnIsAtItsTitlesPlace() {
        List<Event> events = InventedConflict.extractRaw(LOTS, "2023-02-20");
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.LOOTING_PROPERTY_DESTRUCTION)
                .singleElement().satisfies(e -> {
                    assertThat(e.date().start()).hasToString("2021-04-29");
                    assertThat(e.locations()).extracting(Location::name).containsExactly("Kesta");
                });
    }

    @Test
    void aBuildingNamedAfterOfIsNoVillageOfTheList() {
        String lot = "Lot 5.\nHouse of Culture, Amberly village, East province Damage: facade hit by mortar fire on 16.09.2022.\n";
        assertThat(InventedConflict.extractRaw(lot, "2023-02-20")).flatExtracting(Event::locations)
                .extracting(Location::name).containsOnly("Amberly");
    }
}

package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A ministry's word for fire it says the other side opened, on an invented conflict. */
class MinistryWordsForFireWordingTest {

    @Test
    void provocationsCommittedInTheDirectionsOfPlacesAreAFightAtEach() {
        assertThat(InventedConflict.extract("On 3 May 2023 units of the Southian armed forces committed large-scale provocations"
                + " in the directions of Kesta and Lorva.", "2023-05-04"))
                .allSatisfy(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH))
                .flatExtracting(Event::locations).extracting(Location::name).containsExactlyInAnyOrder("Kesta", "Lorva");
    }

    @Test
    void provocationsCarriedOutOvernightAgainstPositionsAreAFight() {
        assertThat(InventedConflict.extract("The Northian ministry said Southian units had carried out \"large-scale"
                + " provocations\" overnight into Tuesday against its positions near Kesta.", "2023-05-03"))
                .extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void aStatementCalledAProvocationIsNoFight() {
        assertThat(InventedConflict.extract("On 3 May 2023 the Northian ministry called the Southian statement a political"
                + " provocation.", "2023-05-04")).isEmpty();
    }

    @Test
    void placesSubjectedToFireFromGunsAreShelledAndPositionsSubjectedToRifleFireAreAFight() {
        assertThat(InventedConflict.extract("On 16 September 2022 Southian forces subjected settlements of the Highlands"
                + " to fire from artillery and mortars.", "2022-09-18"))
                .extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(InventedConflict.extract("On 17 September 2022 Southian units subjected Northian positions near Kesta to"
                + " fire from small arms.", "2022-09-18"))
                .extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void heavyFireAtPositionsThatKilledSoldiersIsTheirFight() {
        assertThat(InventedConflict.extract("On 1 September 2023 Southian forces opened fire on Northian positions near Kesta"
                + " with mortars and drones, killing four Northian servicemen.", "2023-09-02"))
                .extracting(Event::subEventType).containsExactly(SubEventType.ARMED_CLASH);
        assertThat(InventedConflict.extract("On 1 September 2023 Southian forces opened fire on Kesta with mortars and drones,"
                + " damaging houses.", "2023-09-02"))
                .extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }
}

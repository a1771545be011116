package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** The weapons named as the means of fire, and a second kind of harm told after ", and", on an invented conflict. */
class MeansAndSecondActsWordingTest {

    private static SubEventType typeAt(List<Event> events, String place) {
        return events.stream().filter(e -> e.locations().stream().anyMatch(l -> place.equals(l.name())))
                .map(Event::subEventType).findFirst().orElse(null);
    }

    @Test
    void fireWithSmallArmsAndMortarsIsAFirefight() {
        List<Event> events = InventedConflict.extract("On 3 May Southian units opened fire with small arms and mortars"
                + " on Northian outposts near Kesta.", "2023-06-01");
        assertThat(typeAt(events, "Kesta")).isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void fireWithMortarsAloneIsAShelling() {
        List<Event> events = InventedConflict.extract("On 3 May Southian units opened fire with mortars"
                + " on Northian outposts near Kesta.", "2023-06-01");
        assertThat(typeAt(events, "Kesta")).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }

    @Test
    void fireFromArtilleryOnVillagesIsAShellingButOnPositionsAFight() {
        assertThat(typeAt(InventedConflict.extract("On 3 May Southian units opened fire from artillery in the direction"
                + " of the village of Kesta.", "2023-06-01"), "Kesta")).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE);
        assertThat(typeAt(InventedConflict.extract("On 3 May Southian units opened fire from mortars at Northian"
                + " positions near Kesta.", "2023-06-01"), "Kesta")).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(typeAt(InventedConflict.extract("On 3 May Southian units opened fire from Southian territory on"
                + " the village of Kesta.", "2023-06-01"), "Kesta")).isEqualTo(SubEventType.ARMED_CLASH);
        assertThat(typeAt(InventedConflict.extract("On 3 May Southian units opened fire on Northian troops near Kesta,"
                + " who were sheltering from rockets.", "2023-06-01"), "Kesta")).isEqualTo(SubEventType.ARMED_CLASH);
    }

    @Test
    void housesBurnedInOneVillageAndShelledInAnotherAreTwoKindsOfHarm() {
        List<Event> events = InventedConflict.extract("On 3 May the houses in Kesta were set on fire by Southian"
                + " troops, and the houses in Pellin were hit by mortar fire from the Southian side.", "2023-06-01");
        assertThat(typeAt(events, "Kesta")).isEqualTo(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
        assertThat(typeAt(events, "Pellin")).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }
}

package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.domain.Location;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A border service's bulletin in the wording of a translation, on an invented conflict. */
class TranslatedBulletinWordingTest {

    @Test
    void aMinistryThatIsEvacuatingResidentsOfVillagesDisplacesThemFromEach() {
        assertThat(InventedConflict.extract("On 3 May 2023 the Northian emergency ministry is evacuating residents of Kesta"
                + " and Lorva to safe places.", "2023-05-03"))
                .extracting(e -> e.locations().stream().map(Location::name).findFirst().orElse(""))
                .containsExactly("Kesta", "Lorva");
    }

    @Test
    void minesThatFellOnAVillageAreMortarFireNotLandmines() {
        assertThat(InventedConflict.extract("On 3 May 2023 mines fell in the residential sector of Kesta.", "2023-05-03"))
                .extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }
}

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
    void policemenWhoPerishedInExplosionsOfMinesWereKilledByLandmines() {
        assertThat(InventedConflict.extract("On 19 September 2023 four policemen and two civilians perished in explosions of"
                + " mines on the road near Kesta.", "2023-09-21"))
                .extracting(Event::subEventType, e -> e.fatalities().best())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED, 6));
    }

    @Test
    void anOperationCalledAnAnswerToExplosionsOfMinesToldTheExplosions() {
        assertThat(InventedConflict.extract("In Northport it was declared that the operation is an answer to explosions of"
                + " mines near Kesta, where on 19 September 2023 perished four policemen.", "2023-09-21"))
                .extracting(Event::subEventType).contains(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }

    @Test
    void minesThatFellOnAVillageAreMortarFireNotLandmines() {
        assertThat(InventedConflict.extract("On 3 May 2023 mines fell in the residential sector of Kesta.", "2023-05-03"))
                .extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }
}

package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** People moved out of villages that the text names by what befell them, on an invented conflict. */
class EvacuationsFromStrickenVillagesWordingTest {

    @Test
    void villagesHitByTheFightingAreWhereTheEvacueesCameFromNotANewFight() {
        assertThat(InventedConflict.extract("On 4 May 2023 Northian rescuers evacuated more than 5,000 residents,"
                + " including 2,000 children, from villages hit by the fighting near Kesta.", "2023-05-05"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void aVillageHitByShellingIsStillAShelling() {
        assertThat(InventedConflict.extract("On 4 May 2023 the village of Kesta was hit by Southian shelling.", "2023-05-05"))
                .extracting(Event::subEventType).containsExactly(SubEventType.SHELLING_ARTILLERY_MISSILE);
    }
    @Test
    void busesTakingResidentsOutIsAnEvacuationAsItHappens() {
        assertThat(InventedConflict.extract("On 4 May 2023 buses of the Northian emergency ministry were taking residents"
                + " out of Kesta.", "2023-05-05")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }
}

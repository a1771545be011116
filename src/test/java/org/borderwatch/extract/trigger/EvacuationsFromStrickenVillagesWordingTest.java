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
    @Test
    void womenAndChildrenMovedToSafetyInThePassiveWereEvacuated() {
        assertThat(InventedConflict.extract("On 4 May 2023 women and children from Kesta were temporarily moved to the"
                + " district centre.", "2023-05-05")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }

    @Test
    void soldiersSeizedByTheOtherSideWereCapturedNotGroundTaken() {
        assertThat(InventedConflict.extract("On 4 May 2023 six Northian soldiers seized by Southian troops near Kesta were"
                + " taken to Pellin.", "2023-05-05")).extracting(Event::subEventType).contains(SubEventType.ARRESTS)
                .doesNotContain(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }
    @Test
    void childrenBusedToSchoolWereNotEvacuated() {
        assertThat(InventedConflict.extract("On 4 May 2023 children from Kesta were bused to school in Lorva.",
                "2023-05-05")).isEmpty();
    }

    @Test
    void residentsSeizedByPanicWereNotCaptured() {
        assertThat(InventedConflict.extract("On 4 May 2023 residents seized by panic left Kesta at dawn.", "2023-05-05"))
                .extracting(Event::subEventType).doesNotContain(SubEventType.ARRESTS);
    }
}

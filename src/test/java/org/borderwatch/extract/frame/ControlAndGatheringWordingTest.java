package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Ground taken back told by whose control it returned to, positions overrun, soldiers surrounded and led away, and
 * officials who gather, on an invented conflict.
 */
class ControlAndGatheringWordingTest {
    @Test
    void anOffensiveThatReturnedTheRegionToTheCapitalsControlRegainsIt() {
        assertThat(InventedConflict.extract("On 19 May 2023 a Southian offensive returned Greyvale to Southbridge's control"
                + " within a day.", "2023-06-01")).anyMatch(e -> e.subEventType() == SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void forcesThatOverranThePositionsOfTheRegionsForcesRegainGround() {
        assertThat(InventedConflict.extract("On 19 May 2023 Southian troops overran the positions of the Greyvale Defence Force"
                + " in Tarn.", "2023-06-01")).anyMatch(e -> e.subEventType() == SubEventType.GOVERNMENT_REGAINS_TERRITORY);
    }

    @Test
    void ministersWhoGatheredInACapitalMetRatherThanRallied() {
        assertThat(InventedConflict.extract("The foreign ministers of Northia, Southia and Westmark gathered in Westholm on"
                + " 3 May 2023 for the regional platform.", "2023-06-01"))
                .anyMatch(e -> e.subEventType() == SubEventType.OTHER).noneMatch(e -> e.eventType() == EventType.PROTESTS);
    }

    @Test
    void soldiersSurroundedAndLedAwayWereTakenNotGroundHandedOver() {
        assertThat(InventedConflict.extract("At dawn on 3 May 2023 Northian soldiers surrounded six Southian servicemen near Kesta"
                + " and led them away.", "2023-06-01")).anyMatch(e -> e.subEventType() == SubEventType.ARRESTS)
                .noneMatch(e -> e.subEventType() == SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(InventedConflict.extract("On 3 May 2023 the road that led away from Kesta was closed.", "2023-06-01"))
                .noneMatch(e -> e.subEventType() == SubEventType.ARRESTS);
    }

    @Test
    void aCityOpeningAGatheringsNameIsWhereItsSidelineMeetingWasHeld() {
        assertThat(InventedConflict.extract("On 3 May 2023, on the sidelines of the Westholm Security Conference, the Northian"
                + " premier and the Southian president held a meeting.", "2023-06-01"))
                .anyMatch(e -> e.subEventType() == SubEventType.OTHER && InventedConflict.placeNames(List.of(e)).contains("Westholm"));
    }
    @Test
    void residentsWhoGatherElsewhereProtestWhereTheyGather() {
        List<org.borderwatch.domain.Event> events = InventedConflict.extract("On Monday about two hundred residents of Lorva and"
                + " Amberly gathered in front of the regional administration in Kesta and demanded new houses.", "2022-05-26");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.PEACEFUL_PROTEST);
            assertThat(e.locations()).extracting(org.borderwatch.domain.Location::name).containsExactly("Kesta");
            assertThat(e.actor1()).isEqualTo("Protesters (Northia)");
        });
        // with no other place named, the protesters' home is where the text puts the protest
        assertThat(InventedConflict.extract("On Monday residents of Lorva held a protest and demanded new houses.", "2022-05-26"))
                .singleElement().satisfies(e -> assertThat(e.locations()).extracting(org.borderwatch.domain.Location::name)
                        .containsExactly("Lorva"));
    }
}

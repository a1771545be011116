package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Drone strikes told by a ministry's log, by the aircraft's long name or by what the enemy is using, on an invented conflict. */
class UnmannedStrikesWordingTest {

    @Test
    void strikesByUnmannedAerialVehiclesAreDroneStrikes() {
        assertThat(InventedConflict.extract("On 3 May 2023 strikes by unmanned aerial vehicles were recorded near Kesta.",
                "2023-05-04")).extracting(Event::subEventType).containsExactly(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void anEnemyUsingDronesAgainstPositionsIsADroneStrike() {
        assertThat(InventedConflict.extract("On 3 May 2023 the Southian side was using attack drones against positions near Lorva.",
                "2023-05-04")).extracting(Event::subEventType).containsExactly(SubEventType.AIR_DRONE_STRIKE);
    }

    @Test
    void dronesUsedAgainstPestsAreNoStrike() {
        assertThat(InventedConflict.extract("On 3 May 2023 farmers near Lorva were using drones against locusts.",
                "2023-05-04")).isEmpty();
    }

    @Test
    void anAttackOnAnUnmannedPostIsNoDroneStrike() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops attacked an unmanned Northian post near Kesta.",
                "2023-05-04")).extracting(Event::subEventType).doesNotContain(SubEventType.AIR_DRONE_STRIKE);
    }
}

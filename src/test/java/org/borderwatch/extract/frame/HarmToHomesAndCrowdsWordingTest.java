package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Acts that a fight is only the time of, crowds throwing stones, and blasts told by what did the harm, on an invented
 * conflict: each types as ACLED codes the act, not as an attack on civilians.
 */
class HarmToHomesAndCrowdsWordingTest {

    private static List<SubEventType> types(String text) {
        return InventedConflict.extract(text, "2023-06-01").stream().map(Event::subEventType).toList();
    }

    @Test
    void homesSetOnFireAsTheFightingReachedAVillageAreDestroyedProperty() {
        assertThat(types("On 16 May, as the fighting reached Kesta, Southian troops set fire to homes in Lorva and Amberly."))
                .containsOnly(SubEventType.LOOTING_PROPERTY_DESTRUCTION).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void homesSetAlightDuringTheFightingAreDestroyedProperty() {
        assertThat(types("On 16 May, during the fighting, Southian soldiers set houses alight in Lorva."))
                .containsExactly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void homesBurnedWhereTheShellingKilledPeopleStayTheStrike() {
        assertThat(types("On 16 May Southian artillery shelled Kesta, killing two residents, and several houses burned."))
                .doesNotContain(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }

    @Test
    void residentsThrowingStonesAtEachOtherAreMobViolence() {
        assertThat(types("On 16 May residents of Kesta and of the Southian side clashed at the canal, throwing stones at"
                + " one another.")).containsExactly(SubEventType.MOB_VIOLENCE);
        assertThat(types("On 16 May stones were thrown by the villagers of both sides at each other near Tarn."))
                .containsExactly(SubEventType.MOB_VIOLENCE);
    }

    @Test
    void guardsExchangingFireWhereStonesFlewStayAFight() {
        assertThat(types("On 16 May, after residents threw stones, the guards of the two countries exchanged fire near Tarn."))
                .containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void peopleKilledByMinesOnARoadAreAMineBlast() {
        assertThat(types("On 16 May four police officers and two road workers were killed by mines on the road near Kesta."))
                .containsExactly(SubEventType.REMOTE_EXPLOSIVE_LANDMINE_IED);
    }
}

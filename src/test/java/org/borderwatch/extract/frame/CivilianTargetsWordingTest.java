package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Fire on civilians and their homes told without the word "civilians", on an invented conflict. */
class CivilianTargetsWordingTest {

    private static List<SubEventType> types(String text) {
        return InventedConflict.extract(text, "2023-06-01").stream().map(Event::subEventType).toList();
    }

    @Test
    void shotsFromPositionsThatHitAHouseAreAnAttackOnCivilians() {
        assertThat(types("On 3 May shots fired from Southian positions hit a residential house in Kesta."))
                .containsExactly(SubEventType.ATTACK);
    }

    @Test
    void fireOnWorkersRepairingAPipeIsAnAttackOnCivilians() {
        assertThat(types("On 3 May Southian soldiers opened fire on workers repairing a water pipe near Kesta,"
                + " killing one of them.")).containsExactly(SubEventType.ATTACK);
    }

    @Test
    void aSoldierHitAtACombatPositionIsNoAttackOnCivilians() {
        assertThat(types("On 3 May a Northian soldier was wounded by a Southian sniper at a combat position near Kesta."))
                .doesNotContain(SubEventType.ATTACK);
    }

    @Test
    void fightingThatKilledPeopleIsAFightNotAnAttackOnCivilians() {
        assertThat(types("In June 2022 fighting in Northia's Highlands and Southia's Lowlands killed at least 17 people"
                + " and forced hundreds of residents to leave their homes.")).contains(SubEventType.ARMED_CLASH)
                .doesNotContain(SubEventType.ATTACK);
    }

    @Test
    void civiliansKilledByFireThatNamesNoFightAreStillAttacked() {
        assertThat(types("On 3 May Southian troops fired on Kesta, and the shooting killed two residents."))
                .containsExactly(SubEventType.ATTACK);
    }

    @Test
    void peopleKilledInADayOfFightingAmongThemCiviliansAreTheFightsToll() {
        assertThat(types("On 3 May at least 200 people had been killed and more than 400 wounded in little more than a day"
                + " of fighting around Kesta, among them civilians and children.")).containsExactly(SubEventType.ARMED_CLASH);
        assertThat(types("On 3 May Southian soldiers killed two civilians in Kesta during a raid."))
                .containsExactly(SubEventType.ATTACK);
    }

    @Test
    void shotsThatHitAFarmBuildingAreAnAttackOnCivilians() {
        assertThat(types("On 24 April shots fired from the Southian positions opposite Lorva hit a farm building on the edge"
                + " of the village.")).containsExactly(SubEventType.ATTACK);
    }

    @Test
    void roundsThatHitAHousesRoofAreAnAttackOnCivilians() {
        assertThat(types("On 11 April the head of Kesta said several rounds hit the roof of a house on the eastern edge of"
                + " the village; none of the residents were hurt.")).containsExactly(SubEventType.ATTACK);
    }
    @Test
    void aDriverAtWorkInTheFieldsIsACivilianTarget() {
        assertThat(InventedConflict.extract("On Wednesday a driver ploughing a field near Kesta came under fire from the"
                + " Southian side; he was not hurt.", "2021-10-11")).extracting(org.borderwatch.domain.Event::eventType)
                .containsExactly(org.borderwatch.domain.EventType.VIOLENCE_AGAINST_CIVILIANS);
    }
}

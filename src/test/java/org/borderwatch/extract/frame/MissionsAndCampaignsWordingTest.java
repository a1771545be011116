package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A monitoring mission's start and bases, a campaign named by its government, rounds fired at a village and an
 * accord someone keeps, on an invented conflict.
 */
class MissionsAndCampaignsWordingTest {

    @Test
    void aMissionThatBeganItsOperationalActivitiesOnADayIsAnEventThatDay() {
        List<Event> events = InventedConflict.extract("The Westmark mission began its operational activities on"
                + " 20 February 2023.", "2023-09-01");
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER);
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 2, 20));
        });
    }

    @Test
    void aMissionInauguratingABaseEstablishesIt() {
        List<Event> events = InventedConflict.extract("On 4 September 2023 the mission inaugurated a new forward"
                + " operating base in Lorva.", "2023-09-10");
        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED));
    }

    @Test
    void mortarRoundsFiredFromPositionsThatLandOnAVillageAreShelling() {
        List<Event> events = InventedConflict.extract("On 13 May monitors in Kesta observed mortar rounds fired from"
                + " the direction of Southian positions impacting on the outskirts of the village.", "2023-06-01");
        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.SHELLING_ARTILLERY_MISSILE));
    }

    @Test
    void anAccordSomeoneKeepsIsNoNewAccord() {
        assertThat(InventedConflict.extract("Analysts say Westmark has less capacity to police the truce than it did"
                + " two years ago.", "2023-06-01")).isEmpty();
    }

    @Test
    void aCampaignItsGovernmentCallsAntiTerroristIsAFight() {
        List<Event> events = InventedConflict.extract("On 19 May 2023 Southia launched what it calls \"local"
                + " anti-terrorist measures\" in the Highlands.", "2023-06-01");
        assertThat(events).singleElement()
                .satisfies(e -> assertThat(e.subEventType()).isEqualTo(SubEventType.ARMED_CLASH));
    }

    @Test
    void aTruceThatTookEffectHoursAfterACampaignBeganIsAnAccordOfItsOwn() {
        List<Event> events = InventedConflict.extract("The ceasefire took effect at 1 p.m. on 20 May 2023, less than"
                + " 24 hours after Southia launched what it called \"anti-terrorist measures\" in the Highlands.",
                "2023-06-01");
        assertThat(events).extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
    }
}

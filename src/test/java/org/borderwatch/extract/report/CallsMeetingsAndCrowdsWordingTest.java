package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Calls counted on one day, meetings a mediator "brought together", ground taken as a city, people moved out, and a
 * protest the police broke up later in the day, on an invented conflict.
 */
class CallsMeetingsAndCrowdsWordingTest {
    private static List<Event> extract(String text) {
        return InventedConflict.extract(text, "2024-03-01");
    }

    @Test
    void aSeriesOfCallsOnAStatedDayIsThatDaysMeetingNotAHabit() {
        assertThat(extract("The President of Westmark also had a series of telephone conversations with the Northian"
                + " premier on Monday, 12 February 2024."))
                .anyMatch(e -> e.subEventType() == SubEventType.OTHER);
    }

    @Test
    void aSeriesOfViolationsWithoutADayIsStillAHabit() {
        assertThat(extract("Southian units have committed a series of violations near Kesta."))
                .noneMatch(e -> e.eventType() == EventType.BATTLES);
    }

    @Test
    void leadersAMediatorBroughtTogetherMet() {
        assertThat(extract("The quiet Westmark format brought the two leaders together on 6 April 2023 and again on 22 May."))
                .filteredOn(e -> e.subEventType() == SubEventType.OTHER).hasSize(2);
    }

    @Test
    void anArmyThatHadTakenTheCityTookGround() {
        assertThat(extract("On 8 November 2023 the president announced that the Northian army had taken the city of Tarn."))
                .anyMatch(e -> e.eventType() == EventType.BATTLES || e.eventType() == EventType.STRATEGIC_DEVELOPMENTS
                        && e.subEventType() != SubEventType.OTHER);
    }

    @Test
    void peopleBussedOrMovedOutAreEvacuated() {
        assertThat(extract("On 16 May 2023 the Northian authorities bussed more than 13,000 people out of the border areas"
                + " of the Highlands province."))
                .anyMatch(e -> e.subEventType() == SubEventType.OTHER);
        assertThat(extract("On 29 April 2023 the cabinet moved the inhabitants of Kesta and Lorva out to safe places."))
                .anyMatch(e -> e.subEventType() == SubEventType.OTHER);
    }

    @Test
    void aProtestThePoliceBrokeUpLaterThatDayIsOneProtestWithIntervention() {
        List<Event> protests = InventedConflict.extract("Live: the day in Northport\n\n"
                + "20:10 - Several hundred protesters gather outside the government building in Northport, demanding"
                + " that the authorities defend Greyvale.\n\n21:00 - Northia's cabinet meets again.\n\n"
                + "22:40 - Police push back demonstrators who try to break through the cordon, and several people are"
                + " detained.", "2023-09-19").stream().filter(e -> e.eventType() == EventType.PROTESTS).toList();
        assertThat(protests).hasSize(1);
        assertThat(protests.get(0).subEventType()).isEqualTo(SubEventType.PROTEST_WITH_INTERVENTION);
    }

    @Test
    void aProtestOutsideAnEmbassyThatDayIsAnotherCrowd() {
        assertThat(InventedConflict.extract("Live: the day in Northport\n\n"
                + "20:10 - Several hundred protesters gather outside the government building in Northport.\n\n"
                + "22:40 - Protests outside the Westmarkian embassy have led to clashes with the police.", "2023-09-19")
                .stream().filter(e -> e.eventType() == EventType.PROTESTS).count()).isEqualTo(2);
    }

    @Test
    void aRallyAgainstTheWarIsAProtestNotTheWar() {
        assertThat(extract("On 8 May 2023 hundreds of protesters rallied in Northport against the war."))
                .anyMatch(e -> e.eventType() == EventType.PROTESTS);
    }

    @Test
    void anAccordOpeningWithThereWasReachedWhereTheMeetingBeforeItWas() {
        assertThat(extract("On 6 October 2022, on the margins of a summit in Westholm, Arno Vell and Mira Osk held a four-way"
                + " meeting. There Arno Vell and Mira Osk agreed that a civilian mission would be sent to the border."))
                .filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .allMatch(e -> e.primaryLocation() != null && "Westholm".equals(e.primaryLocation().name()))
                .isNotEmpty();
        assertThat(extract("On 6 October 2022 the two leaders met in Westholm. There were no agreements."))
                .noneMatch(e -> e.subEventType() == SubEventType.AGREEMENT);
    }
}

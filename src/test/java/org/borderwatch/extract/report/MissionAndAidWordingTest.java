package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** How monitoring missions and aid agencies word their bulletins, on invented sentences of an invented conflict. */
class MissionAndAidWordingTest {
    @Test
    void aBaseOpenedIsABaseButFireOpenedOnABaseIsFire() {
        assertThat(InventedConflict.extract("On 3 May 2023 the mission opened a new forward operating base in Kesta.", "2023-05-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.HEADQUARTERS_OR_BASE_ESTABLISHED);
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops opened fire on a base near Kesta.", "2023-05-10"))
                .extracting(Event::eventType).containsExactly(EventType.BATTLES);
    }

    @Test
    void passageOrPatrolsSuspendedAndAidDeliveredAreDevelopments() {
        for (String sentence : java.util.List.of(
                "On 3 May 2023 Southia suspended the passage of aid lorries through its checkpoint near Pellin.",
                "On 3 May 2023 the mission's patrols in the Kesta sector were suspended.",
                "On 3 May 2023 the agency delivered food parcels to evacuation centres in Kesta.",
                "On 3 May 2023 Northia closed all checkpoints on the border with Southia.")) {
            assertThat(InventedConflict.extract(sentence, "2023-05-10")).as(sentence)
                    .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        }
    }

    @Test
    void aPatrolsVisitsAreRoundsButAPatrolBegunAndMinistersVisitingAreEvents() {
        for (String round : java.util.List.of(
                "On 3 May 2023 a patrol of the Westmark monitoring mission visited Kesta and met residents.",
                "On 4 May 2023 the patrol travelled to Lorva and spoke with the village administration.",
                "Between 3 and 9 May 2023 researchers of a Westmark charity visited Kesta and Lorva.")) {
            assertThat(InventedConflict.extract(round, "2023-05-10")).as(round).isEmpty();
        }
        assertThat(InventedConflict.extract("On 3 May 2023 the mission's monitors began patrolling near Kesta.", "2023-05-10"))
                .extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("On 3 May 2023 the foreign ministers of Northia and Southia met in Westholm.",
                "2023-05-10")).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
        assertThat(InventedConflict.extract("After a Westmark patrol came under fire, the foreign ministers of Northia and"
                + " Southia met in Westholm on 3 May 2023.", "2023-05-10")).extracting(Event::subEventType)
                .contains(SubEventType.OTHER);
    }

    @Test
    void aMissionPatrollingSinceADayBeganItsPatrolsThatDay() {
        assertThat(InventedConflict.extract("The Westmark mission has been carrying out patrols since 20 February 2023 and"
                + " visits the border areas every day.", "2023-04-24")).singleElement().satisfies(e -> {
                    assertThat(e.subEventType()).isEqualTo(SubEventType.OTHER);
                    assertThat(e.date().start()).isEqualTo(java.time.LocalDate.of(2023, 2, 20));
                });
    }

    @Test
    void whereEvacueesWerePlacedIsNoPlaceOfTheirDisplacement() {
        assertThat(InventedConflict.extract("On 3 May 2023 residents were taken out of Kesta and placed in schools in Lorva.",
                "2023-05-10")).flatExtracting(Event::locations).extracting(l -> l.name()).containsExactly("Kesta");
    }

    @Test
    void theEvacuatedPopulationNamesPeopleNotAnEvacuation() {
        assertThat(InventedConflict.extract("Most of the evacuated population of Kesta had returned by 3 May 2023.", "2023-05-10"))
                .isEmpty();
    }
}

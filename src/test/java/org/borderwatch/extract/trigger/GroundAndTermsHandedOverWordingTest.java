package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Ground handed back with the ground as the subject, and terms accepted, on an invented conflict. */
class GroundAndTermsHandedOverWordingTest {

    @Test
    void aDistrictThatWasReturnedChangedHands() {
        assertThat(InventedConflict.extract("The Kesta district was returned to Northia on 20 May 2023.", "2023-06-01"))
                .extracting(Event::subEventType).containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void peopleWhoReturnedToADistrictMovedNoGround() {
        assertThat(InventedConflict.extract("On 20 May 2023 families from the Kesta district returned home.", "2023-06-01"))
                .extracting(Event::subEventType).doesNotContain(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(InventedConflict.extract("On 20 May 2023 evacuees of the Kesta district were returned to their homes.",
                "2023-06-01")).extracting(Event::subEventType).doesNotContain(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void aLeadershipThatAcceptedTheOtherSidesTermsMadeAnAccord() {
        assertThat(InventedConflict.extract("On 20 May 2023 the council of Southia gave way and accepted the ultimatum of Northia.",
                "2023-06-01")).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("On 20 May 2023 the families of Lorva accepted harsh living conditions.",
                "2023-06-01")).extracting(Event::subEventType).doesNotContain(SubEventType.AGREEMENT);
    }
    @Test
    void troopsAccusedOfCrossingKilometresIntoAProvinceCrossedTheLine() {
        assertThat(InventedConflict.extract("On 12 May 2023 Northia accused Southian troops of crossing several kilometres"
                + " into its Highlands province.", "2023-06-01"))
                .extracting(Event::subEventType).containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }
    @Test
    void aForceThatLeftTheGroundItHeldHandedItOver() {
        for (String text : new String[] {"On 12 June 2024 the Northian defence ministry said the last Westmarkian column had left"
                + " the region.", "The imagery shows that the peacekeepers left the post near Lorva between 18 April and 2 May 2024."}) {
            assertThat(InventedConflict.extract(text, "2024-06-20")).as(text).extracting(org.borderwatch.domain.Event::subEventType)
                    .contains(org.borderwatch.domain.SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        }
        // a chronology's "people leave X" is still people leaving, not ground handed over
        assertThat(InventedConflict.extract("24 September 2023 - More than 100,000 people, nearly the whole population, leave"
                + " Kesta for Northia.", "2024-06-20")).extracting(org.borderwatch.domain.Event::subEventType)
                .doesNotContain(org.borderwatch.domain.SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }
}

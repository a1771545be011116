package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** The steps of an accord besides its signing, on an invented conflict. */
class AccordStepsWordingTest {

    @Test
    void aParliamentRatifyingATreatyIsAnAccordStep() {
        assertThat(InventedConflict.extract("On 19 March 2025 the Northian parliament in Northport ratified the document.",
                "2025-03-20")).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
    }

    @Test
    void delegationsInitiallingAProtocolMadeAnAccord() {
        assertThat(InventedConflict.extract("In December 2024 the heads of the two delegations initialled a protocol on the"
                + " border near Kesta.", "2025-03-20")).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
    }

    @Test
    void aParliamentRatifyingItsBudgetMadeNoAccord() {
        assertThat(InventedConflict.extract("On 19 March 2025 the Northian parliament in Northport ratified the state budget.",
                "2025-03-20")).isEmpty();
    }

    @Test
    void aTreatyStillToBeRatifiedIsNoAccordYet() {
        assertThat(InventedConflict.extract("The Southian parliament is expected to ratify the border treaty on 25 March 2025.",
                "2025-03-20")).isEmpty();
    }

    @Test
    void chiefsPuttingTheirNamesToAProtocolSignedIt() {
        assertThat(InventedConflict.extract("On Monday, 19 September, the chiefs of the two border services put their names to"
                + " a protocol on a pull-back of forces.", "2022-09-20")).extracting(Event::subEventType)
                .containsExactly(SubEventType.AGREEMENT);
    }

    @Test
    void sidesAgreeingThroughAMediatorToStopFiringMadeACeasefireNotAFight() {
        assertThat(InventedConflict.extract("On 13 September Northia and Southia agreed through Westmark's mediation to stop"
                + " firing from 09:00.", "2022-09-14")).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
    }
}

package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Accords named again or told in the passive, and an organisation named with a trigger word, on an invented conflict. */
class AccordsAndUpdatesWordingTest {

    @Test
    void theDealOfTheNextSentenceIsTheAccordJustTold() {
        assertThat(InventedConflict.extract("On 19 April 2024 the border commissions agreed to delimit four sections in"
                + " Highlands. Southia says the deal returns four of its villages.", "2024-04-25"))
                .filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT).hasSize(1);
    }

    @Test
    void anOrganisationsNameHoldsNoArrest() {
        assertThat(InventedConflict.extract("On 14 December 2023 Westmark Detainee Watch welcomed the return of twelve"
                + " Northian soldiers to their families in Kesta.", "2023-12-14")).extracting(Event::subEventType)
                .doesNotContain(SubEventType.ARRESTS);
    }

    @Test
    void captivesReleasedOrHandedOverInThePassiveAreAnAccord() {
        assertThat(InventedConflict.extract("The three Lorva shepherds were released by the Southian authorities on"
                + " 20 September 2022.", "2022-10-05")).extracting(Event::subEventType).containsExactly(SubEventType.AGREEMENT);
        assertThat(InventedConflict.extract("On 13 December 2023, 32 Northian servicemen held in Southia were handed over to"
                + " Northia at the border.", "2023-12-14")).extracting(Event::subEventType).contains(SubEventType.AGREEMENT);
    }
}

package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** An accord named again in the next sentence, and an organisation named with a trigger word, on an invented conflict. */
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
}

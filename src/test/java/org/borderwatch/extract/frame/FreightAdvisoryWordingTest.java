package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A freight company's advisory to its drivers: a road handed over, and a closure named by each side. */
class FreightAdvisoryWordingTest {

    @Test
    void groundHandedOverToASidesControlIsATransferOfTerritory() {
        assertThat(InventedConflict.extract("Route reminder: the old road through Kesta and Lorva was handed over to Southian"
                + " control on 26 August 2022.", "2022-12-19")).extracting(Event::subEventType)
                .contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void aClosureASideCallsABlockadeIsNamedNotTold() {
        assertThat(InventedConflict.extract("Northia and the Highlands authorities call it a blockade.", "2022-12-19")).isEmpty();
    }
}

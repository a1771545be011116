package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A freight company's advisory to its drivers: a road handed over, a closure named by each side, and instructions. */
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

    @Test
    void instructionsToTheDriversReportNothing() {
        assertThat(InventedConflict.extract("Travel only in the daylight convoy from Kesta.\n\n- Review evacuation plans for staff"
                + " in Lorva.\n\nDo not pick up passengers who say they were evacuated from Kesta on 3 May 2023.", "2023-05-05"))
                .isEmpty();
    }

    @Test
    void aRequestToTheReaderReportsNothing() {
        assertThat(InventedConflict.extract("Please share this letter with one friend who has not heard that families were"
                + " evacuated from Kesta on 3 May 2023.", "2023-05-05")).isEmpty();
        assertThat(InventedConflict.extract("Please, Northia, the families were evacuated from Kesta on 3 May 2023.",
                "2023-05-05")).isNotEmpty();
    }

    @Test
    void aNounThatCouldBeAnInstructionStillOpensAReport() {
        assertThat(InventedConflict.extract("Travel across the border was suspended on 3 May 2023 after shelling near Kesta.",
                "2023-05-05")).isNotEmpty();
    }
}

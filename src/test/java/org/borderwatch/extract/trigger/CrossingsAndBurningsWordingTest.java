package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A crossing told by how far it went, and homes set alight, on an invented conflict. */
class CrossingsAndBurningsWordingTest {

    @Test
    void unitsThatMovedKilometresBeyondTheLineCrossedIt() {
        assertThat(InventedConflict.extract("On 12 May 2021 Northia said Southian units had moved about 3.5 kilometres"
                + " beyond the border line near Kesta.", "2021-05-20")).extracting(Event::subEventType)
                .containsExactly(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void housesSetAlightWereDestroyed() {
        assertThat(InventedConflict.extract("Northian officials say Southian troops set the houses alight in Lorva between"
                + " 14 and 17 September 2022.", "2022-09-27")).extracting(Event::subEventType)
                .containsExactly(SubEventType.LOOTING_PROPERTY_DESTRUCTION);
    }
}

package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A measure's -ing form after a verb that begins or goes on with it is the verb's object, on an invented conflict. */
class BeginningAMeasureWordingTest {

    @Test
    void authoritiesThatBeginEvacuatingResidentsEvacuateThem() {
        assertThat(InventedConflict.extract("On 16 September 2022 Northian authorities begin evacuating residents of"
                + " border villages near Kesta.", "2022-09-20")).extracting(Event::subEventType)
                .containsExactly(SubEventType.OTHER);
    }
}

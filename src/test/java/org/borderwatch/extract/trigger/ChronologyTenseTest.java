package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A chronology's items told in the present, on an invented conflict. */
class ChronologyTenseTest {
    @Test
    void presentFormsAreReadAsThePastTheLexiconNames() {
        assertThat(ChronologyTense.pastForms("enters")).contains("entered");
        assertThat(ChronologyTense.pastForms("launches")).contains("launched");
        assertThat(ChronologyTense.pastForms("agrees")).contains("agreed");
        assertThat(ChronologyTense.pastForms("leave")).containsExactly("left");
        assertThat(ChronologyTense.pastForms("stop")).contains("stopped");
    }

    @Test
    void anItemToldInThePresentIsAnAct() {
        assertThat(InventedConflict.extract("12 May 2023 – Southian troops enter Tarn, a village of Greyvale.", "2023-06-01"))
                .extracting(Event::subEventType).contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(InventedConflict.extract("* 3 June 2023 – Southian activists block the Kesta road.", "2023-06-10"))
                .extracting(Event::subEventType).isNotEmpty();
    }

    @Test
    void thePresentOutsideAChronologysItemStaysAHabit() {
        assertThat(InventedConflict.extract("Southian herders enter Tarn every spring, the Northian report of 12 May 2023 says.",
                "2023-06-01")).isEmpty();
    }
}

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
        assertThat(ChronologyTense.pastForms("leaves")).containsExactly("left");
        assertThat(ChronologyTense.pastForms("deploy")).contains("deployed").doesNotContain("deploied");
    }

    @Test
    void anItemToldInThePresentIsAnAct() {
        assertThat(InventedConflict.extract("12 May 2023 – Southian troops enter Tarn, a village of Greyvale.", "2023-06-01"))
                .extracting(Event::subEventType).contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
        assertThat(InventedConflict.extract("* 3 June 2023 – Southian activists block the Kesta road.", "2023-06-10"))
                .extracting(Event::subEventType).isNotEmpty();
    }

    @Test
    void anItemsAccordInThePresentIsAnAgreementTold() {
        assertThat(InventedConflict.extract("19 April 2024 – The border commissions of Northia and Southia agree on a first"
                + " delimited section near Kesta.", "2024-05-01")).extracting(Event::subEventType)
                .contains(SubEventType.AGREEMENT);
    }

    @Test
    void thePresentOutsideAChronologysItemStaysAHabit() {
        assertThat(InventedConflict.extract("Southian herders enter Tarn every spring, the Northian report of 12 May 2023 says.",
                "2023-06-01")).isEmpty();
    }

    @Test
    void aNounInAnItemAndAPresentAfterADatelineStayAsTheyAre() {
        assertThat(InventedConflict.extract("5 October 2023 – The Northian ministry condemns the use of drones against Kesta.",
                "2023-10-06")).isEmpty();
        assertThat(InventedConflict.extract("NORTHPORT, 12 May 2023 – Southian herders enter Tarn to graze their flocks,"
                + " officials say.", "2023-05-12")).isEmpty();
    }
}

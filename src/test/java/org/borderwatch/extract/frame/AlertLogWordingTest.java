package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A civil-protection alert log, on an invented conflict: a bracketed label heads a message, a danger is no strike. */
class AlertLogWordingTest {

    private static List<SubEventType> types(String text) {
        return InventedConflict.extract(text, "2022-09-20").stream().map(Event::subEventType).toList();
    }

    @Test
    void aWarningsLabelDoesNotMakeItsMessageSpeech() {
        assertThat(types("#0412 | 14.09.2022 11:26 | SMS\n[WARNING] Exchange of fire between Northian and Southian border"
                + " guards near Kesta.")).containsExactly(SubEventType.ARMED_CLASH);
    }

    @Test
    void aDangerOfStrikesIsNoStrike() {
        assertThat(types("#0420 | 16.09.2022 07:02 | PUSH\n[AIR ALERT] Danger of strikes on Lorva.")).isEmpty();
    }

    @Test
    void automaticFireAboveAVillageIsAFight() {
        assertThat(InventedConflict.extractRaw("Kesta neighbours (chat export)\n\n29.04.21, 08:11 - Aram K.: automatic fire"
                + " above Kesta, from their side and ours\n", "2021-05-02").stream().map(Event::subEventType).toList())
                .containsExactly(SubEventType.ARMED_CLASH);
    }
}

package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A commission's communique recalling its earlier rounds, and an imagery firm's release on new positions. */
class CommuniqueAndImageryWordingTest {

    @Test
    void aSecondRoundJoinedByAndWithADayOfItsOwnIsASecondMeeting() {
        assertThat(InventedConflict.extract("The two commissions held their first meeting on 24 May 2022, on the border, and"
                + " met for the second time in Westholm on 30 August 2022.", "2024-04-19"))
                .extracting(e -> e.date().start()).contains(LocalDate.of(2022, 5, 24), LocalDate.of(2022, 8, 30));
    }

    @Test
    void fightingPositionsAreAKindOfPositionNotAFight() {
        assertThat(InventedConflict.extract("At least seven new fighting positions appear on ridges east of Kesta in imagery"
                + " collected on 16 September 2022.", "2022-09-22")).extracting(Event::eventType)
                .doesNotContain(EventType.BATTLES);
    }
}

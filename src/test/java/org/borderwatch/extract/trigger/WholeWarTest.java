package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** Wars told as a whole are no events; invented sentences of an invented conflict. */
class WholeWarTest {
    @Test
    void theTollOfWeeksOfFightingIsTheWarsToll() {
        assertThat(InventedConflict.extract("The dispute over Greyvale turned into open war in late March 2023, with some "
                + "3,000 people killed in five weeks of fighting.", "2023-06-01")).isEmpty();
    }

    @Test
    void daysOfFightingCanStillBeOneEvent() {
        assertThat(InventedConflict.extract("Five soldiers were killed in three days of fighting near Kesta in late March 2023.",
                "2023-06-01")).extracting(e -> e.eventType()).contains(EventType.BATTLES);
    }

    @Test
    void theEnsuingConflictIsTheWar() {
        assertThat(InventedConflict.extract("Greyvale broke away from Southia in 1991, and about 9,000 people died in the "
                + "ensuing conflict.", "2023-06-01")).isEmpty();
    }

    @Test
    void surroundingAsAnAdjectiveTakesNoGround() {
        assertThat(InventedConflict.extract("On 3 May 2023 talks in Northport covered Greyvale and its surrounding districts.",
                "2023-06-01")).noneMatch(e -> e.subEventType().name().contains("TERRITORY"));
        assertThat(InventedConflict.extract("On 3 May 2023 Southian troops tried to surround Kesta.", "2023-06-01"))
                .anyMatch(e -> e.subEventType().name().contains("TERRITORY"));
    }
}

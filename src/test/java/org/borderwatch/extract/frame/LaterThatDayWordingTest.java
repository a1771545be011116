package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** "By nightfall" goes on in the day the story last told, on an invented conflict. */
class LaterThatDayWordingTest {
    @Test
    void anAccordReachedByNightfallIsOfTheDayJustTold() {
        String feature = "A year on, Kesta remembers\n\nOn the afternoon of 29 April 2021, as fighting spread along the border,"
                + " Southian guns shelled Kesta.\n\nBy nightfall the two governments had agreed to cease fire.";
        assertThat(InventedConflict.extractRaw(feature, "2022-04-20")).filteredOn(e -> e.subEventType() == SubEventType.AGREEMENT)
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2021, 4, 29)));
    }
}

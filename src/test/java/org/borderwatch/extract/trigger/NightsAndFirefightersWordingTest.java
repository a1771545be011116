package org.borderwatch.extract.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A night that runs from one weekday into the next, and crews fighting a fire, on an invented conflict. */
class NightsAndFirefightersWordingTest {

    @Test
    void aNightFromOneWeekdayIntoTheNextSpansBothDays() {
        assertThat(InventedConflict.extract("Troops exchanged fire near Lorva overnight Friday into Saturday.", "2023-05-09"))
                .singleElement().satisfies(e -> {
                    assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 5));
                    assertThat(e.date().end()).isEqualTo(LocalDate.of(2023, 5, 6));
                });
    }

    @Test
    void firefightingEquipmentIsNoFirefight() {
        assertThat(InventedConflict.extract("On 3 May the blaze near Kesta was beyond the reach of firefighting equipment.",
                "2023-05-09")).isEmpty();
    }
}

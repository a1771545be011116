package org.borderwatch.extract.mention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A weekday named in news published on that weekday, on an invented conflict (10 May 2023 was a Wednesday). */
class LastWeekdayWordingTest {

    @Test
    void lastWednesdayInAWednesdaysNewsIsAWeekBefore() {
        assertThat(InventedConflict.extract("Southian troops shelled Kesta last Wednesday.", "2023-05-10"))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 3)));
    }

    @Test
    void lastTuesdayInAWednesdaysNewsIsTheTuesdayOfTheWeekBeforeNotYesterday() {
        assertThat(InventedConflict.extract("Southian troops shelled Kesta last Tuesday.", "2023-05-10"))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 2)));
        assertThat(InventedConflict.extract("Southian troops shelled Kesta last Monday.", "2023-05-10"))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 8)));
    }

    @Test
    void onWednesdayInAWednesdaysNewsIsThatDay() {
        assertThat(InventedConflict.extract("Southian troops shelled Kesta on Wednesday.", "2023-05-10"))
                .singleElement().satisfies(e -> assertThat(e.date().start()).isEqualTo(LocalDate.of(2023, 5, 10)));
    }
}

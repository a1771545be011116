package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** "The heaviest fighting since the 2020 war broke out on Wednesday": whose day is Wednesday's. On an invented conflict. */
class YardstickOfAnotherYearWordingTest {

    @Test
    void aDayOfAnotherYearThanTheYardsticksIsTheFightsDay() {
        assertThat(InventedConflict.extract("The heaviest fighting on the border since the 2020 war broke out on Wednesday"
                + " (28.07) near Kesta.", "2021-07-30")).extracting(Event::date).extracting(d -> d.start())
                .containsExactly(LocalDate.of(2021, 7, 28));
    }

    @Test
    void aDayOfTheYardsticksOwnYearStaysItsDay() {
        assertThat(InventedConflict.extract("The heaviest fighting on the border since the 2020 war broke out on 27 September"
                + " 2020 was reported near Kesta.", "2021-07-30")).extracting(Event::date).extracting(d -> d.start())
                .doesNotContain(LocalDate.of(2020, 9, 27));
    }
}

package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * Wordings a review of rules-2.33's changes found them to code worse or leave wrong (a weekday after another weekday,
 * a year in a title, a history counted on from a bare year), on an invented conflict. Each fails on the reviewed build.
 */
class ReviewedWordingGuards233Test {
    @Test
    void thatWeekdayAfterAnotherWeekdayGoesOnToTheNextOne() {
        List<Event> events = InventedConflict.extractRaw("On Tuesday 13 June, Northian drones struck Riverton. That Thursday,"
                + " Southian artillery hit Amberly, killing one civilian.", "2023-06-20");
        assertThat(events).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2023, 6, 13), LocalDate.of(2023, 6, 15));
    }

    @Test
    void aYearInATitleSetsNoStorysYear() {
        List<Event> events = InventedConflict.extractRaw("2022 budget review\n\nOn 12 January, Northian forces shelled Tarn,"
                + " killing two.\n", "2025-03-01");
        assertThat(events).extracting(e -> e.date().start()).containsExactly(LocalDate.of(2025, 1, 12));
    }

    @Test
    void aHistoryCountedOnFromABareYearMovesWithIt() {
        List<Event> events = InventedConflict.extractRaw("The first war broke out in 2014. Seven years later, Northian forces"
                + " attacked Tarn. That April, Southian troops shelled Kesta.", "2025-03-01");
        assertThat(events).extracting(e -> e.date().start()).contains(LocalDate.of(2021, 4, 1));
    }
}

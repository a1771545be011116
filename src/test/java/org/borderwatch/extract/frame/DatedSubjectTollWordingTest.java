package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.borderwatch.domain.Event;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A fight named with its own day as the subject of a sentence that tells its toll, on an invented conflict. */
class DatedSubjectTollWordingTest {

    @Test
    void theTollOfAFightNamedWithItsDayIsThatFightsToll() {
        String review = "Border review\n\nThe clashes of 14 September 2022 killed 71 Northian soldiers near Lorva.\n";
        assertThat(InventedConflict.extractRaw(review, "2022-10-01")).singleElement().satisfies(e -> {
            assertThat(e.date().start()).isEqualTo(LocalDate.of(2022, 9, 14));
            assertThat(e.fatalities().best()).isEqualTo(71);
            assertThat(e.locations()).extracting(l -> l.name()).containsExactly("Lorva");
        });
    }

    @Test
    void aTollToldInAClauseOfAnotherNamedFightIsNotTheFirstFightsToll() {
        String memo = "Chronology memo\n\nThe fighting of April 2021 began over cameras near Kesta; the war of September 2022,"
                + " which killed more than 100 people, was far larger.\n";
        assertThat(InventedConflict.extractRaw(memo, "2025-04-01")).filteredOn(e -> e.date().start().getYear() == 2021)
                .extracting(e -> e.fatalities().best()).hasSize(1).doesNotContain(100);
    }
}

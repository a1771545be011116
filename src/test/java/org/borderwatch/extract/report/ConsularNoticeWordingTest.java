package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** An embassy's list of strikes: each item's weekday and day, and a source's toll after the strike. */
class ConsularNoticeWordingTest {
    private static final String NOTICE = "Consular notice\n\nWe are aware of the following incidents:\n\n"
            + "- Wednesday, 28 October: rockets struck the centre of Kesta. The\n  Prosecutor General's Office of Northia"
            + " reports 21 civilians killed\n  and around 70 injured.\n"
            + "- Saturday night, 17 October: a missile strike on a residential area\n  of Lorva killed at least 13 people.\n"
            + "- Sunday, 11 October: an earlier strike on Lorva killed ten residents.\n";

    @Test
    void eachItemIsAStrikeOnItsOwnDayWithTheTollItsSourceGives() {
        List<Event> events = InventedConflict.extractRaw(NOTICE, "2020-10-29");
        assertThat(events).filteredOn(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2020, 10, 28), LocalDate.of(2020, 10, 17));
        assertThat(events).noneMatch(e -> e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS
                && e.date().start().equals(LocalDate.of(2020, 10, 28)));
        assertThat(events).filteredOn(e -> e.date().start().equals(LocalDate.of(2020, 10, 28)))
                .singleElement().satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(21));
    }
}

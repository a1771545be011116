package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** People driven from their homes by a fight, and moved out by the authorities as it goes on: displacement lines. */
class DrivenFromHomeWordingTest {
    @Test
    void aFightThatDrovePeopleFromTheirHomesIsTheFightAndTheDisplacement() {
        List<Event> events = InventedConflict.extractRaw("In late April 2021 a quarrel over the canal escalated into fighting"
                + " near Kesta that killed more than 50 people and forced tens of thousands from their homes.", "2021-05-10");
        assertThat(events).filteredOn(e -> e.eventType() == EventType.BATTLES).singleElement()
                .satisfies(e -> assertThat(e.fatalities().low()).isEqualTo(50));
        assertThat(events).filteredOn(e -> e.subEventType() == SubEventType.OTHER).singleElement()
                .satisfies(e -> assertThat(e.fatalities().low()).isNull());
        assertThat(events).noneMatch(e -> e.eventType() == EventType.VIOLENCE_AGAINST_CIVILIANS);
    }

    @Test
    void authoritiesMovingPeopleOutOfVillagesIsADisplacement() {
        List<Event> events = InventedConflict.extractRaw(
                "The Northian authorities are moving people out of border villages near Lorva by bus.", "2021-05-10");
        assertThat(events).extracting(Event::subEventType).containsExactly(SubEventType.OTHER);
    }
}

package org.borderwatch.extract.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.DatePrecision;
import org.borderwatch.domain.DateSpan;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.Fatalities;
import org.borderwatch.domain.Location;
import org.borderwatch.domain.MergedEvent;
import org.borderwatch.domain.SubEventType;
import org.junit.jupiter.api.Test;

class EventMergerTest {
    private static Event event(String id, String doc, DateSpan date, SubEventType type, String place, Integer deaths) {
        return new Event(id, doc, date, type, "A", List.of(), "B", List.of(),
                place == null ? List.of() : List.of(Location.named(place)),
                deaths == null ? Fatalities.UNKNOWN : Fatalities.exactly(deaths), null, List.of(), null, List.of(),
                List.of(), null);
    }

    @Test
    void reportsOfOneEventInTwoDocumentsMergeWithTheirDisagreements() {
        Event a = event("a", "d1", DateSpan.day(LocalDate.of(2022, 9, 13)), SubEventType.ARMED_CLASH, "Jermuk", 50);
        Event b = event("b", "d2", DateSpan.of(LocalDate.of(2022, 9, 1), DatePrecision.MONTH), SubEventType.ARMED_CLASH,
                "Jermuk", 70);
        Event c = event("c", "d2", DateSpan.day(LocalDate.of(2022, 9, 13)), SubEventType.PEACEFUL_PROTEST, "Yerevan", null);
        List<MergedEvent> merged = new EventMerger().merge(List.of(a, b, c));
        assertThat(merged).hasSize(2);
        MergedEvent battle = merged.get(0);
        assertThat(battle.reports()).extracting(Event::id).containsExactly("a", "b");
        assertThat(battle.disagreements()).extracting(d -> d.field()).containsExactlyInAnyOrder("date", "fatalities");
    }

    @Test
    void twoEventsOfOneDocumentNeverMerge() {
        Event a = event("a", "d1", DateSpan.day(LocalDate.of(2022, 9, 13)), SubEventType.ARMED_CLASH, "Jermuk", null);
        Event b = event("b", "d1", DateSpan.day(LocalDate.of(2022, 9, 13)), SubEventType.ARMED_CLASH, "Jermuk", null);
        assertThat(new EventMerger().merge(List.of(a, b))).hasSize(2);
    }
}

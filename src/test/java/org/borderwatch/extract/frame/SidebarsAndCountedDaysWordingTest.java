package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A long read's timeline sidebar, counted days, years named after a month, and fights beside strikes. */
class SidebarsAndCountedDaysWordingTest {

    @Test
    void aTimelineEntryWithoutAFullStopIsAnEntryNotATitle() {
        List<Event> events = InventedConflict.extractRaw("""
                From war to talks: a long read

                The road to the treaty was long.

                | TIMELINE |
                | 10 Nov 2020 - Westmark peacekeepers begin deploying to Kesta |
                | 11 Jan 2021 - Westholm: first summit since the war |
                """, "2025-08-20");
        assertThat(events).extracting(e -> e.date().start())
                .contains(LocalDate.of(2020, 11, 10), LocalDate.of(2021, 1, 11));
    }

    @Test
    void aDayStatedRightAfterACountedOffsetIsTheDay() {
        List<Event> events = InventedConflict.extract("On 13 December Southia shut the pipeline to Kesta. Ten days later,"
                + " on 25 December, thousands gathered in Lorva to protest against the blockade.", "2023-12-30");
        assertThat(events).filteredOn(e -> e.eventType() == EventType.PROTESTS)
                .extracting(e -> e.date().start()).containsExactly(LocalDate.of(2023, 12, 25));
    }

    @Test
    void aMonthOfLastYearIsTheMonthOfTheYearBefore() {
        List<Event> events = InventedConflict.extract("The council recalls that since May of last year, when Southian units moved"
                + " onto the heights facing Kesta, the pastures have been closed.", "2022-09-15");
        assertThat(events).extracting(e -> e.date().start().getYear()).containsOnly(2021);
    }

    @Test
    void guardsThatMovedThisMorningIntoVillagesTookThem() {
        assertThat(InventedConflict.extract("On 24 May 2024 Northian border guards moved this morning into Tarn and Fenwick.",
                "2024-05-24")).extracting(Event::subEventType).contains(SubEventType.NON_VIOLENT_TRANSFER_OF_TERRITORY);
    }

    @Test
    void heavyFightingAtAPlaceAlreadyShelledIsAFightThereToo() {
        List<Event> events = InventedConflict.extract("On 13 September 2022 Southian forces shelled the villages of Kesta and"
                + " Lorva with artillery and mortars. On the same day heavy fighting went on at the Northian positions on the"
                + " heights above Kesta.", "2022-09-15");
        assertThat(events).filteredOn(e -> InventedConflict.placeNames(List.of(e)).contains("Kesta"))
                .extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.ARMED_CLASH);
    }
}

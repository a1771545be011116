package org.borderwatch.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.domain.SubEventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/**
 * A utility's outage notices, newest first under bracketed stamps, and supplies cut by shelling, on an invented
 * conflict.
 */
class OutageNoticesWordingTest {
    private static final String NOTICES = "Northern Grid | Service status\n\n"
            + "[05.05.2023 17:40] SERVICE RESTORED\n"
            + "Lorva: gas supply restored at 16:55 after repairs to the pipeline.\n\n"
            + "[04.05.2023 08:15] UPDATE - KESTA\n"
            + "Shelling resumed on the approaches to Kesta early this morning and crews were withdrawn.\n\n"
            + "[03.05.2023 04:40] OUTAGE - KESTA\n"
            + "Shelling from the Southian side overnight damaged the feeder north of Kesta; the whole village has had no"
            + " electricity since 00:50.\n";

    private static List<Event> at(List<Event> events, String place) {
        return events.stream().filter(e -> e.locations().stream().anyMatch(l -> place.equals(l.name()))).toList();
    }

    @Test
    void eachBracketedStampDatesItsPostAndTwoDaysOfShellingStayTwoEvents() {
        List<Event> shelling = at(InventedConflict.extractRaw(NOTICES, "2023-05-06"), "Kesta").stream()
                .filter(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE).toList();
        assertThat(shelling).extracting(e -> e.date().start())
                .containsExactlyInAnyOrder(LocalDate.of(2023, 5, 3), LocalDate.of(2023, 5, 4));
    }

    @Test
    void aSupplyCutByShellingIsTheStrikeAndTheCut() {
        List<Event> kesta = at(InventedConflict.extractRaw(NOTICES, "2023-05-06"), "Kesta").stream()
                .filter(e -> e.date().start().equals(LocalDate.of(2023, 5, 3))).toList();
        assertThat(kesta).extracting(Event::subEventType)
                .contains(SubEventType.SHELLING_ARTILLERY_MISSILE, SubEventType.OTHER);
    }

    @Test
    void aSupplyToldBackOnIsNoEvent() {
        assertThat(at(InventedConflict.extractRaw(NOTICES, "2023-05-06"), "Lorva")).isEmpty();
    }

    @Test
    void aSupplyOnlyNamedBesideShellingIsNoCut() {
        assertThat(InventedConflict.extract("On 3 May 2023 Southian shells fell near the gas pipeline in Kesta.", "2023-05-05"))
                .extracting(Event::subEventType).doesNotContain(SubEventType.OTHER);
    }

    @Test
    void villagesLeftWithoutPowerAreACut() {
        assertThat(InventedConflict.extract("On 3 May 2023 Kesta and Lorva were without electricity after Southian shelling.",
                "2023-05-05")).filteredOn(e -> e.subEventType() == SubEventType.OTHER).hasSize(2);
    }
}

package org.borderwatch.extract.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.borderwatch.domain.Event;
import org.borderwatch.domain.EventType;
import org.borderwatch.extract.InventedConflict;
import org.junit.jupiter.api.Test;

/** A flight-operations notice set in capitals: days glued to their month ("16SEP") and a government's named operation. */
class CrewNoticeWordingTest {
    private static final String NOTICE = "OPERATIONAL NOTICE 22/107\n\n1. SITUATION\n"
            + "1.1 ON 14 SEP 2022 NORTHIAN ARMED FORCES COMMENCED WHAT THE NORTHIAN MOD DESCRIBED AS \"LOCAL\n"
            + "ANTI-TERRORIST MEASURES\" IN THE AREA OF KESTA.\n"
            + "1.2 SINCE EARLY MORNING 16SEP SOUTHIAN AUTHORITIES REPORT USE OF MORTARS AGAINST POSITIONS IN LORVA.\n";

    @Test
    void theOperationCommencedIsAnAttackOnItsDay() {
        List<Event> events = InventedConflict.extractRaw(NOTICE, "2022-09-20");
        assertThat(events).filteredOn(e -> e.eventType() == EventType.BATTLES).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2022, 9, 14));
    }

    @Test
    void aDayGluedToItsMonthInCapitalsIsThatDay() {
        List<Event> events = InventedConflict.extractRaw(NOTICE, "2022-09-20");
        assertThat(events).filteredOn(e -> e.eventType() == EventType.EXPLOSIONS_REMOTE_VIOLENCE).extracting(e -> e.date().start())
                .containsExactly(LocalDate.of(2022, 9, 16));
    }
}
